package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.model.Ref;
import dev.koine.core.model.Section;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Family envelopes carry what their standard requires, and fit the payload they travel with. */
class MessageConsistencyProperties {

  @Provide
  Arbitrary<Message> messages() {
    return MessageArbitraries.messages();
  }

  @Provide
  Arbitrary<Envelope> familyEnvelopes() {
    return net.jqwik.api.Arbitraries.oneOf(
        List.of(
            MessageArbitraries.barsEnvelopes(),
            MessageArbitraries.itk3Envelopes(),
            MessageArbitraries.pathologyEnvelopes(),
            MessageArbitraries.ukCoreEnvelopes(),
            MessageArbitraries.hl7v2Envelopes()));
  }

  @Property(tries = 300)
  void familyEnvelopesCarryWhatTheirStandardRequires(@ForAll("familyEnvelopes") Envelope e) {
    assertThat(e.messageId()).isNotNull();
    assertThat(e.timestamp()).isNotNull();
    assertThat(e.sender()).isNotNull();
    Statistics.collect(e.family());
    switch (e.family()) {
      case BARS -> {
        assertThat(e.event().system()).isEqualTo(CodeSystems.BARS_MESSAGE_EVENT);
        assertThat(e.reason().codings()).hasSize(1);
        assertThat(e.reason().codings().get(0).system()).isEqualTo(CodeSystems.BARS_MESSAGE_REASON);
        assertThat(e.reason().codings().get(0).code()).isIn("new", "update", "delete");
        assertThat(e.recipients()).isNotEmpty();
        assertThat(e.sender().organisation()).isNotNull();
        assertThat(e.definition()).startsWith("https://fhir.nhs.uk/MessageDefinition/");
      }
      case ITK3 -> {
        assertThat(e.event().system()).isEqualTo(CodeSystems.ITK_MESSAGE_EVENT);
        assertThat(e.ackRequest()).isNotNull();
        assertThat(e.ackRequest().infrastructure()).isNotNull();
        assertThat(e.ackRequest().business()).isNotNull();
        if (e.event().code().equals("ITK008M")) {
          assertThat(e.ackRequest().infrastructure()).isEqualTo(ResponseRequest.NEVER);
          assertThat(e.ackRequest().business()).isEqualTo(ResponseRequest.NEVER);
        }
        assertThat(e.recipients()).isNotEmpty();
      }
      case NHSE_PATHOLOGY ->
          assertThat(e.event().code()).isIn("unsolicited-observations", "laboratory-order");
      case UK_CORE_MESSAGING ->
          assertThat(e.event().system()).isEqualTo(CodeSystems.NHS_MESSAGE_EVENT);
      case HL7V2 -> {
        assertThat(e.event().system()).isEqualTo(CodeSystems.V2_EVENT_TYPE);
        assertThat(e.processingId()).isIn("P", "T", "D");
        assertThat(e.standardVersion()).startsWith("2.");
        assertThat(e.sender().organisation().identifier()).isNotNull();
      }
      default -> throw new AssertionError("family envelopes cover the five NHS families");
    }
  }

  @Property(tries = 300)
  void messagesHaveAnEnvelopeThatFitsTheirPayload(@ForAll("messages") Message m) {
    Envelope e = m.envelope();
    Coding event = e.event();
    Statistics.collect(m.payload().typeName(), e.family());
    if (m.payload() instanceof CareDocument doc) {
      if (doc.kind() == DocumentKind.OTHER) {
        assertThat(e.family()).isIn(Family.UK_CORE_MESSAGING, Family.HL7V2);
      } else {
        assertThat(e.family()).isEqualTo(Family.ITK3);
        assertThat(DocumentKind.fromItkEvent(event.code())).contains(doc.kind());
        assertThat(doc.composition().type())
            .isEqualTo(dev.koine.testkit.internal.Payloads.documentType(doc.kind()));
      }
    }
    if (m.payload() instanceof PatientEvent pe) {
      if (pe.kind() == PatientEventKind.OTHER) {
        assertThat(e.family()).isEqualTo(Family.UK_CORE_MESSAGING);
      } else {
        assertThat(e.family()).isEqualTo(Family.HL7V2);
        assertThat(PatientEventKind.fromV2Trigger(event.code())).contains(pe.kind());
      }
    }
    if (m.payload() instanceof Referral r) {
      assertThat(e.family()).isIn(Family.BARS, Family.HL7V2);
      assertThat(r.patient()).isNotNull();
      assertThat(r.request().subject()).isEqualTo(new Ref(r.patient().id(), "Patient", null, null));
    }
    if (m.payload() instanceof LabOrder o) {
      assertThat(o.requests())
          .allSatisfy(sr -> assertThat(sr.subject().target()).isEqualTo(o.patient().id()));
    }
    if (m.payload() instanceof LabReport r) {
      assertThat(r.reports())
          .allSatisfy(dr -> assertThat(dr.subject().target()).isEqualTo(r.patient().id()));
    }
  }

  private static final Set<String> POSITIVE = Set.of("20013", "30001", "AA", "CA", "ok");

  @Provide
  Arbitrary<Acknowledgement> acknowledgements() {
    return MessageArbitraries.acknowledgements();
  }

  @Property
  void acknowledgementCodesAgreeWithTheirStatus(@ForAll("acknowledgements") Acknowledgement a) {
    if (a.responseCode() != null) {
      assertThat(POSITIVE.contains(a.responseCode().code())).isEqualTo(a.status() == AckStatus.OK);
    }
  }

  private static boolean hasHeading(List<Section> sections, String code) {
    for (Section s : sections) {
      if ((s.code() != null && s.code().has(CodeSystems.SNOMED_CT, code))
          || hasHeading(s.sections(), code)) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<CareDocument> careDocuments() {
    return MessageArbitraries.careDocuments();
  }

  @Property(tries = 300)
  void dischargeSummariesCarryTheirMandatoryPrsbHeadings(@ForAll("careDocuments") CareDocument d) {
    if (d.kind() == DocumentKind.INPATIENT_DISCHARGE) {
      for (String heading :
          List.of(
              "886921000000105",
              "887181000000106",
              "887161000000102",
              "886711000000101",
              "886731000000109",
              "887231000000104")) {
        assertThat(hasHeading(d.composition().sections(), heading)).as(heading).isTrue();
      }
    }
    Statistics.collect(d.kind());
  }
}
