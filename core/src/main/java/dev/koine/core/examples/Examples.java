package dev.koine.core.examples;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.message.AckIssue;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.message.Party;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.RecipientType;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Appointment;
import dev.koine.core.model.AppointmentParticipant;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Bytes;
import dev.koine.core.model.Composition;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.Entities;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Narrative;
import dev.koine.core.model.Observation;
import dev.koine.core.model.ObservationStatus;
import dev.koine.core.model.Organisation;
import dev.koine.core.model.OtherResource;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Quantity;
import dev.koine.core.model.RawElement;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ReferenceRange;
import dev.koine.core.model.Section;
import dev.koine.core.model.ServiceRequest;
import dev.koine.core.model.Specimen;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One example message of every payload type, built with the model. Synthetic data only: NHS numbers
 * are in the never-issued 9xx range.
 */
public final class Examples {
  private Examples() {}

  private static final String NHS_NUMBER_URI = "https://fhir.nhs.uk/Id/nhs-number";
  private static final String ODS_URI = "https://fhir.nhs.uk/Id/ods-organization-code";

  /** Every example, one per payload type, in the order of the sealed family. */
  public static List<Message> all() {
    return List.of(
        referral(),
        referralResponse(),
        booking(),
        dischargeSummary(),
        labOrder(),
        labReport(),
        admission(),
        acknowledgement(),
        collection());
  }

  private static PartialDateTime at(String fhir) {
    return PartialDateTime.parseFhir(fhir);
  }

