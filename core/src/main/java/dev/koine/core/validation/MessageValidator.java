package dev.koine.core.validation;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.id.Identifier;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.Issues;
import dev.koine.core.issue.Severity;
import dev.koine.core.message.AckIssue;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.BundleEntry;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.model.Ref;
import dev.koine.core.model.Section;
import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a message against the rules of its standard family, independently of its wire format:
 * required parts, event codes and their payload, the BaRS header, the ITK3 handling specification,
 * the mandatory PRSB headings of Transfer of Care documents, identifiers (NHS number check digit,
 * ODS code format, identifier-system URIs), code hygiene, unresolved references, and patient data
 * in acknowledgements. Findings are {@link Issue}s located by their path in the model ({@code
 * envelope.recipients[0].type}); no message contains patient data.
 *
 * <p>Stateless and thread-safe. Bindings to value sets are checked by {@code koine-terminology};
 * profile declarations by the FHIR adapter.
 */
public final class MessageValidator {
  private static final MessageValidator INSTANCE = new MessageValidator();

  static final Set<String> BARS_EVENTS =
      Set.of(
          "servicerequest-request",
          "servicerequest-response",
          "booking-request",
          "booking-response");
  static final Set<String> BARS_REASONS = Set.of("new", "update", "delete");
  static final Set<String> ITK_EVENTS =
      Set.of(
          "ITK003D", "ITK004D", "ITK005D", "ITK006D", "ITK007C", "ITK008M", "ITK009D", "ITK010D",
          "ITK011M", "ITK012M", "ITK013D", "ITK014M");
  static final Set<String> NHS_MESSAGE_EVENTS =
      Set.of(
          "prescription-order",
          "prescription-order-update",
          "prescription-order-response",
          "dispense-notification",
          "dispense-notification-update",
          "unsolicited-observations",
          "laboratory-order",
          "patient-notification",
          "vaccinations",
          "document",
          "document-notification",
          "appointment",
          "referral",
          "notification",
          "encounter",
          "patient",
          "unsolicited-action");
  static final String PATHOLOGY_REPORT_SNOMED = "371528001";
  static final String GP_CONNECT_DEFINITION =
      "https://fhir.nhs.uk/STU3/MessageDefinition/ITK-GPConnectSendDocument-MessageDefinition-1";
  static final String GP_CONNECT_LOCAL_EXTENSION = "SendDocument-ConsultationReport";

  /**
   * Headings whose section slice has {@code min = 1} in the Composition profile
   * (CareConnect-ITK-*-Composition-1, profile set 1.0.1): an ERROR when absent.
   */
  static final Map<DocumentKind, Set<PrsbHeading>> PROFILE_MANDATORY =
      Map.of(
          DocumentKind.INPATIENT_DISCHARGE,
              EnumSet.of(
                  PrsbHeading.ALLERGIES_AND_ADVERSE_REACTIONS, PrsbHeading.PATIENT_DEMOGRAPHICS),
          DocumentKind.MENTAL_HEALTH_DISCHARGE,
              EnumSet.of(
                  PrsbHeading.ALLERGIES_AND_ADVERSE_REACTIONS, PrsbHeading.PATIENT_DEMOGRAPHICS),
          DocumentKind.EMERGENCY_CARE_DISCHARGE,
              EnumSet.of(
                  PrsbHeading.ALLERGIES_AND_ADVERSE_REACTIONS, PrsbHeading.PATIENT_DEMOGRAPHICS),
          DocumentKind.OUTPATIENT_LETTER,
              EnumSet.of(
                  PrsbHeading.ALLERGIES_AND_ADVERSE_REACTIONS, PrsbHeading.PATIENT_DEMOGRAPHICS));

  /**
   * Headings the eDischarge headings page lists as 1..1 Mandatory although the profile leaves them
   * optional: a WARNING when absent (the two sources disagree; see docs/validation.md).
   */
  static final Map<DocumentKind, Set<PrsbHeading>> HEADINGS_PAGE_MANDATORY =
      Map.of(
          DocumentKind.INPATIENT_DISCHARGE,
          EnumSet.of(
              PrsbHeading.CLINICAL_SUMMARY,
              PrsbHeading.DIAGNOSES,
              PrsbHeading.GP_PRACTICE,
              PrsbHeading.PERSON_COMPLETING_RECORD));

