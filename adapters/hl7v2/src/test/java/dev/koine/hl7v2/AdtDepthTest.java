package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Value;
import dev.koine.hl7v2.internal.ZSegments;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADT depth: PID-8 on encode (HL7 table 0001 unless the NHS Data Dictionary code was kept from a v2
 * decode) and the ITK ZU segments carried field by field.
 */
class AdtDepthTest {
  private final Hl7v2Codec codec = new Hl7v2Codec();

  static Message event(Patient p) {
    return Message.of(
        Envelope.builder()
            .messageId("M1")
            .family(dev.koine.core.message.Family.HL7V2)
            .event(Coding.of(CodeSystems.V2_EVENT_TYPE, "A08"))
            .build(),
        PatientEvent.builder().kind(PatientEventKind.UPDATE).patient(p).build());
  }

  static String field(byte[] er7, String segment, int f) {
    return V2Message.parse(new String(er7, StandardCharsets.UTF_8))
        .segments(segment)
        .get(0)
        .field(f)
        .raw();
  }

  @Test
  void aFhirGenderIsWrittenAsTable0001() {
    // what the FHIR R4 Patient mapper produces for gender "female"
    Patient p =
        Patient.builder()
            .gender(AdministrativeGender.FEMALE)
            .genderCode(Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, "female"))
            .build();
    byte[] er7 = codec.encode(event(p), WireFormat.HL7V2).content().toArray();
    assertThat(field(er7, "PID", 8)).isEqualTo("F");
  }

  @Test
  void anNhsDataDictionaryCodeFromV2IsWrittenBack() {
    Decoded<Message> d = codec.decode(Golden.resource("/uk/ITK-ADT-A01.hl7"), WireFormat.HL7V2);
    byte[] er7 = codec.encode(d.value(), WireFormat.HL7V2).content().toArray();
    assertThat(field(er7, "PID", 8)).isEqualTo("2");
  }

  @Test
  void zuFieldsOfTheItkAdmissionAreCarriedOnTheEncounter() {
    byte[] bytes = Golden.resource("/uk/ITK-ADT-A01.hl7");
    PatientEvent e = (PatientEvent) codec.decode(bytes, WireFormat.HL7V2).value().payload();
    List<Extension> zu = e.encounter().extras().extensions();
    assertThat(zu)
        .extracting(Extension::url)
        .containsExactly(
            ZSegments.url("ZU1", 1),
            ZSegments.url("ZU1", 2),
            ZSegments.url("ZU1", 3),
            ZSegments.url("ZU1", 4),
            ZSegments.url("ZU3", 1),
            ZSegments.url("ZU3", 2),
            ZSegments.url("ZU3", 3),
            ZSegments.url("ZU8", 1),
            ZSegments.url("ZU8", 2),
            ZSegments.url("ZU8", 3));
    assertThat(zu.get(0).url())
        .isEqualTo("https://koine.dev/fhir/StructureDefinition/itk-v2-zu1-1");
    assertThat(((Value.Primitive) zu.get(7).value()).text()).isEqualTo("21");
    byte[] er7 =
        codec
            .encode(codec.decode(bytes, WireFormat.HL7V2).value(), WireFormat.HL7V2)
            .content()
            .toArray();
    String text = new String(er7, StandardCharsets.UTF_8);
    assertThat(text).contains("\rZU1|20240305101500|1|N|Y\rZU3|20240305|1|AE\rZU8|21|19|N\r");
  }

  @Test
  void anItkPreAdmissionWithClinicDetailsIsLosslessAndReencodesByteForByte() {
    byte[] bytes = Golden.resource("/uk/ITK-ADT-A05.hl7");
    Decoded<Message> d = codec.decode(bytes, WireFormat.HL7V2);
    assertThat(d.losses()).isEmpty();
    PatientEvent e = (PatientEvent) d.value().payload();
    assertThat(e.kind()).isEqualTo(PatientEventKind.PRE_ADMIT);
    List<Extension> zu = e.encounter().extras().extensions();
    assertThat(zu).extracting(Extension::url).contains(ZSegments.url("ZU4", 4));
    Extension structured =
        zu.stream().filter(x -> x.url().equals(ZSegments.url("ZU4", 4))).findFirst().orElseThrow();
    assertThat(((Value.Primitive) structured.value()).text()).isEqualTo("A^B\\T\\C~D");
    MessageCodec.Encoded enc = codec.encode(d.value(), WireFormat.HL7V2);
    assertThat(enc.losses()).isEmpty();
    assertThat(new String(enc.content().toArray(), StandardCharsets.UTF_8))
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    assertThat(codec.roundTrip(bytes, WireFormat.HL7V2).status()).isEqualTo("LOSSLESS");
  }

  @Test
  void withoutAVisitZuFieldsGoOnThePatient() {
    String er7 =
        "MSH|^~\\&|PAS|RX1|EPR|RX1|20240401090000||ADT^A28^ADT_A05|ITK00006|P|2.4\r"
            + "EVN|A28|20240401090000\r"
            + "PID|1||9434765919^^^NHS^NH||SMITH^JANE||19800115|2\r"
            + "ZU8|U|1|Yes\r";
    byte[] bytes = er7.getBytes(StandardCharsets.UTF_8);
    Decoded<Message> d = codec.decode(bytes, WireFormat.HL7V2);
    assertThat(d.losses()).isEmpty();
    PatientEvent e = (PatientEvent) d.value().payload();
    assertThat(e.encounter()).isNull();
    assertThat(e.patient().extras().extensions()).hasSize(3);
    assertThat(
            new String(
                codec.encode(d.value(), WireFormat.HL7V2).content().toArray(),
                StandardCharsets.UTF_8))
        .isEqualTo(er7);
  }

  /**
   * A driver's licence with an issuing state and no expiry reads as the same identifier whether it
   * was sent in PID-20 ({@code number^state}) or in PID-3 ({@code number^^^state^DL}); each is
   * written back where it was read (PID-20's form is carried as a spelling), so both round-trip
   * byte for byte, and an identifier built without a v2 origin still goes to PID-3.
   */
  @Test
  void aLicenceWithAStateAndNoExpiryIsWrittenBackWhereItWasRead() {
    String head =
        "MSH|^~\\&|PAS|RX1|EPR|RX1|20240401090000||ADT^A08^ADT_A01|M20|P|2.4\r"
            + "EVN|A08|20240401090000\r";
    String inPid20 = head + "PID|1||12345^^^RX1^MR||SMITH^JANE|||||||||||||||987654^NC\r";
    String inPid3 = head + "PID|1||12345^^^RX1^MR~MN34567^^^MNDOT^DL||SMITH^JANE\r";
    for (String er7 : List.of(inPid20, inPid3)) {
      byte[] bytes = er7.getBytes(StandardCharsets.UTF_8);
      Decoded<Message> d = codec.decode(bytes, WireFormat.HL7V2);
      assertThat(d.losses()).isEmpty();
      Patient p = ((PatientEvent) d.value().payload()).patient();
      assertThat(p.identifiers())
          .anySatisfy(
              id -> {
                assertThat(id.type().codings().get(0).code()).isEqualTo("DL");
                assertThat(id.assigner()).isIn("NC", "MNDOT");
                assertThat(id.system()).isNull();
                assertThat(id.period()).isNull();
              });
      MessageCodec.Encoded enc = codec.encode(d.value(), WireFormat.HL7V2);
      assertThat(enc.losses()).isEmpty();
      assertThat(new String(enc.content().toArray(), StandardCharsets.UTF_8)).isEqualTo(er7);
    }
    // the same identifier with no v2 spelling carried (built, or read from FHIR) goes to PID-3
    Decoded<Message> d = codec.decode(inPid20.getBytes(StandardCharsets.UTF_8), WireFormat.HL7V2);
    Patient p = ((PatientEvent) d.value().payload()).patient();
    byte[] er7 = codec.encode(event(p), WireFormat.HL7V2).content().toArray();
    assertThat(field(er7, "PID", 3)).isEqualTo("12345^^^RX1^MR~987654^^^NC^DL");
    assertThat(field(er7, "PID", 20)).isEmpty();
  }

  @Test
  void anExplicitNullInAZuFieldStaysALocatedLoss() {
    String er7 =
        "MSH|^~\\&|PAS|RX1|EPR|RX1|20240401090000||ADT^A28^ADT_A05|ITK00007|P|2.4\r"
            + "EVN|A28|20240401090000\r"
            + "PID|1||9434765919^^^NHS^NH\r"
            + "ZU8|U|\"\"|Yes\r";
    Decoded<Message> d = codec.decode(er7.getBytes(StandardCharsets.UTF_8), WireFormat.HL7V2);
    assertThat(Unmapped.locations(d)).containsExactly("ZU8-2");
  }
}
