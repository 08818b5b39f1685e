package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.id.OdsCode;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.validation.MessageValidator;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * MSH-4 sending and MSH-6 receiving facility (HD-1): an ODS organisation code only when it has the
 * shape of one (the ITK v2.4 convention, NHS-STANDARDS.md section 3). Real feeds name the facility
 * instead (NHS Wales integration hub samples send numeric organisation codes such as {@code 252}
 * and {@code 100}, a PIMS feed {@code BroMor HL7Sender}, many samples {@code SendingFacility}):
 * read as ODS codes they made every FHIR convert output fail its own ODS_CODE_FORMAT check. Such a
 * value is an identifier with no system; a near miss of the ODS shape (lower case, padded) stays an
 * ODS code so that validation still reports it.
 */
class FacilityOdsTest {
  private static final Hl7v2Codec CODEC = new Hl7v2Codec();
  private static final String ODS = IdentifierSystems.ODS_ORGANISATION.fhirUri();

  private static byte[] message(String sending, String receiving) {
    // shape of the NHS Wales MPI feed samples (DHCW Integration-Hub-Beta local/sample_messages,
    // pims-to-mpi / phw-to-mpi): PID-3 local id, no NHS number, PD1-3 practice, PV1-2 only
    String er7 =
        "MSH|^~\\&|PIMS|"
            + sending
            + "|EMPI|"
            + receiving
            + "|20250121100427+0000||ADT^A31^ADT_A05|48209218|P|2.5|||||GBR||EN\r"
            + "EVN||20250121100414+0000\r"
            + "PID|||N5022773^^^103^PI||TESTER^TEST^^^MRS.||20000101|F\r"
            + "PD1|||^^W98006|G9310201\r"
            + "PV1||N";
    return er7.getBytes(StandardCharsets.UTF_8);
  }

  private static Identifier sender(Message m) {
    Envelope e = m.envelope();
    return e.sender().organisation().identifier();
  }

  @Test
  void aNamedOrNumericFacilityIsNotAnOdsCode() {
    Decoded<Message> d = CODEC.decode(message("BroMor HL7Sender", "100"), WireFormat.HL7V2);
    assertThat(sender(d.value())).isEqualTo(Identifier.of(null, "BroMor HL7Sender"));
    assertThat(d.value().envelope().recipients().get(0).receiver().identifier())
        .isEqualTo(Identifier.of(null, "100"));
    assertThat(MessageValidator.instance().validate(d.value()).all())
        .noneMatch(i -> i.code() == IssueCode.ODS_CODE_FORMAT);
    RoundTrip rt = CODEC.roundTrip(message("BroMor HL7Sender", "100"), WireFormat.HL7V2);
    assertThat(rt.losses()).isEmpty();
  }

  @Test
  void anItkFacilityIsAnOdsCodeAndANearMissIsStillReported() {
    assertThat(sender(CODEC.decode(message("RCB", "RR8"), WireFormat.HL7V2).value()))
        .isEqualTo(Identifier.of(ODS, "RCB"));
    Message nearMiss = CODEC.decode(message("rcb", "RR8"), WireFormat.HL7V2).value();
    assertThat(sender(nearMiss)).isEqualTo(Identifier.of(ODS, "rcb"));
    assertThat(MessageValidator.instance().validate(nearMiss).all())
        .anyMatch(i -> i.code() == IssueCode.ODS_CODE_FORMAT);
  }

  @Property
  void theOdsSystemIsClaimedExactlyForOdsShapedFacilities(@ForAll("facilities") String facility) {
    byte[] in = message(facility, "RR8");
    Identifier id = sender(CODEC.decode(in, WireFormat.HL7V2).value());
    assertThat(id.value()).isEqualTo(facility);
    assertThat(ODS.equals(id.system())).isEqualTo(OdsCode.tryParseLenient(facility).isPresent());
    assertThat(CODEC.roundTrip(in, WireFormat.HL7V2).losses()).isEmpty();
  }

  @Provide
  Arbitrary<String> facilities() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(10),
        Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(10),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6),
        Arbitraries.of("SendingFacility", "BroMor HL7Sender", "GENERAL_HOSPITAL", "7A3C4", "RX1"));
  }
}