  private static final Pattern TEN_DIGITS = Pattern.compile("(?<!\\d)\\d{10}(?!\\d)");

  private MessageValidator() {}

  /** The validator (stateless). */
  public static MessageValidator instance() {
    return INSTANCE;
  }

  /** Every finding for this message, in the order checked. */
  public Issues validate(Message message) {
    return validate(message, null);
  }

  /**
   * Every finding for this message as read from (or to be written in) {@code format}: the rules
   * that only hold where the format can carry what they ask for are left out elsewhere. Today one:
   * the ITK3 handling specification is an STU3 extension with no place in FHIR R4, so an ITK3
   * message in R4 (a Transfer of Care document or an ITK008M response Koine wrote in R4) is not
   * asked for it.
   *
   * @param format the wire format, or null when unknown (every rule applies)
   */
  public Issues validate(Message message, WireFormat format) {
    Issues.Builder issues = Issues.builder();
    Envelope e = message.envelope();
    Payload payload = message.payload();
    checkEnvelope(e, issues);
    checkEventAndPayload(e, payload, issues);
    boolean r4 = format == WireFormat.FHIR_R4_JSON || format == WireFormat.FHIR_R4_XML;
    switch (e.family()) {
      case BARS -> checkBarsHeader(e, issues);
      case ITK3 -> {
        if (!r4) {
          checkItk3HandlingSpec(e, issues);
        }
      }
      default -> {
        // no family-specific header rules
      }
    }
    checkPatientPresent(e.family(), payload, issues);
    if (payload instanceof CareDocument document) {
      checkHeadings(document, issues);
    }
    if (payload instanceof Acknowledgement ack) {
      checkAckHasNoPatientData(ack, issues);
    }
    checkIdentifiersCodesAndReferences(message, issues);
    return issues.build();
  }

  private static void required(Object value, String path, String what, Issues.Builder issues) {
    if (value == null) {
      issues.add(IssueCode.REQUIRED_MISSING, path, what + " is required");
    }
  }

  private static boolean isFhir(Family family) {
    return family != Family.HL7V2;
  }

  private void checkEnvelope(Envelope e, Issues.Builder issues) {
    if (OtherContent.EVENT_SYSTEM.equals(e.event().system())) {
      return; // not a message: a standalone resource or a non-message Bundle has no header
    }
    required(e.messageId(), "envelope.messageId", "a message id", issues);
    if (isFhir(e.family())) {
      required(e.timestamp(), "envelope.timestamp", "the message timestamp", issues);
    }
    if (e.event().code() == null) {
      issues.add(IssueCode.REQUIRED_MISSING, "envelope.event.code", "the event code is required");
    }
  }

  private void checkEventAndPayload(Envelope e, Payload payload, Issues.Builder issues) {
    Coding event = e.event();
    String code = event.code();
    if (code == null) {
      return;
    }
    switch (e.family()) {
      case BARS -> {
        if (!CodeSystems.BARS_MESSAGE_EVENT.equals(event.system()) || !BARS_EVENTS.contains(code)) {
          issues.add(
              IssueCode.EVENT_UNKNOWN,
              "envelope.event",
              "BaRS events are servicerequest-request, servicerequest-response, booking-request or"
                  + " booking-response in "
                  + CodeSystems.BARS_MESSAGE_EVENT);
        } else {
          expectPayload(code, payload, barsPayload(code), issues);
        }
      }
      case ITK3 -> {
        if (!CodeSystems.ITK_MESSAGE_EVENT.equals(event.system()) || !ITK_EVENTS.contains(code)) {
          issues.add(
              IssueCode.EVENT_UNKNOWN,
              "envelope.event",
              "ITK3 events are ITK003D to ITK014M in " + CodeSystems.ITK_MESSAGE_EVENT);
        } else {
          expectPayload(code, payload, itkPayload(code), issues);
          DocumentKind.fromItkEvent(code)
              .ifPresent(
                  kind -> {
                    if (payload instanceof CareDocument d && d.kind() != kind) {
                      issues.add(
                          IssueCode.EVENT_PAYLOAD_MISMATCH,
                          "payload.kind",
                          "event " + code + " carries a " + kind + " document, not " + d.kind());
                    }
                  });
        }
      }
      case NHSE_PATHOLOGY -> {
        if (CodeSystems.SNOMED_CT.equals(event.system()) && PATHOLOGY_REPORT_SNOMED.equals(code)) {
          issues.add(
              new Issue(
                  Severity.INFORMATION,
                  IssueCode.EVENT_UNKNOWN,
                  "envelope.event",
                  "the older SNOMED CT 371528001 Pathology report convention; the R4 guide uses "
                      + CodeSystems.NHS_MESSAGE_EVENT));
          expectPayload(code, payload, LabReport.class, issues);
        } else if (!CodeSystems.NHS_MESSAGE_EVENT.equals(event.system())
            || !NHS_MESSAGE_EVENTS.contains(code)) {
          issues.add(
              IssueCode.EVENT_UNKNOWN,
              "envelope.event",
              "NHS England Pathology events come from " + CodeSystems.NHS_MESSAGE_EVENT);
        } else if (code.equals("laboratory-order")) {
          expectPayload(code, payload, LabOrder.class, issues);
        } else if (code.equals("unsolicited-observations")) {
          expectPayload(code, payload, LabReport.class, issues);
        }
      }
      default -> {
        // HL7 v2 and other families: the adapters check their own event tables
      }
    }
  }

