package dev.koine.core.message;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The envelope of a message: FHIR MessageHeader + Bundle header, ITK3 handling specification, HL7
 * v2 MSH/EVN.
 *
 * @param messageId message id (MessageHeader id / ITK3 bundle id / MSH-10)
 * @param event the event (BaRS, NHS England message-event, ITK3 ITK003D..., v2 MSH-9 type^trigger)
 * @param timestamp when the message was created (Bundle.timestamp / MessageHeader.timestamp /
 *     MSH-7), or null
 * @param family the standard family it follows
 * @param standardVersion wire version (v2 MSH-12 "2.4"; FHIR "4.0.1"/"3.0.2"), or null
 * @param sender the sending organisation/person (MessageHeader.sender, MSH-4), or null
 * @param source the sending system (MessageHeader.source, MSH-3), or null
 * @param recipients recipients, each with its action or information type
 * @param enterer STU3/R4 MessageHeader.enterer, or null
 * @param author MessageHeader.author, or null
 * @param responsible MessageHeader.responsible, or null
 * @param reason reason (MessageHeader.reason, a CodeableConcept: BaRS message-reason new, update,
 *     delete; v2 EVN-4), or null
 * @param ackRequest acknowledgements requested (ITK3 InfAck/BusAck, R4 response-request, v2
 *     MSH-15/16), or null
 * @param senderReference ITK3 SenderReference, or null
 * @param localExtension ITK3 LocalExtension, or null
 * @param definition MessageDefinition URL (ITK3 handling spec / R4 MessageHeader.definition), or
 *     null
 * @param correlation link to a previous message, or null
 * @param processingId v2 MSH-11 processing id (P, T, D), or null
 * @param messageProfiles v2 MSH-21 message profiles (ITK: iTKv1.0)
 * @param bundle the outer Bundle's own id, identifier and meta, or null
 * @param extras header meta and extensions with no typed home
 */
