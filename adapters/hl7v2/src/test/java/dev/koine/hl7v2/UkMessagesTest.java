package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.Observation;
import dev.koine.core.model.ObservationStatus;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Value;
import dev.koine.hl7v2.internal.PatientSegments;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The hand-written UK messages in {@code src/test/resources/uk/} (each field is described in {@code
 * uk/README.md}): the expected model values, the expected losses (golden {@code
 * golden/uk-losses.txt}) and byte-identical re-encoding where lossless.
 */
class UkMessagesTest {
  private final Hl7v2Codec codec = new Hl7v2Codec();

  private Decoded<Message> decode(String name) {
    return codec.decode(Golden.resource("/uk/" + name), WireFormat.HL7V2);
  }

  @Test
  void serviceLoaderFindsTheCodec() {
    assertThat(
            ServiceLoader.load(MessageCodec.class).stream().map(p -> p.type().getName()).toList())
        .contains(Hl7v2Codec.class.getName());
    assertThat(codec.accepts(Golden.resource("/uk/ITK-ADT-A01.hl7"))).isTrue();
    assertThat(codec.accepts(Mllp.frame(Golden.resource("/uk/ITK-ADT-A01.hl7")))).isTrue();
    assertThat(codec.accepts("{\"resourceType\":\"Bundle\"}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  @Test
  void itkAdmissionMapsTheNhsDialect() {
    Decoded<Message> d = decode("ITK-ADT-A01.hl7");
    Message m = d.value();
    assertThat(m.envelope().event().code()).isEqualTo("A01");
    assertThat(m.envelope().event().system()).isEqualTo(CodeSystems.V2_EVENT_TYPE);
    assertThat(m.envelope().sender().organisation().identifier().system())
        .isEqualTo("https://fhir.nhs.uk/Id/ods-organization-code");
    assertThat(m.envelope().sender().organisation().identifier().value()).isEqualTo("RX1");
    assertThat(m.envelope().messageProfiles()).containsExactly("iTKv1.0");
    assertThat(m.envelope().standardVersion()).isEqualTo("2.4");
    PatientEvent e = (PatientEvent) m.payload();
    assertThat(e.kind()).isEqualTo(PatientEventKind.ADMIT);
    Patient p = e.patient();
    assertThat(p.nhsNumber().orElseThrow().value()).isEqualTo("9434765919");
    assertThat(p.identifiers().get(1).system())
        .isEqualTo("https://fhir.rx1.nhs.uk/Id/local-patient-identifier");
    assertThat(p.identifiers().get(1).assigner()).isEqualTo("RX1");
    assertThat(p.gender()).isEqualTo(AdministrativeGender.FEMALE);
    assertThat(p.genderCode().system()).isEqualTo(CodeSystems.NHS_DD_PERSON_STATED_GENDER);
    assertThat(p.genderCode().code()).isEqualTo("2");
    assertThat(p.nhsNumberVerificationStatus().code()).isEqualTo("NSTS01");
    assertThat(p.generalPractitioners().get(0).identifier().value()).isEqualTo("B86001");
    assertThat(p.generalPractitioners().get(1).identifier().system())
        .isEqualTo(IdentifierSystems.GMP.fhirUri());
    assertThat(p.contacts()).hasSize(1);
    assertThat(p.telecom()).extracting(t -> t.system()).containsExactly("phone", "email");
    Encounter enc = e.encounter();
    assertThat(enc.admissionMethod().codings().get(0).system())
        .isEqualTo(CodeSystems.ADMISSION_METHOD_ENGLAND);
    assertThat(enc.admissionSource().codings().get(0).code()).isEqualTo("19");
    assertThat(enc.participants()).hasSize(1);
    assertThat(e.related().practitioners())
        .extracting(x -> x.names().get(0).family())
        .containsExactlyInAnyOrder("JONES", "BROWN");
    // PD1-4 G1234567^JONES^PETER^^^DR: the registered GP, named, referenced from the patient
    Practitioner gp =
        e.related().practitioners().stream()
            .filter(x -> PatientSegments.GP_ID.equals(x.id()))
            .findFirst()
            .orElseThrow();
    assertThat(gp.identifiers().get(0).system()).isEqualTo(IdentifierSystems.GMP.fhirUri());
    assertThat(gp.identifiers().get(0).value()).isEqualTo("G1234567");
    assertThat(gp.names().get(0).given()).containsExactly("PETER");
    assertThat(gp.names().get(0).prefixes()).containsExactly("DR");
    assertThat(p.generalPractitioners().get(1).target()).isEqualTo("Practitioner/pd1-4");
    assertThat(e.related().conditions().get(0).code().codings().get(0).system())
        .isEqualTo("http://hl7.org/fhir/sid/icd-10-uk");
    assertThat(e.related().procedures().get(0).code().codings().get(0).system())
        .isEqualTo(CodeSystems.OPCS_4);
    assertThat(Unmapped.locations(d)).isEmpty();
    assertThat(codec.roundTrip(Golden.resource("/uk/ITK-ADT-A01.hl7"), WireFormat.HL7V2).lost())
        .isZero();
    // PV1-3 ward ^ bay (room) ^ bed ^ site as encounter locations with physical types
    assertThat(enc.locations())
        .extracting(l -> l.location().display())
        .containsExactly("WARD 12", "BAY 1", "BED 3", "RX1");
    assertThat(enc.locations().get(2).physicalType().codings().get(0).code()).isEqualTo("bd");
    assertThat(String.valueOf(d.losses()) + d.issues()).doesNotContain("9434765919");
  }

  @Test
  void dischargeAndMergeAreLosslessAndReencodeByteForByte() {
    for (String name : new String[] {"ITK-ADT-A03.hl7", "ITK-ADT-A40.hl7", "ACK-AA.hl7"}) {
      byte[] bytes = Golden.resource("/uk/" + name);
      Decoded<Message> d = codec.decode(bytes, WireFormat.HL7V2);
      assertThat(d.losses()).as(name).isEmpty();
      MessageCodec.Encoded enc = codec.encode(d.value(), WireFormat.HL7V2);
      assertThat(enc.losses()).as(name).isEmpty();
      assertThat(new String(enc.content().toArray(), StandardCharsets.UTF_8))
          .as(name)
          .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
      assertThat(codec.roundTrip(bytes, WireFormat.HL7V2).status()).as(name).isEqualTo("LOSSLESS");
    }
    PatientEvent a03 = (PatientEvent) decode("ITK-ADT-A03.hl7").value().payload();
    assertThat(a03.encounter().dischargeMethod().codings().get(0).system())
        .isEqualTo(CodeSystems.DISCHARGE_METHOD_ENGLAND);
    assertThat(a03.encounter().dischargeDestination().codings().get(0).system())
        .isEqualTo(CodeSystems.DISCHARGE_DESTINATION_ENGLAND);
    PatientEvent a40 = (PatientEvent) decode("ITK-ADT-A40.hl7").value().payload();
    assertThat(a40.kind()).isEqualTo(PatientEventKind.MERGE);
    assertThat(a40.priorIdentifiers().get(0).value()).isEqualTo("RX7654321");
    Message ack = decode("ACK-AA.hl7").value();
    assertThat(((Acknowledgement) ack.payload()).status()).isEqualTo(AckStatus.OK);
    assertThat(ack.envelope().correlation().inReplyTo()).isEqualTo("ITK00001");
  }

  @Test
  void trustResultsCarryNumbersTextAndThePdf() {
    LabReport r = (LabReport) decode("TRUST-ORU-R01.hl7").value().payload();
    assertThat(r.patient().nhsNumber()).isPresent();
    DiagnosticReport report = r.reports().get(0);
    assertThat(report.status()).isEqualTo("final");
    assertThat(report.presentedForms()).hasSize(1);
    assertThat(report.presentedForms().get(0).contentType()).isEqualTo("application/pdf");
    assertThat(
            new String(report.presentedForms().get(0).data().toArray(), StandardCharsets.US_ASCII))
        .startsWith("%PDF-1.4");
    Observation hb = r.related().observations().get(0);
    Value.QuantityValue q = (Value.QuantityValue) hb.value();
    assertThat(q.quantity().value()).isEqualTo(new BigDecimal("132.0"));
    assertThat(q.quantity().system()).isEqualTo(CodeSystems.UCUM);
    assertThat(hb.referenceRanges().get(0).text()).isEqualTo("115-165");
    assertThat(hb.status()).isEqualTo(ObservationStatus.FINAL);
    assertThat(r.related().observations().get(1).notes().get(0).text())
        .isEqualTo("Repeat in 2 weeks");
    assertThat(r.related().observations().get(1).interpretations().get(0).codings().get(0).code())
        .isEqualTo("H");
  }

  @Test
  void v251ResultsMapCweAndStructuredNumerics() {
    LabReport r = (LabReport) decode("ORU-R01-v251-CWE-SN.hl7").value().payload();
    assertThat(r.related().observations().get(0).value()).isInstanceOf(Value.ConceptValue.class);
    Value.QuantityValue gt = (Value.QuantityValue) r.related().observations().get(1).value();
    assertThat(gt.quantity().comparator()).isEqualTo(">");
    assertThat(r.related().observations().get(2).value()).isInstanceOf(Value.RatioValue.class);
    assertThat(r.related().observations().get(3).value()).isInstanceOf(Value.RangeValue.class);
    assertThat(r.related().specimens()).hasSize(1);
    assertThat(r.patient().nhsNumberVerificationStatus().code()).isEqualTo("NSTS02");
  }

  @Test
  void lossesOfEveryUkMessageAreGolden() {
    StringBuilder sb = new StringBuilder();
    for (String name :
        new String[] {
          "ACK-AA.hl7",
          "ITK-ADT-A01.hl7",
          "ITK-ADT-A03.hl7",
          "ITK-ADT-A05.hl7",
          "ITK-ADT-A40.hl7",
          "ORU-R01-v251-CWE-SN.hl7",
          "TRUST-ORU-R01.hl7"
        }) {
      Decoded<Message> d = decode(name);
      sb.append(name).append(": ").append(String.join(" ", Unmapped.locations(d))).append('\n');
    }
    Golden.check("uk-losses.txt", sb.toString());
  }
}