  private static Class<? extends Payload> barsPayload(String code) {
    return switch (code) {
      case "servicerequest-request" -> Referral.class;
      case "servicerequest-response" -> ReferralResponse.class;
      default -> BookingRequest.class;
    };
  }

  private static Class<? extends Payload> itkPayload(String code) {
    return switch (code) {
      case "ITK003D", "ITK004D", "ITK005D", "ITK006D", "ITK007C", "ITK009D", "ITK010D", "ITK013D" ->
          CareDocument.class;
      case "ITK008M" -> Acknowledgement.class;
      case "ITK012M" -> LabReport.class;
      default -> null;
    };
  }

  private static void expectPayload(
      String event, Payload payload, Class<? extends Payload> expected, Issues.Builder issues) {
    if (expected != null && !expected.isInstance(payload)) {
      issues.add(
          IssueCode.EVENT_PAYLOAD_MISMATCH,
          "payload",
          "event "
              + event
              + " carries a "
              + expected.getSimpleName()
              + ", not a "
              + payload.typeName());
    }
  }

  private void checkBarsHeader(Envelope e, Issues.Builder issues) {
    if (e.sender() == null || e.sender().organisation() == null) {
      issues.add(IssueCode.BARS_HEADER, "envelope.sender", "BaRS requires MessageHeader.sender");
    }
    if (e.recipients().isEmpty()) {
      issues.add(
          IssueCode.BARS_HEADER, "envelope.recipients", "BaRS requires at least one destination");
    }
    for (int i = 0; i < e.recipients().size(); i++) {
      if (e.recipients().get(i).receiver() == null) {
        issues.add(
            IssueCode.BARS_HEADER,
            "envelope.recipients[" + i + "].receiver",
            "BaRS requires destination.receiver");
      }
    }
    Concept reason = e.reason();
    if (reason == null) {
      issues.add(IssueCode.BARS_HEADER, "envelope.reason", "BaRS requires MessageHeader.reason");
    } else if (reason.codings().stream()
        .noneMatch(
            c ->
                CodeSystems.BARS_MESSAGE_REASON.equals(c.system())
                    && BARS_REASONS.contains(c.code()))) {
      issues.add(
          IssueCode.BARS_HEADER,
          "envelope.reason",
          "BaRS reasons are new, update or delete in " + CodeSystems.BARS_MESSAGE_REASON);
    }
    if (e.definition() == null) {
      issues.add(
          IssueCode.BARS_HEADER, "envelope.definition", "BaRS requires MessageHeader.definition");
    }
  }

