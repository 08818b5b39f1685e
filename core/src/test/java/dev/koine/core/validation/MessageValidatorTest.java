package dev.koine.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.id.Identifier;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.Issues;
import dev.koine.core.issue.Severity;
import dev.koine.core.message.AckIssue;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BundleEntry;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Message;
import dev.koine.core.message.Referral;
import dev.koine.core.model.Ref;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageValidatorTest {
  private final MessageValidator validator = MessageValidator.instance();

  private static List<Issue> withCode(Issues issues, IssueCode code) {
    return issues.withCode(code);
  }

  @Test
  void barsReferralWithoutReason_isAHeaderErrorAtEnvelopeReason() {
    Message m = Examples.referral();
    Message broken =
        Message.of(m.envelope().toBuilder().reason((Concept) null).build(), m.payload());
    List<Issue> found = withCode(validator.validate(broken), IssueCode.BARS_HEADER);
    assertThat(found).extracting(Issue::location).containsExactly("envelope.reason");
  }

  @Test
  void itk3MessageWithoutHandlingSpecFlags_isAHandlingSpecError() {
    Message m = Examples.dischargeSummary();
    Message broken = Message.of(m.envelope().toBuilder().ackRequest(null).build(), m.payload());
    assertThat(withCode(validator.validate(broken), IssueCode.ITK3_HANDLING_SPEC))
        .extracting(Issue::location)
        .containsExactly("envelope.ackRequest");
  }

  @Test
  void theHandlingSpecIsAskedOfItk3InStu3OrAnUnknownFormatNotInR4() {
    Message m = Examples.dischargeSummary();
    Message bare =
        Message.of(
            m.envelope().toBuilder().ackRequest(null).senderReference(null).build(), m.payload());
    assertThat(
            withCode(
                validator.validate(bare, WireFormat.FHIR_STU3_XML), IssueCode.ITK3_HANDLING_SPEC))
        .extracting(Issue::location)
        .containsExactly("envelope.ackRequest", "envelope.senderReference");
    assertThat(withCode(validator.validate(bare, null), IssueCode.ITK3_HANDLING_SPEC)).hasSize(2);
    // R4 has no place for the STU3 handling-specification extension
    assertThat(
            withCode(
                validator.validate(bare, WireFormat.FHIR_R4_JSON), IssueCode.ITK3_HANDLING_SPEC))
        .isEmpty();
    assertThat(
            withCode(
                validator.validate(bare, WireFormat.FHIR_R4_XML), IssueCode.ITK3_HANDLING_SPEC))
        .isEmpty();
  }

  @Test
  void dischargeWithoutAllergiesHeading_isAnErrorNamingTheHeading() {
    Message m = Examples.dischargeSummary();
    CareDocument doc = (CareDocument) m.payload();
    var sections =
        doc.composition().sections().stream()
            .filter(s -> !s.code().has(CodeSystems.SNOMED_CT, "886921000000105"))
            .toList();
    CareDocument broken =
        new CareDocument(
            doc.kind(),
            doc.composition().toBuilder().sections(sections).build(),
            doc.documentBundle(),
            doc.patient(),
            doc.related());
    List<Issue> found =
        withCode(
            validator.validate(Message.of(m.envelope(), broken)), IssueCode.PRSB_HEADING_MISSING);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(found.get(0).message()).contains("886921000000105");
  }

  @Test
  void nhsNumberWithWrongCheckDigit_isLocatedAndNotEchoed() {
    Message m = Examples.referral();
    Referral r = (Referral) m.payload();
    var patient =
        r.patient().toBuilder()
            .identifiers(List.of(Identifier.of("https://fhir.nhs.uk/Id/nhs-number", "9000000008")))
            .build();
    Issues issues =
        validator.validate(
            Message.of(m.envelope(), new Referral(r.request(), patient, r.related())));
    List<Issue> found = withCode(issues, IssueCode.NHS_NUMBER_CHECK_DIGIT);
    assertThat(found)
        .extracting(Issue::location)
        .containsExactly("payload.patient.identifiers[0].value");
    assertThat(found.get(0).toString()).doesNotContain("9000000008");
  }

  @Test
  void referenceToAMissingEntity_isUnresolved() {
    Message m = Examples.referral();
    Referral r = (Referral) m.payload();
    var request = r.request().toBuilder().requester(Ref.to("nobody-here")).build();
    Issues issues =
        validator.validate(
            Message.of(m.envelope(), new Referral(request, r.patient(), r.related())));
    assertThat(withCode(issues, IssueCode.REFERENCE_UNRESOLVED))
        .extracting(Issue::location)
        .containsExactly("payload.request.requester.target");
  }

  @Test
  void referenceToAnEntryFullUrlThatIsNotItsId_isResolved() {
    // FHIR resolves urn:uuid:x against Bundle.entry.fullUrl: BaRS examples give entries a fullUrl
    // other than urn:uuid:<resource id>, which the model records in the bundle info
    Message m = Examples.referral();
    Referral r = (Referral) m.payload();
    String fullUrlId = "aca94bdb-2e38-4399-9ece-2ba083ce65b5";
    var request = r.request().toBuilder().requester(Ref.to(fullUrlId)).build();
    Message referral = Message.of(m.envelope(), new Referral(request, r.patient(), r.related()));
    assertThat(withCode(validator.validate(referral), IssueCode.REFERENCE_UNRESOLVED)).hasSize(1);

    BundleInfo info =
        new BundleInfo(null, null, null, null)
            .with(
                List.of(),
                List.of(new BundleEntry(r.patient().id(), "urn:uuid:" + fullUrlId, List.of())));
    Message withFullUrl =
        Message.of(m.envelope().toBuilder().bundle(info).build(), referral.payload());
    assertThat(withCode(validator.validate(withFullUrl), IssueCode.REFERENCE_UNRESOLVED)).isEmpty();
  }

  @Test
  void eventThatDoesNotMatchThePayload_isReported() {
    Message referral = Examples.referral();
    Message booking = Examples.booking();
    Message mixed = Message.of(booking.envelope(), referral.payload());
    assertThat(withCode(validator.validate(mixed), IssueCode.EVENT_PAYLOAD_MISMATCH)).hasSize(1);
  }

  @Test
  void unknownBarsEvent_isReported() {
    Message m = Examples.referral();
    Message broken =
        Message.of(
            m.envelope().toBuilder()
                .event(Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "referral-request"))
                .build(),
            m.payload());
    assertThat(withCode(validator.validate(broken), IssueCode.EVENT_UNKNOWN)).hasSize(1);
  }

  @Test
  void acknowledgementCarryingAnNhsNumber_isPatientDataAndTheMessageDoesNotEchoIt() {
    Message m = Examples.acknowledgement();
    Acknowledgement ack = (Acknowledgement) m.payload();
    Acknowledgement leaky =
        new Acknowledgement(
            ack.type(),
            ack.status(),
            ack.responseCode(),
            List.of(
                new AckIssue(
                    "error", "processing", null, "patient 9000000009 not known", List.of())),
            null);
    List<Issue> found =
        withCode(validator.validate(Message.of(m.envelope(), leaky)), IssueCode.ACK_PATIENT_DATA);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).toString()).doesNotContain("9000000009");
  }

  @Test
  void codeWithTrailingSpace_isAWhitespaceWarning() {
    Message m = Examples.labOrder();
    var order = (dev.koine.core.message.LabOrder) m.payload();
    var request =
        order.requests().get(0).toBuilder()
            .code(Concept.of(CodeSystems.SNOMED_CT, "394595002 ", "Pathology"))
            .build();
    Message broken =
        Message.of(
            m.envelope(),
            new dev.koine.core.message.LabOrder(
                List.of(request), order.patient(), order.related()));
    List<Issue> found = withCode(validator.validate(broken), IssueCode.CODE_WHITESPACE);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void nearMissIdentifierSystemAndMalformedOdsCode_areReportedAtTheirPaths() {
    Message m = Examples.referral();
    Referral r = (Referral) m.payload();
    var patient =
        r.patient().toBuilder()
            .identifiers(List.of(Identifier.of("https://fhir.nhs.uk/id/nhs-number", "9000000009")))
            .generalPractitioners(
                List.of(
                    Ref.byIdentifier(
                        Identifier.of("https://fhir.nhs.uk/Id/ods-organization-code", "!!"))))
            .build();
    Issues issues =
        validator.validate(
            Message.of(m.envelope(), new Referral(r.request(), patient, r.related())));
    assertThat(withCode(issues, IssueCode.IDENTIFIER_SYSTEM_NEAR_MISS))
        .extracting(Issue::location)
        .containsExactly("payload.patient.identifiers[0].system");
    assertThat(withCode(issues, IssueCode.ODS_CODE_FORMAT))
        .extracting(Issue::location)
        .containsExactly("payload.patient.generalPractitioners[0].identifier.value");
  }
}