  /** The patient example. */
  public static Patient patient() {
    return Patient.builder()
        .id("patient-1")
        .addIdentifier(Identifier.of(NHS_NUMBER_URI, "9000000009"))
        .nhsNumberVerificationStatus(
            Coding.of(
                CodeSystems.NHS_NUMBER_VERIFICATION_STATUS_ENGLAND,
                "01",
                "Number present and verified"))
        .addName(
            new HumanName("official", null, "Demo", List.of("Alex"), List.of("Mx"), null, null))
        .gender(AdministrativeGender.FEMALE)
        .genderCode(Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, "female"))
        .birthDate(at("1970-01-01"))
        .addGeneralPractitioner(Ref.byIdentifier(Identifier.of(ODS_URI, "Y12345")))
        .build();
  }

  private static Organisation organisation(String id, String ods, String name) {
    return Organisation.builder()
        .id(id)
        .addIdentifier(Identifier.of(ODS_URI, ods))
        .name(name)
        .build();
  }

  private static Envelope.Builder envelope(Family family, Coding event, String id) {
    return Envelope.builder()
        .messageId(id)
        .event(event)
        .family(family)
        .timestamp(at("2026-11-23T09:30:00+00:00"))
        .sender(new Party(Ref.to("org-sender"), null, null))
        .addRecipient(
            new Recipient(null, Ref.to("org-receiver"), null, null, RecipientType.ACTION));
  }

  private static Entities actors() {
    return Entities.builder()
        .addOrganisation(organisation("org-sender", "RH8", "Demo Sending Trust"))
        .addOrganisation(organisation("org-receiver", "RY6", "Demo Receiving Trust"))
        .build();
  }

  /** The referral example. */
  public static Message referral() {
    ServiceRequest request =
        ServiceRequest.builder()
            .id("referral-1")
            .status("active")
            .intent("plan")
            .addCategory(
                Concept.of(
                    CodeSystems.BARS_USECASE_CATEGORY, "a1t1", "111 to Emergency Department"))
            .subject(Ref.to("patient-1"))
            .authoredOn(at("2026-11-23T09:25:00+00:00"))
            .addPerformer(Ref.to("org-receiver"))
            .build();
    Envelope envelope =
        envelope(
                Family.BARS,
                Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "servicerequest-request"),
                "3b1e3c52-6d2f-4f1a-9b7e-000000000001")
            .reason(Coding.of(CodeSystems.BARS_MESSAGE_REASON, "new"))
            .definition(
                "https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-request-referral")
            .build();
    return Message.of(envelope, new Referral(request, patient(), actors()));
  }

  /** The referralResponse example. */
  public static Message referralResponse() {
    ServiceRequest updated =
        ServiceRequest.builder().id("referral-1").status("active").intent("plan").build();
    Envelope envelope =
        envelope(
                Family.BARS,
                Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "servicerequest-response"),
                "3b1e3c52-6d2f-4f1a-9b7e-000000000002")
            .correlation(new Correlation("3b1e3c52-6d2f-4f1a-9b7e-000000000001", null))
            .reason(Coding.of(CodeSystems.BARS_MESSAGE_REASON, "update"))
            .definition(
                "https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-response-referral")
            .build();
    return Message.of(
        envelope,
        new ReferralResponse(updated, Concept.text("Referral accepted"), patient(), actors()));
  }

  /** The booking example. */
  public static Message booking() {
    Appointment appointment =
        Appointment.builder()
            .id("appointment-1")
            .status("booked")
            .start(at("2026-11-24T10:00:00+00:00"))
            .end(at("2026-11-24T10:15:00+00:00"))
            .addParticipant(
                new AppointmentParticipant(
                    List.of(), Ref.to("patient-1"), "required", "accepted", null))
            .build();
    Envelope envelope =
        envelope(
                Family.BARS,
                Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "booking-request"),
                "3b1e3c52-6d2f-4f1a-9b7e-000000000003")
            .reason(Coding.of(CodeSystems.BARS_MESSAGE_REASON, "new"))
            .definition("https://fhir.nhs.uk/MessageDefinition/bars-message-booking-request")
            .build();
    return Message.of(envelope, new BookingRequest(appointment, patient(), actors()));
  }

  /** The dischargeSummary example. */
  public static Message dischargeSummary() {
    Section allergies =
        new Section(
            "Allergies and adverse reactions",
            Concept.of(CodeSystems.SNOMED_CT, "886921000000105", "Allergies and adverse reactions"),
            List.of(),
            null,
            new Narrative(
                "generated",
                "<div xmlns=\"http://www.w3.org/1999/xhtml\">No known allergies</div>"),
            null,
            null,
            List.of(),
            null,
            List.of(),
            List.of());
    Composition composition =
        Composition.builder()
            .id("composition-1")
            .status("final")
            .type(Concept.of(CodeSystems.SNOMED_CT, "373942005", "Discharge summary"))
            .subject(Ref.to("patient-1"))
            .date(at("2026-11-23T09:00:00+00:00"))
            .title("Inpatient discharge summary")
            .custodian(Ref.to("org-sender"))
            .addSection(allergies)
            .addSection(heading("886731000000109", "Patient demographics"))
            .addSection(heading("887181000000106", "Clinical summary"))
            .addSection(heading("887161000000102", "Diagnoses"))
            .addSection(heading("886711000000101", "GP practice"))
            .addSection(heading("887231000000104", "Person completing record"))
            .build();
    Envelope envelope =
        envelope(
                Family.ITK3,
                Coding.of(CodeSystems.ITK_MESSAGE_EVENT, "ITK003D", "ITK eDischarge"),
                "3b1e3c52-6d2f-4f1a-9b7e-000000000004")
            .ackRequest(new AckRequest(ResponseRequest.ALWAYS, ResponseRequest.ALWAYS))
            .senderReference("None")
            .definition(
                "https://fhir.nhs.uk/STU3/MessageDefinition/ITK-eDischarge-MessageDefinition-Instance-1")
            .build();
    return Message.of(
        envelope,
        new CareDocument(DocumentKind.INPATIENT_DISCHARGE, composition, null, patient(), actors()));
  }

  private static Section heading(String snomed, String title) {
    return new Section(
        title,
        Concept.of(CodeSystems.SNOMED_CT, snomed, title),
        List.of(),
        null,
        new Narrative(
            "generated", "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + title + "</div>"),
        null,
        null,
        List.of(),
        null,
        List.of(),
        List.of());
  }

  /** The labOrder example. */
  public static Message labOrder() {
    ServiceRequest fbc =
        ServiceRequest.builder()
            .id("order-1")
            .status("active")
            .intent("order")
            .code(Concept.of(CodeSystems.SNOMED_CT, "26604007", "Full blood count"))
            .subject(Ref.to("patient-1"))
            .build();
    Envelope envelope =
        envelope(
                Family.NHSE_PATHOLOGY,
                Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "laboratory-order"),
                "3b1e3c52-6d2f-4f1a-9b7e-000000000005")
            .build();
    return Message.of(envelope, new LabOrder(List.of(fbc), patient(), actors()));
  }

  /** The labReport example. */
  public static Message labReport() {
    Observation haemoglobin =
        Observation.builder()
            .id("obs-1")
            .status(ObservationStatus.FINAL)
            .code(Concept.of(CodeSystems.SNOMED_CT, "1022431000000105", "Haemoglobin estimation"))
            .subject(Ref.to("patient-1"))
            .value(Value.quantity(Quantity.ucum(new BigDecimal("132"), "g/L")))
            .addReferenceRange(
                new ReferenceRange(
                    Quantity.ucum(new BigDecimal("120"), "g/L"),
                    Quantity.ucum(new BigDecimal("150"), "g/L"),
                    null,
                    List.of(),
                    null,
                    null))
            .specimen(Ref.to("specimen-1"))
            .build();
    DiagnosticReport report =
        DiagnosticReport.builder()
            .id("report-1")
            .status("final")
            .code(Concept.of(CodeSystems.SNOMED_CT, "26604007", "Full blood count"))
            .subject(Ref.to("patient-1"))
            .issued(at("2026-11-23T11:00:00+00:00"))
            .addResult(Ref.to("obs-1"))
            .addSpecimen(Ref.to("specimen-1"))
            .addPresentedForm(
                Attachment.inline(
                    "application/pdf",
                    Bytes.of("%PDF-1.4 demo".getBytes(StandardCharsets.US_ASCII))))
            .build();
    Entities related =
        actors().toBuilder()
            .addObservation(haemoglobin)
            .addSpecimen(
                Specimen.builder()
                    .id("specimen-1")
                    .type(Concept.of(CodeSystems.SNOMED_CT, "119297000", "Blood specimen"))
                    .build())
            .build();
    Envelope envelope =
        envelope(
                Family.NHSE_PATHOLOGY,
                Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "unsolicited-observations"),
                "3b1e3c52-6d2f-4f1a-9b7e-000000000006")
            .build();
    return Message.of(envelope, new LabReport(List.of(report), patient(), related));
  }

  /** The admission example. */
  public static Message admission() {
    Encounter encounter =
        Encounter.builder()
            .id("encounter-1")
            .status("in-progress")
            .encounterClass(Coding.of(CodeSystems.V3_ACT_CODE, "IMP", "inpatient encounter"))
            .subject(Ref.to("patient-1"))
            .admissionMethod(
                Concept.of(
                    CodeSystems.ADMISSION_METHOD_ENGLAND,
                    "21",
                    "Emergency Admission: Emergency Care Department"))
            .serviceProvider(Ref.to("org-sender"))
            .build();
    Envelope envelope =
        envelope(
                Family.HL7V2,
                Coding.of(CodeSystems.V2_EVENT_TYPE, "A01", "ADT/ACK - Admit/visit notification"),
                "MSG00001")
            .standardVersion("2.4")
            .processingId("P")
            .addMessageProfile("iTKv1.0")
            .build();
    PatientEvent event =
        new PatientEvent(
            PatientEventKind.ADMIT,
            patient(),
            encounter,
            at("2026-11-23T08:15:00+00:00"),
            null,
            null,
            null,
            null,
            List.of(),
            null,
            actors());
    return Message.of(envelope, event);
  }

  /** The acknowledgement example. */
  public static Message acknowledgement() {
    Envelope envelope =
        Envelope.builder()
            .messageId("3b1e3c52-6d2f-4f1a-9b7e-000000000008")
            .event(Coding.of(CodeSystems.ITK_MESSAGE_EVENT, "ITK008M", "ITK Response"))
            .family(Family.ITK3)
            .timestamp(at("2026-11-23T09:31:00+00:00"))
            .sender(new Party(Ref.byIdentifier(Identifier.of(ODS_URI, "RY6")), null, null))
            .addRecipient(
                new Recipient(
                    null, Ref.byIdentifier(Identifier.of(ODS_URI, "RH8")), null, null, null))
            .ackRequest(new AckRequest(ResponseRequest.NEVER, ResponseRequest.NEVER))
            .correlation(new Correlation("3b1e3c52-6d2f-4f1a-9b7e-000000000004", null))
            .senderReference("None")
            .definition(
                "https://fhir.nhs.uk/STU3/MessageDefinition/ITK-Response-MessageDefinition-1")
            .build();
    Acknowledgement ack =
        new Acknowledgement(
            AckType.INFRASTRUCTURE,
            AckStatus.OK,
            Coding.of(CodeSystems.FHIR_RESPONSE_CODE, "ok"),
            List.of(
                new AckIssue(
                    "information",
                    "informational",
                    Concept.of(CodeSystems.ITK_RESPONSE_CODES, "20013", "Success"),
                    null,
                    List.of())),
            null);
    return Message.of(envelope, ack);
  }

  /**
   * The example of content of no message family: a FHIR {@code collection} Bundle holding the
   * patient and a QuestionnaireResponse, which the model carries verbatim.
   */
  public static Message collection() {
    Envelope envelope =
        Envelope.builder()
            .event(Coding.of(OtherContent.EVENT_SYSTEM, "collection"))
            .family(Family.OTHER)
            .bundle(
                new BundleInfo(
                    "3b1e3c52-6d2f-4f1a-9b7e-000000000009",
                    null,
                    null,
                    at("2026-11-23T09:40:00+00:00")))
            .build();
    RawElement questionnaireResponse =
        RawElement.resource(
            "QuestionnaireResponse",
            List.of(
                RawElement.text("id", "qr-1"),
                RawElement.text("status", "completed"),
                RawElement.complex(
                    "subject",
                    List.of(
                        RawElement.text(
                            "reference", "urn:uuid:3b1e3c52-6d2f-4f1a-9b7e-0000000000a1"))),
                RawElement.text("authored", "2026-11-23T09:35:00+00:00")));
    Entities content =
        Entities.builder().addOther(new OtherResource("qr-1", null, questionnaireResponse)).build();
    return Message.of(envelope, new OtherContent("collection", patient(), content));
  }
}