  private void checkItk3HandlingSpec(Envelope e, Issues.Builder issues) {
    String event = e.event().code();
    AckRequest ack = e.ackRequest();
    if (ack == null || ack.infrastructure() == null || ack.business() == null) {
      issues.add(
          IssueCode.ITK3_HANDLING_SPEC,
          "envelope.ackRequest",
          "the ITK3 handling specification needs InfAckRequested and BusAckRequested");
    } else {
      checkItkFlag(ack.infrastructure(), "envelope.ackRequest.infrastructure", issues);
      checkItkFlag(ack.business(), "envelope.ackRequest.business", issues);
      if ("ITK008M".equals(event)
          && (ack.infrastructure() != ResponseRequest.NEVER
              || ack.business() != ResponseRequest.NEVER)) {
        issues.add(
            IssueCode.ITK3_HANDLING_SPEC,
            "envelope.ackRequest",
            "an ITK008M response must not request acknowledgements");
      }
      if ("ITK007C".equals(event)
          && (ack.infrastructure() != ResponseRequest.ALWAYS
              || ack.business() != ResponseRequest.ALWAYS)) {
        issues.add(
            IssueCode.ITK3_HANDLING_SPEC,
            "envelope.ackRequest",
            "GP Connect Send Document requires BusAckRequested and InfAckRequested true");
      }
    }
    if (e.senderReference() == null) {
      issues.add(
          IssueCode.ITK3_HANDLING_SPEC,
          "envelope.senderReference",
          "the ITK3 handling specification needs SenderReference (\"None\" when unused)");
    } else if (e.senderReference().length() > 255) {
      issues.add(
          IssueCode.ITK3_HANDLING_SPEC,
          "envelope.senderReference",
          "SenderReference is at most 255 characters");
    }
    if (e.definition() == null) {
      issues.add(
          IssueCode.ITK3_HANDLING_SPEC,
          "envelope.definition",
          "the ITK3 handling specification needs MessageDefinition");
    }
    boolean needsRecipientType = !"ITK008M".equals(event);
    for (int i = 0; i < e.recipients().size(); i++) {
      Recipient r = e.recipients().get(i);
      if (needsRecipientType && r.type() == null) {
        issues.add(
            IssueCode.ITK3_HANDLING_SPEC,
            "envelope.recipients[" + i + "].type",
            "the ITK3 handling specification needs RecipientType FA or FI");
      }
    }
    if ("ITK007C".equals(event)) {
      if (!GP_CONNECT_DEFINITION.equals(e.definition())) {
        issues.add(
            IssueCode.ITK3_HANDLING_SPEC,
            "envelope.definition",
            "GP Connect Send Document uses MessageDefinition " + GP_CONNECT_DEFINITION);
      }
      if (!GP_CONNECT_LOCAL_EXTENSION.equals(e.localExtension())) {
        issues.add(
            IssueCode.ITK3_HANDLING_SPEC,
            "envelope.localExtension",
            "GP Connect Send Document uses LocalExtension " + GP_CONNECT_LOCAL_EXTENSION);
      }
    }
  }

  private static void checkItkFlag(ResponseRequest flag, String path, Issues.Builder issues) {
    if (flag != ResponseRequest.ALWAYS && flag != ResponseRequest.NEVER) {
      issues.add(
          IssueCode.ITK3_HANDLING_SPEC,
          path,
          "ITK3 acknowledgement flags are booleans (ALWAYS or NEVER), not " + flag);
    }
  }

  private void checkPatientPresent(Family family, Payload payload, Issues.Builder issues) {
    boolean missing =
        payload.accept(
            new Payload.Visitor<Boolean>() {
              @Override
              public Boolean referral(Referral p) {
                return p.patient() == null;
              }

              @Override
              public Boolean referralResponse(ReferralResponse p) {
                return false;
              }

              @Override
              public Boolean bookingRequest(BookingRequest p) {
                return p.patient() == null;
              }

              @Override
              public Boolean careDocument(CareDocument p) {
                return p.patient() == null;
              }

              @Override
              public Boolean labOrder(LabOrder p) {
                return p.patient() == null;
              }

              @Override
              public Boolean labReport(LabReport p) {
                return p.patient() == null;
              }

              @Override
              public Boolean patientEvent(PatientEvent p) {
                return false;
              }

              @Override
              public Boolean acknowledgement(Acknowledgement p) {
                return false;
              }

              @Override
              public Boolean otherContent(OtherContent p) {
                return false;
              }
            });
    if (missing) {
      issues.add(
          IssueCode.REQUIRED_MISSING,
          "payload.patient",
          "a " + payload.typeName() + " (" + family + ") must name its patient");
    }
  }

