package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec.Encoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.message.Recipient;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * UK Core encounter notifications: a PatientEvent with a UK Core envelope round-trips through R4
 * JSON and XML; an HL7 v2 admission converts with its trigger kept and what R4 cannot carry
 * reported.
 */
class PatientEventR4Test {
  private static final FhirCodec CODEC = new FhirCodec();

  /** The admission example as a UK Core notification, with what R4 carries only. */
  static Message notification(PatientEventKind kind, String status, String start, boolean xml) {
    Message m = Examples.admission();
    PatientEvent e = (PatientEvent) m.payload();
    Encounter enc =
        e.encounter().toBuilder()
            .status(status)
            .period(
                start == null
                    ? null
                    : new dev.koine.core.time.Period(PartialDateTime.parseFhir(start), null))
            .build();
    return Message.of(
        m.envelope().toBuilder()
            .family(Family.UK_CORE_MESSAGING)
            .event(Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "encounter"))
            .processingId(null)
            .messageProfiles(java.util.List.of())
            .standardVersion(null)
            .recipients(
                m.envelope().recipients().stream()
                    .map(r -> new Recipient(r.name(), r.receiver(), r.target(), r.endpoint(), null))
                    .toList())
            .build(),
        e.toBuilder().kind(kind).encounter(enc).recordedAt(null).build());
  }

  @Provide
  Arbitrary<Object[]> notifications() {
    return Combinators.combine(
            Arbitraries.of(PatientEventKind.class),
            Arbitraries.of("planned", "arrived", "in-progress", "finished", "cancelled"),
            Arbitraries.of(null, "2026-11-23", "2026-11-23T08:15:00+00:00"),
            Arbitraries.of(true, false))
        .as((k, s, t, x) -> new Object[] {notification(k, s, t, x), x});
  }

  @Property(tries = 150)
  void notificationsRoundTrip(@ForAll("notifications") Object[] c) {
    Message m = (Message) c[0];
    WireFormat f = (Boolean) c[1] ? WireFormat.FHIR_R4_XML : WireFormat.FHIR_R4_JSON;
    Encoded encoded = CODEC.encode(m, f);
    assertThat(encoded.losses()).isEmpty();
    Decoded<Message> back = CODEC.decode(encoded.content().toArray(), f);
    assertThat(back.losses()).isEmpty();
    assertThat(back.value()).isEqualTo(m);
  }

  @Test
  void anHl7v2AdmissionConvertsWithItsTriggerAndReportsWhatR4CannotCarry() {
    Message v2 = Examples.admission();
    Encoded encoded = CODEC.encode(v2, WireFormat.FHIR_R4_JSON);
    String json = new String(encoded.content().toArray(), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"code\": \"encounter\"")
        .contains("https://fhir.nhs.uk/Id/nhs-number")
        .contains("v2-0003")
        .doesNotContain("icd-10-cm")
        .doesNotContain("urn:id:NHS");
    assertThat(encoded.losses())
        .extracting(l -> l.location())
        .contains("Envelope.event", "PatientEvent.recordedAt")
        .noneMatch(l -> l.endsWith(".admissionMethod"));
    // the NHS Data Dictionary admission method is the UK Core extension on hospitalization
    assertThat(json)
        .contains("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-AdmissionMethod");
    PatientEvent back =
        (PatientEvent) CODEC.decode(encoded.content().toArray(), null).value().payload();
    assertThat(back.kind()).isEqualTo(PatientEventKind.ADMIT);
    assertThat(back.encounter().admissionMethod())
        .isEqualTo(((PatientEvent) v2.payload()).encounter().admissionMethod());
    assertThat(back.patient().identifiers())
        .isEqualTo(v2.payload() instanceof PatientEvent p ? p.patient().identifiers() : null);
  }

  @Test
  void hl7v2ContentCarriedVerbatimIsLeftOutOfFhirAndReportedAtItsV2Location() {
    Message v2 = Examples.admission();
    Extension in1 =
        new Extension(
            Envelope.HL7V2_VERBATIM,
            null,
            List.of(
                Extension.of("location", new Value.Primitive("string", "IN1")),
                Extension.of("er7", new Value.Primitive("string", "IN1|1|PLAN-A|INS-9")),
                Extension.of("after", new Value.Primitive("string", "PV1"))));
    Extension pid14 =
        new Extension(
            Envelope.HL7V2_VERBATIM,
            null,
            List.of(
                Extension.of("location", new Value.Primitive("string", "PID-14")),
                Extension.of("er7", new Value.Primitive("string", "01134960000"))));
    // only the v2 spelling of typed content (a default coding-system name): left out, no loss
    Extension spelling =
        new Extension(
            Envelope.HL7V2_VERBATIM,
            null,
            List.of(
                Extension.of("location", new Value.Primitive("string", "PID-16.3")),
                Extension.of("er7", new Value.Primitive("string", "HL70002")),
                Extension.of("spelling", new Value.Primitive("boolean", "true"))));
    Extension kept = Extension.of("https://example.org/ext", new Value.Primitive("string", "x"));
    Message carrying =
        Message.of(
            v2.envelope().toBuilder()
                .extras(Extras.of(List.of(in1, kept, spelling, pid14)))
                .build(),
            v2.payload());
    for (WireFormat f : List.of(WireFormat.FHIR_R4_JSON, WireFormat.FHIR_R4_XML)) {
      Encoded encoded = CODEC.encode(carrying, f);
      String text = new String(encoded.content().toArray(), StandardCharsets.UTF_8);
      assertThat(text)
          .doesNotContain("hl7v2-verbatim")
          .doesNotContain("PLAN-A")
          .doesNotContain("HL70002");
      assertThat(text).contains("https://example.org/ext");
      assertThat(encoded.losses())
          .filteredOn(l -> l.reason().equals(FhirCodec.V2_VERBATIM_NOT_FHIR))
          .extracting(l -> l.location())
          .containsExactly("IN1", "PID-14");
    }
  }
}
