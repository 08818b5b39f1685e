package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.id.Identifier;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.model.EncounterParticipant;
import dev.koine.core.model.Observation;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Value;
import dev.koine.hl7v2.internal.Types;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The deeper ADT fields on real corpus messages (ms-fhir-converter samples) and a hand-written one:
 * ROL participants, the EVN-5 operator, OBX observations, PV1-5, PID-10/15/18.
 */
class AdtCorpusExamplesTest {
  private final Hl7v2Codec codec = new Hl7v2Codec();

  private Decoded<Message> corpus(String name) {
    return codec.decode(
        Golden.resource("/corpus/ms-fhir-converter/data/SampleData/Hl7v2/" + name),
        WireFormat.HL7V2);
  }

  private static Practitioner practitioner(PatientEvent e, String id) {
    return e.related().practitioners().stream()
        .filter(p -> id.equals(p.id()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anA01CarriesRolesTheOperatorObservationsAndThePreAdmissionNumber() {
    Decoded<Message> d = corpus("ADT-A01-01.hl7");
    PatientEvent e = (PatientEvent) d.value().payload();
    // ROL-3 PP (table 0443) + ROL-4 person + ROL-5 begin, for both ROL segments
    EncounterParticipant rol =
        e.encounter().participants().stream()
            .filter(p -> p.individual().target().equals("Practitioner/rol-1"))
            .findFirst()
            .orElseThrow();
    assertThat(rol.types().get(0).codings().get(0).system()).isEqualTo(Types.table("0443"));
    assertThat(rol.types().get(0).codings().get(0).code()).isEqualTo("PP");
    assertThat(rol.period().start()).isNotNull();
    assertThat(practitioner(e, "rol-1").names().get(0).family()).isEqualTo("Smith");
    assertThat(practitioner(e, "rol-3").telecom().get(0).system()).isEqualTo("email");
    // EVN-5 operator with a name
    assertThat(e.operator().target()).isEqualTo("Practitioner/evn-5");
    assertThat(practitioner(e, "evn-5").names().get(0).family()).isEqualTo("Woolfson");
    // OBX in ADT: NM value with units, flags, OBX-16 responsible observer
    Observation hr = e.related().observations().get(0);
    assertThat(hr.code().codings().get(0).system()).isEqualTo(CodeSystems.LOINC);
    assertThat(((Value.QuantityValue) hr.value()).quantity().value())
        .isEqualTo(new BigDecimal("60"));
    assertThat(hr.performers().get(0).target()).isEqualTo("Practitioner/obx-1-16");
    assertThat(practitioner(e, "obx-1-16").names().get(0).family()).isEqualTo("Aly");
    // the second OBX-16 repetition is a second performer
    assertThat(hr.performers().get(1).target()).isEqualTo("Practitioner/obx-1-16-2");
    assertThat(practitioner(e, "obx-1-16-2").names().get(0).family()).isEqualTo("Pauly");
    // XCN.10 name type L -> official
    assertThat(practitioner(e, "evn-5").names().get(0).use()).isEqualTo("official");
    // PV1-5 pre-admission number
    assertThat(e.encounter().preAdmissionIdentifier().value()).isEqualTo("1234567");
    // PID-15 primary language, preferred
    assertThat(e.patient().communications().get(0).language().codings().get(0).code())
        .isEqualTo("ara");
    assertThat(e.patient().communications().get(0).preferred()).isTrue();
    // what stays lost is located: ROL-1/ROL-2, the second OBX-5 repetition, PID-18 typed VN
    assertThat(Unmapped.locations(d))
        .contains("ROL-1", "ROL-2", "OBX-5[2]", "PID-18")
        .doesNotContain("ROL", "OBX", "PV1-5", "PID-15");
    assertThat(String.valueOf(d.losses()) + d.issues()).doesNotContain("Woolfson");
  }

  @Test
  void anUntypedAccountNumberIsAnAnIdentifierWrittenBackToPid18() {
    Decoded<Message> d = corpus("ADT-A47-01.hl7");
    PatientEvent e = (PatientEvent) d.value().payload();
    // after the PID-3 identifiers (PID-4 and PID-19 identifiers follow it)
    Identifier account =
        e.patient().identifiers().stream()
            .filter(i -> i.type() != null && i.assigner() == null && i.use() == null)
            .filter(i -> !"http://hl7.org/fhir/sid/us-ssn".equals(i.system()))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(account.value()).isEqualTo("PACCT101");
    assertThat(account.type().codings().get(0).code()).isEqualTo("AN");
    byte[] er7 = codec.encode(d.value(), WireFormat.HL7V2).content().toArray();
    // the type AN the decode gave it is written out in PID-18.5
    assertThat(AdtDepthTest.field(er7, "PID", 18)).isEqualTo("PACCT101^^^^AN");
    assertThat(Unmapped.locations(d)).doesNotContain("PID-18");
  }

  @Test
  void raceInPid10IsTheEthnicCategoryWhenPid22IsEmpty() {
    String er7 =
        "MSH|^~\\&|PAS|RX1|EPR|RX1|20240401090000||ADT^A08^ADT_A01|X1|P|2.5\r"
            + "EVN|A08|20240401090000\r"
            + "PID|1||9434765919^^^NHS^NH||SMITH^JANE||19800115|F||2106-3^White^HL70005\r";
    Decoded<Message> d = codec.decode(er7.getBytes(StandardCharsets.UTF_8), WireFormat.HL7V2);
    PatientEvent e = (PatientEvent) d.value().payload();
    assertThat(e.patient().ethnicCategory().codings().get(0).system())
        .isEqualTo(Types.table("0005"));
    assertThat(d.losses()).isEmpty();
    byte[] back = codec.encode(d.value(), WireFormat.HL7V2).content().toArray();
    assertThat(AdtDepthTest.field(back, "PID", 10)).isEqualTo("2106-3^White^HL70005");
    assertThat(new String(back, StandardCharsets.UTF_8)).isEqualTo(er7);
  }
}
