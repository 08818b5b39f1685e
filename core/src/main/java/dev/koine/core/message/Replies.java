package dev.koine.core.message;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Organisation;
import dev.koine.core.model.Ref;
import dev.koine.core.time.PartialDateTime;
import java.util.List;
import java.util.Map;

/**
 * Builds the acknowledgement a message's standard expects: ITK3 ITK008M (NHS-STANDARDS.md §1.1:
 * response codes 10001..30025, at most one code, both flags false), the R4 Acknowledgement
 * Framework and BaRS (response.code + OperationOutcome, §1.3, §1.6), HL7 v2 ACK (MSA-1 AA/AE/AR, or
 * CA/CE/CR in enhanced mode, MSA-2 = MSH-10). Replies never carry patient data: only ids, codes and
 * the organisations from the envelope. Stateless and thread-safe.
 */
public final class Replies {
  private Replies() {}

  /** ITK3 infrastructure success. */
  public static final String ITK_SUCCESS = "20013";

  /** ITK3 payload validation failure, the default negative infrastructure code. */
  public static final String ITK_PAYLOAD_INVALID = "20009";

  /** ITK3 business "patient known here", the default positive business code. */
  public static final String ITK_PATIENT_KNOWN = "30001";

  private static final Map<String, String> ITK_DISPLAYS =
      Map.ofEntries(
          Map.entry("10001", "Handling Specification Error"),
          Map.entry("10009", "Message unreadable"),
          Map.entry("20001", "Unrecognised recipient person"),
          Map.entry("20002", "Unrecognised recipient organisation"),
          Map.entry("20003", "Unrecognised sender"),
          Map.entry("20006", "ITK3 header validation failure"),
          Map.entry("20007", "Duplicate message"),
          Map.entry("20008", "Duplicate document"),
          Map.entry("20009", "Payload validation failure"),
          Map.entry("20012", "Unauthorised sender"),
          Map.entry("20013", "Success"),
          Map.entry("20015", "Message too large"),
          Map.entry("30001", "Patient known here"),
          Map.entry("30002", "Patient not known here"),
          Map.entry("30003", "Patient no longer at this setting"),
          Map.entry("30004", "Patient recently deceased"));

  /**
   * What the receiver decided.
   *
   * @param ok true for a positive reply
   * @param code a standard-specific code (ITK3 10001..30025, BaRS http-error-code, FHIR issue type
   *     or HL7 v2 error code), or null for the default of the outcome
   * @param text a short explanation without patient data, or null
   */
  public record Outcome(boolean ok, String code, String text) {
    public Outcome {
      Checks.optionalText(code, "code");
      Checks.optionalText(text, "text");
    }

    /** A positive outcome with the standard's default code. */
    public static Outcome accepted() {
      return new Outcome(true, null, null);
    }

    /** A negative outcome with the standard's default code. */
    public static Outcome rejected() {
      return new Outcome(false, null, null);
    }
  }