  private void checkHeadings(CareDocument document, Issues.Builder issues) {
    Set<String> present = new HashSet<>();
    collectHeadingCodes(document.composition().sections(), present);
    for (PrsbHeading h : PROFILE_MANDATORY.getOrDefault(document.kind(), Set.of())) {
      if (!present.contains(h.snomedCode())) {
        issues.add(
            IssueCode.PRSB_HEADING_MISSING,
            "payload.composition.sections",
            String.format(
                Locale.ROOT,
                "a %s needs the mandatory PRSB heading %s (%s)",
                document.kind(),
                h.display(),
                h.snomedCode()));
      }
    }
    for (PrsbHeading h : HEADINGS_PAGE_MANDATORY.getOrDefault(document.kind(), Set.of())) {
      if (!present.contains(h.snomedCode())) {
        issues.add(
            new Issue(
                Severity.WARNING,
                IssueCode.PRSB_HEADING_MISSING,
                "payload.composition.sections",
                String.format(
                    Locale.ROOT,
                    "the Transfer of Care headings page lists %s (%s) as mandatory for a %s",
                    h.display(),
                    h.snomedCode(),
                    document.kind())));
      }
    }
  }

  private static void collectHeadingCodes(List<Section> sections, Set<String> into) {
    for (Section s : sections) {
      if (s.code() != null) {
        s.code().codings().stream().filter(c -> c.code() != null).forEach(c -> into.add(c.code()));
      }
      collectHeadingCodes(s.sections(), into);
    }
  }

  private void checkAckHasNoPatientData(Acknowledgement ack, Issues.Builder issues) {
    for (int i = 0; i < ack.issues().size(); i++) {
      AckIssue issue = ack.issues().get(i);
      if (containsNhsNumber(issue.diagnostics())) {
        issues.add(
            IssueCode.ACK_PATIENT_DATA,
            "payload.issues[" + i + "].diagnostics",
            "a response must not contain patient-identifiable data (an NHS number was found)");
      }
    }
    if (containsNhsNumber(ack.text())) {
      issues.add(
          IssueCode.ACK_PATIENT_DATA,
          "payload.text",
          "a response must not contain patient-identifiable data (an NHS number was found)");
    }
  }

  private static boolean containsNhsNumber(String text) {
    if (text == null) {
      return false;
    }
    Matcher m = TEN_DIGITS.matcher(text);
    while (m.find()) {
      if (IdentifierChecks.isValidNhsNumber(m.group())) {
        return true;
      }
    }
    return false;
  }

  private static final String UUID_PREFIX = "urn:uuid:";

  private void checkIdentifiersCodesAndReferences(Message message, Issues.Builder issues) {
    Set<String> ids = new HashSet<>();
    Correlation correlation = message.envelope().correlation();
    if (message.payload() instanceof Acknowledgement
        && correlation != null
        && correlation.details() != null
        && correlation.details().target() != null) {
      // an acknowledgement's response details name its own OperationOutcome: the payload itself
      ids.add(correlation.details().target());
    }
    ModelWalker.walk(
        message,
        "",
        (value, path) -> {
          String id = entityId(value);
          if (id != null) {
            ids.add(id);
          }
          // FHIR resolves urn:uuid:x against the entries' fullUrl: an entry whose fullUrl is not
          // urn:uuid:<its id> (common in BaRS messages) is the target of x as well
          if (value instanceof BundleEntry e
              && e.fullUrl() != null
              && e.fullUrl().startsWith(UUID_PREFIX)
              && e.fullUrl().length() > UUID_PREFIX.length()) {
            ids.add(e.fullUrl().substring(UUID_PREFIX.length()));
          }
        });
    ModelWalker.walk(
        message,
        "",
        (value, path) -> {
          if (value instanceof Identifier identifier) {
            IdentifierChecks.check(identifier, path, issues);
          } else if (value instanceof Coding coding) {
            IdentifierChecks.check(coding, path, issues);
          } else if (value instanceof Ref ref && ref.target() != null) {
            String target = ref.target();
            boolean local = target.indexOf(':') < 0 && target.indexOf('/') < 0;
            if (local && !ids.contains(target)) {
              issues.add(
                  IssueCode.REFERENCE_UNRESOLVED,
                  path + ".target",
                  "no entity with this id in the message");
            }
          }
        });
  }

  /** The {@code id} component of an entity record, or null. */
  private static String entityId(Record value) {
    for (RecordComponent c : value.getClass().getRecordComponents()) {
      if (c.getName().equals("id") && c.getType() == String.class) {
        try {
          return (String) c.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(
              "cannot read id of " + value.getClass().getSimpleName(), e);
        }
      }
    }
    return null;
  }
}