public record Envelope(
    String messageId,
    Coding event,
    PartialDateTime timestamp,
    Family family,
    String standardVersion,
    Party sender,
    Source source,
    List<Recipient> recipients,
    Ref enterer,
    Ref author,
    Ref responsible,
    Concept reason,
    AckRequest ackRequest,
    String senderReference,
    String localExtension,
    String definition,
    Correlation correlation,
    String processingId,
    List<String> messageProfiles,
    BundleInfo bundle,
    Extras extras) {

  /**
   * The URL of the envelope extension that carries HL7 v2 content with no typed home in the model,
   * verbatim, so that a v2 message read and written back loses nothing: one extension per element,
   * at the highest level of which the v2 mapping read nothing (a whole segment, a field, a
   * repetition, a component or a sub-component), with the sub-extensions {@code location} (the v2
   * path, {@code IN1[2]}, {@code PID-10}, {@code PID-3[1].4}), {@code er7} (the element's ER7 text
   * with the default delimiters {@code |^~\&}) and, for a segment, {@code after} (the path of the
   * segment it followed). The HL7 v2 codec writes it back where it was; a FHIR encoding leaves it
   * out and reports each as a loss (raw v2 text is not FHIR).
   */
  public static final String HL7V2_VERBATIM =
      "https://koine.dev/fhir/StructureDefinition/hl7v2-verbatim";

  /**
   * The URL of the envelope extension that carries FHIR content a typed mapping did not read,
   * verbatim, so that a FHIR message read and written back in the same version loses nothing: one
   * extension per element, at the highest level of which the mapping read nothing (a whole element
   * such as {@code address[0].extension[1]} or {@code photo[0]}, or a single primitive), in
   * document order, with the sub-extensions:
   *
   * <ul>
   *   <li>{@code version}: the FHIR version it was read in, {@code R4} or {@code STU3};
   *   <li>{@code resource}: where it was, by an anchor that survives re-encoding: for content in a
   *       {@code Bundle.entry}, the entry's {@code fullUrl} (when the decode read it), else its
   *       resource's {@code Type/id}, else {@code Type#n} (the n-th entry, from 1, of that resource
   *       type with neither), else the entry by its index ({@code Bundle.entry[3]}); for content of
   *       the root resource itself, the root's resource type ({@code Bundle}, {@code Patient});
   *   <li>{@code location}: its path from the anchor, FHIRPath-like with 0-based indexes on
   *       repeating elements ({@code resource.address[0].extension[1]} from an entry, {@code
   *       photo[0]} from a root Patient);
   *   <li>{@code json}: the element as FHIR JSON, a JSON object holding just that element as its
   *       parent would ({@code {"extension":[{"url":"...","valueString":"..."}]}}; a primitive with
   *       its {@code _name} id and extensions), the same whether it was read from JSON or XML,
   *       values exact (a decimal keeps its digits).
   * </ul>
   *
   * The FHIR codec writes each back at its place when it writes the same version, and reports a
   * loss where that place is not in its output; writing another FHIR version, or HL7 v2, leaves
   * them out and reports each as a loss.
   */
  public static final String FHIR_VERBATIM =
      "https://koine.dev/fhir/StructureDefinition/fhir-verbatim";

  /**
   * A {@link #FHIR_VERBATIM} extension in the form described there: FHIR content carried verbatim,
   * with its sub-extensions {@code version}, {@code resource}, {@code location} and {@code json}.
   */
  public static Extension fhirVerbatim(
      String version, String resource, String location, String json) {
    return Extension.complex(
        FHIR_VERBATIM,
        List.of(
            Extension.of("version", new Value.Primitive("string", version)),
            Extension.of("resource", new Value.Primitive("string", resource)),
            Extension.of("location", new Value.Primitive("string", location)),
            Extension.of("json", new Value.Primitive("string", json))));
  }

  public Envelope {
    Checks.optionalText(messageId, "messageId");
    Checks.optionalText(standardVersion, "standardVersion");
    recipients = Checks.list(recipients, "recipients");
    Checks.optionalText(senderReference, "senderReference");
    Checks.optionalText(localExtension, "localExtension");
    Checks.optionalText(definition, "definition");
    Checks.optionalText(processingId, "processingId");
    messageProfiles = Checks.list(messageProfiles, "messageProfiles");
    extras = extras == null ? Extras.NONE : extras;
    Checks.notNull(event, "event");
    Checks.notNull(family, "family");
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.messageId = messageId;
    b.event = event;
    b.timestamp = timestamp;
    b.family = family;
    b.standardVersion = standardVersion;
    b.sender = sender;
    b.source = source;
    b.recipients = new ArrayList<>(recipients);
    b.enterer = enterer;
    b.author = author;
    b.responsible = responsible;
    b.reason = reason;
    b.ackRequest = ackRequest;
    b.senderReference = senderReference;
    b.localExtension = localExtension;
    b.definition = definition;
    b.correlation = correlation;
    b.processingId = processingId;
    b.messageProfiles = new ArrayList<>(messageProfiles);
    b.bundle = bundle;
    b.extras = extras;
    return b;
  }

  /** Builds a {@link Envelope}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private String messageId;
    private Coding event;
    private PartialDateTime timestamp;
    private Family family;
    private String standardVersion;
    private Party sender;
    private Source source;
    private List<Recipient> recipients = new ArrayList<>();
    private Ref enterer;
    private Ref author;
    private Ref responsible;
    private Concept reason;
    private AckRequest ackRequest;
    private String senderReference;
    private String localExtension;
    private String definition;
    private Correlation correlation;
    private String processingId;
    private List<String> messageProfiles = new ArrayList<>();
    private BundleInfo bundle;
    private Extras extras = Extras.NONE;

    private Builder() {}

    /** Sets the messageId. */
    public Builder messageId(String value) {
      this.messageId = value;
      return this;
    }

    /** Sets the event. */
    public Builder event(Coding value) {
      this.event = value;
      return this;
    }

    /** Sets the timestamp. */
    public Builder timestamp(PartialDateTime value) {
      this.timestamp = value;
      return this;
    }

    /** Sets the family. */
    public Builder family(Family value) {
      this.family = value;
      return this;
    }

    /** Sets the standardVersion. */
    public Builder standardVersion(String value) {
      this.standardVersion = value;
      return this;
    }

    /** Sets the sender. */
    public Builder sender(Party value) {
      this.sender = value;
      return this;
    }

    /** Sets the source. */
    public Builder source(Source value) {
      this.source = value;
      return this;
    }

    /** Replaces the recipients. */
    public Builder recipients(List<Recipient> values) {
      this.recipients = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the recipients. */
    public Builder addRecipient(Recipient value) {
      this.recipients.add(Checks.notNull(value, "recipients"));
      return this;
    }

    /** Sets the enterer. */
    public Builder enterer(Ref value) {
      this.enterer = value;
      return this;
    }

    /** Sets the author. */
    public Builder author(Ref value) {
      this.author = value;
      return this;
    }

    /** Sets the responsible. */
    public Builder responsible(Ref value) {
      this.responsible = value;
      return this;
    }

    /** Sets the reason. */
    public Builder reason(Concept value) {
      this.reason = value;
      return this;
    }

    /** Sets the reason to this one coding (null: none). */
    public Builder reason(Coding value) {
      this.reason = value == null ? null : Concept.of(value);
      return this;
    }

    /** Sets the ackRequest. */
    public Builder ackRequest(AckRequest value) {
      this.ackRequest = value;
      return this;
    }

    /** Sets the senderReference. */
    public Builder senderReference(String value) {
      this.senderReference = value;
      return this;
    }

    /** Sets the localExtension. */
    public Builder localExtension(String value) {
      this.localExtension = value;
      return this;
    }

    /** Sets the definition. */
    public Builder definition(String value) {
      this.definition = value;
      return this;
    }

    /** Sets the correlation. */
    public Builder correlation(Correlation value) {
      this.correlation = value;
      return this;
    }

    /** Sets the processingId. */
    public Builder processingId(String value) {
      this.processingId = value;
      return this;
    }

    /** Replaces the messageProfiles. */
    public Builder messageProfiles(List<String> values) {
      this.messageProfiles = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the messageProfiles. */
    public Builder addMessageProfile(String value) {
      this.messageProfiles.add(Checks.notNull(value, "messageProfiles"));
      return this;
    }

    /** Sets the bundle. */
    public Builder bundle(BundleInfo value) {
      this.bundle = value;
      return this;
    }

    /** Sets the extras. */
    public Builder extras(Extras value) {
      this.extras = value;
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public Envelope build() {
      return new Envelope(
          messageId,
          event,
          timestamp,
          family,
          standardVersion,
          sender,
          source,
          recipients,
          enterer,
          author,
          responsible,
          reason,
          ackRequest,
          senderReference,
          localExtension,
          definition,
          correlation,
          processingId,
          messageProfiles,
          bundle,
          extras);
    }
  }
}