  /**
   * The reply to {@code inbound}.
   *
   * @param inbound the message being acknowledged
   * @param outcome what the receiver decided
   * @param messageId the reply's own message id
   * @param timestamp when the reply is sent
   */
  public static Message reply(
      Message inbound, Outcome outcome, String messageId, PartialDateTime timestamp) {
    Checks.notNull(inbound, "inbound");
    Checks.notNull(outcome, "outcome");
    Checks.notBlank(messageId, "messageId");
    Envelope in = inbound.envelope();
    Checks.require(
        !OtherContent.EVENT_SYSTEM.equals(in.event().system()),
        "not a message (a standalone resource or a non-message Bundle): nothing to acknowledge");
    Envelope.Builder env =
        Envelope.builder()
            .messageId(messageId)
            .timestamp(timestamp)
            .family(in.family())
            .standardVersion(in.standardVersion())
            .correlation(new Correlation(in.messageId(), null))
            .extras(Extras.NONE);
    Entities entities = inbound.payload().entities();
    if (!in.recipients().isEmpty() && in.recipients().get(0).receiver() != null) {
      Recipient first = in.recipients().get(0);
      env.sender(new Party(portable(first.receiver(), entities), null, first.endpoint()));
    }
    if (in.sender() != null && in.sender().organisation() != null) {
      env.addRecipient(
          new Recipient(
              null,
              portable(in.sender().organisation(), entities),
              null,
              in.sender().endpoint(),
              null));
    }
    Acknowledgement ack;
    switch (in.family()) {
      case ITK3 -> {
        String code = outcome.code() != null ? outcome.code() : defaultItkCode(in, outcome.ok());
        boolean business = code.startsWith("3");
        env.event(Coding.of(CodeSystems.ITK_MESSAGE_EVENT, "ITK008M", "ITK Response"))
            .ackRequest(new AckRequest(ResponseRequest.NEVER, ResponseRequest.NEVER))
            .senderReference("None")
            .definition(
                "https://fhir.nhs.uk/STU3/MessageDefinition/ITK-Response-MessageDefinition-1");
        ack =
            fhirAck(
                business ? AckType.BUSINESS : AckType.INFRASTRUCTURE,
                outcome,
                Concept.of(CodeSystems.ITK_RESPONSE_CODES, code, ITK_DISPLAYS.get(code)),
                outcome.ok() ? "informational" : "processing");
      }
      case HL7V2 -> {
        boolean enhanced = in.ackRequest() != null && in.ackRequest().infrastructure() != null;
        String msa = (enhanced ? "C" : "A") + (outcome.ok() ? "A" : "E");
        String trigger = in.event().code() == null ? "" : in.event().code();
        if (CodeSystems.V2_MESSAGE_TYPE.equals(in.event().system())) {
          // a message carried as other content has the event type^trigger (table 0076): the ACK
          // names the trigger only (MSH-9 ACK^V04, not ACK^VXU\S\V04); with no trigger, ACK alone
          int caret = trigger.indexOf('^');
          trigger = caret < 0 ? "" : trigger.substring(caret + 1);
        }
        env.event(Coding.of(CodeSystems.V2_EVENT_TYPE, trigger.isEmpty() ? "ACK" : trigger))
            .processingId(in.processingId());
        ack =
            new Acknowledgement(
                enhanced ? AckType.INFRASTRUCTURE : AckType.BUSINESS,
                outcome.ok() ? AckStatus.OK : AckStatus.FATAL_ERROR,
                Coding.of(CodeSystems.V2_ACK_CODE, msa),
                outcome.ok() || outcome.code() == null
                    ? List.of()
                    : List.of(
                        new AckIssue(
                            "error",
                            null,
                            Concept.of(CodeSystems.V2_ERROR_CODE, outcome.code(), null),
                            null,
                            List.of())),
                outcome.text());
      }
      case BARS -> {
        env.event(in.event()).definition(in.definition());
        Concept details =
            outcome.code() == null
                ? null
                : Concept.of(CodeSystems.BARS_HTTP_ERROR_CODES, outcome.code(), null);
        ack =
            fhirAck(
                AckType.BUSINESS, outcome, details, outcome.ok() ? "informational" : "processing");
      }
      default -> {
        env.event(in.event()).definition(in.definition());
        String issueType =
            outcome.code() != null ? outcome.code() : outcome.ok() ? "informational" : "processing";
        ack = fhirAck(AckType.BUSINESS, outcome, null, issueType);
      }
    }
    return Message.of(env.build(), ack);
  }

  /**
   * A reply carries no entities, so a reference to an organisation of the inbound message becomes a
   * logical reference by its first identifier (an ODS code), with its name as display.
   */
  private static Ref portable(Ref ref, Entities entities) {
    if (ref.target() == null || entities == null) {
      return ref;
    }
    for (Organisation o : entities.organisations()) {
      if (ref.target().equals(o.id()) && !o.identifiers().isEmpty()) {
        return new Ref(null, "Organization", o.identifiers().get(0), o.name());
      }
    }
    return ref;
  }

  private static String defaultItkCode(Envelope in, boolean ok) {
    boolean infraRequested =
        in.ackRequest() == null || in.ackRequest().infrastructure() != ResponseRequest.NEVER;
    if (ok) {
      return infraRequested ? ITK_SUCCESS : ITK_PATIENT_KNOWN;
    }
    return ITK_PAYLOAD_INVALID;
  }

  private static Acknowledgement fhirAck(
      AckType type, Outcome outcome, Concept details, String issueType) {
    AckStatus status = outcome.ok() ? AckStatus.OK : AckStatus.FATAL_ERROR;
    AckIssue issue =
        new AckIssue(
            outcome.ok() ? "information" : "error", issueType, details, outcome.text(), List.of());
    return new Acknowledgement(
        type,
        status,
        Coding.of(CodeSystems.FHIR_RESPONSE_CODE, status.fhirCode()),
        List.of(issue),
        null);
  }
}
