package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A request for a service: a BaRS referral or validation request (ServiceRequest), a lab order (NHS
 * England ServiceRequest-Lab, STU3 ProcedureRequest/ReferralRequest, v2 ORC/OBR, RF1).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param basedOn plans or requests it fulfils
 * @param replaces requests it replaces
 * @param requisition composite request id (group identifier), or null
 * @param status status, or null
 * @param intent intent (plan, order, proposal ...), or null
 * @param categories categories (BaRS use case)
 * @param priority priority (routine, urgent, asap, stat), or null
 * @param doNotPerform do-not-perform flag, or null
 * @param code what is requested, or null
 * @param orderDetails order details
 * @param subject the patient, or null
 * @param encounter encounter, or null
 * @param occurrence when (dateTime, period or timing text), or null
 * @param authoredOn authored on, or null
 * @param requester requester, or null
 * @param requesterOnBehalfOf STU3 requester.onBehalfOf, or null
 * @param performerType performer type, or null
 * @param performers performers (the target service)
 * @param locations locations
 * @param reasonCodes reasons
 * @param reasonReferences reason references
 * @param supportingInfo supporting information
 * @param specimens specimens
 * @param bodySites body sites
 * @param notes notes
 * @param patientInstruction patient instruction, or null
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record ServiceRequest(
    String id,
    List<Identifier> identifiers,
    List<Ref> basedOn,
    List<Ref> replaces,
    Identifier requisition,
    String status,
    String intent,
    List<Concept> categories,
    String priority,
    Boolean doNotPerform,
    Concept code,
    List<Concept> orderDetails,
    Ref subject,
    Ref encounter,
    Value occurrence,
    PartialDateTime authoredOn,
    Ref requester,
    Ref requesterOnBehalfOf,
    Concept performerType,
    List<Ref> performers,
    List<Ref> locations,
    List<Concept> reasonCodes,
    List<Ref> reasonReferences,
    List<Ref> supportingInfo,
    List<Ref> specimens,
    List<Concept> bodySites,
    List<Note> notes,
    String patientInstruction,
    Extras extras) {
  public ServiceRequest {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    basedOn = Checks.list(basedOn, "basedOn");
    replaces = Checks.list(replaces, "replaces");
    Checks.optionalText(status, "status");
    Checks.optionalText(intent, "intent");
    categories = Checks.list(categories, "categories");
    Checks.optionalText(priority, "priority");
    orderDetails = Checks.list(orderDetails, "orderDetails");
    performers = Checks.list(performers, "performers");
    locations = Checks.list(locations, "locations");
    reasonCodes = Checks.list(reasonCodes, "reasonCodes");
    reasonReferences = Checks.list(reasonReferences, "reasonReferences");
    supportingInfo = Checks.list(supportingInfo, "supportingInfo");
    specimens = Checks.list(specimens, "specimens");
    bodySites = Checks.list(bodySites, "bodySites");
    notes = Checks.list(notes, "notes");
    Checks.optionalText(patientInstruction, "patientInstruction");
    extras = extras == null ? Extras.NONE : extras;
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.identifiers = new ArrayList<>(identifiers);
    b.basedOn = new ArrayList<>(basedOn);
    b.replaces = new ArrayList<>(replaces);
    b.requisition = requisition;
    b.status = status;
    b.intent = intent;
    b.categories = new ArrayList<>(categories);
    b.priority = priority;
    b.doNotPerform = doNotPerform;
    b.code = code;
    b.orderDetails = new ArrayList<>(orderDetails);
    b.subject = subject;
    b.encounter = encounter;
    b.occurrence = occurrence;
    b.authoredOn = authoredOn;
    b.requester = requester;
    b.requesterOnBehalfOf = requesterOnBehalfOf;
    b.performerType = performerType;
    b.performers = new ArrayList<>(performers);
    b.locations = new ArrayList<>(locations);
    b.reasonCodes = new ArrayList<>(reasonCodes);
    b.reasonReferences = new ArrayList<>(reasonReferences);
    b.supportingInfo = new ArrayList<>(supportingInfo);
    b.specimens = new ArrayList<>(specimens);
    b.bodySites = new ArrayList<>(bodySites);
    b.notes = new ArrayList<>(notes);
    b.patientInstruction = patientInstruction;
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ServiceRequest[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (!basedOn.isEmpty()) {
      s.append("basedOn=").append(basedOn.size()).append(", ");
    }
    if (!replaces.isEmpty()) {
      s.append("replaces=").append(replaces.size()).append(", ");
    }
    if (requisition != null) {
      s.append("requisition, ");
    }
    if (status != null) {
      s.append("status, ");
    }
    if (intent != null) {
      s.append("intent, ");
    }
    if (!categories.isEmpty()) {
      s.append("categories=").append(categories.size()).append(", ");
    }
    if (priority != null) {
      s.append("priority, ");
    }
    if (doNotPerform != null) {
      s.append("doNotPerform=").append(doNotPerform).append(", ");
    }
    if (code != null) {
      s.append("code, ");
    }
    if (!orderDetails.isEmpty()) {
      s.append("orderDetails=").append(orderDetails.size()).append(", ");
    }
    if (subject != null) {
      s.append("subject, ");
    }
    if (encounter != null) {
      s.append("encounter, ");
    }
    if (occurrence != null) {
      s.append("occurrence, ");
    }
    if (authoredOn != null) {
      s.append("authoredOn, ");
    }
    if (requester != null) {
      s.append("requester, ");
    }
    if (requesterOnBehalfOf != null) {
      s.append("requesterOnBehalfOf, ");
    }
    if (performerType != null) {
      s.append("performerType, ");
    }
    if (!performers.isEmpty()) {
      s.append("performers=").append(performers.size()).append(", ");
    }
    if (!locations.isEmpty()) {
      s.append("locations=").append(locations.size()).append(", ");
    }
    if (!reasonCodes.isEmpty()) {
      s.append("reasonCodes=").append(reasonCodes.size()).append(", ");
    }
    if (!reasonReferences.isEmpty()) {
      s.append("reasonReferences=").append(reasonReferences.size()).append(", ");
    }
    if (!supportingInfo.isEmpty()) {
      s.append("supportingInfo=").append(supportingInfo.size()).append(", ");
    }
    if (!specimens.isEmpty()) {
      s.append("specimens=").append(specimens.size()).append(", ");
    }
    if (!bodySites.isEmpty()) {
      s.append("bodySites=").append(bodySites.size()).append(", ");
    }
    if (!notes.isEmpty()) {
      s.append("notes=").append(notes.size()).append(", ");
    }
    if (patientInstruction != null) {
      s.append("patientInstruction, ");
    }
    if (!extras.isEmpty()) {
      s.append("extras, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /**
   * Builds a {@link ServiceRequest}; validation happens in the record's constructor. Not
   * thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private List<Ref> basedOn = new ArrayList<>();
    private List<Ref> replaces = new ArrayList<>();
    private Identifier requisition;
    private String status;
    private String intent;
    private List<Concept> categories = new ArrayList<>();
    private String priority;
    private Boolean doNotPerform;
    private Concept code;
    private List<Concept> orderDetails = new ArrayList<>();
    private Ref subject;
    private Ref encounter;
    private Value occurrence;
    private PartialDateTime authoredOn;
    private Ref requester;
    private Ref requesterOnBehalfOf;
    private Concept performerType;
    private List<Ref> performers = new ArrayList<>();
    private List<Ref> locations = new ArrayList<>();
    private List<Concept> reasonCodes = new ArrayList<>();
    private List<Ref> reasonReferences = new ArrayList<>();
    private List<Ref> supportingInfo = new ArrayList<>();
    private List<Ref> specimens = new ArrayList<>();
    private List<Concept> bodySites = new ArrayList<>();
    private List<Note> notes = new ArrayList<>();
    private String patientInstruction;
    private Extras extras = Extras.NONE;

    private Builder() {}

    /** Sets the id. */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** Replaces the identifiers. */
    public Builder identifiers(List<Identifier> values) {
      this.identifiers = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the identifiers. */
    public Builder addIdentifier(Identifier value) {
      this.identifiers.add(Checks.notNull(value, "identifiers"));
      return this;
    }

    /** Replaces the basedOn. */
    public Builder basedOn(List<Ref> values) {
      this.basedOn = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the basedOn. */
    public Builder addBasedOn(Ref value) {
      this.basedOn.add(Checks.notNull(value, "basedOn"));
      return this;
    }

    /** Replaces the replaces. */
    public Builder replaces(List<Ref> values) {
      this.replaces = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the replaces. */
    public Builder addReplaces(Ref value) {
      this.replaces.add(Checks.notNull(value, "replaces"));
      return this;
    }

    /** Sets the requisition. */
    public Builder requisition(Identifier value) {
      this.requisition = value;
      return this;
    }

    /** Sets the status. */
    public Builder status(String value) {
      this.status = value;
      return this;
    }

    /** Sets the intent. */
    public Builder intent(String value) {
      this.intent = value;
      return this;
    }

    /** Replaces the categories. */
    public Builder categories(List<Concept> values) {
      this.categories = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the categories. */
    public Builder addCategory(Concept value) {
      this.categories.add(Checks.notNull(value, "categories"));
      return this;
    }

    /** Sets the priority. */
    public Builder priority(String value) {
      this.priority = value;
      return this;
    }

    /** Sets the doNotPerform. */
    public Builder doNotPerform(Boolean value) {
      this.doNotPerform = value;
      return this;
    }

    /** Sets the code. */
    public Builder code(Concept value) {
      this.code = value;
      return this;
    }

    /** Replaces the orderDetails. */
    public Builder orderDetails(List<Concept> values) {
      this.orderDetails = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the orderDetails. */
    public Builder addOrderDetail(Concept value) {
      this.orderDetails.add(Checks.notNull(value, "orderDetails"));
      return this;
    }

    /** Sets the subject. */
    public Builder subject(Ref value) {
      this.subject = value;
      return this;
    }

    /** Sets the encounter. */
    public Builder encounter(Ref value) {
      this.encounter = value;
      return this;
    }

    /** Sets the occurrence. */
    public Builder occurrence(Value value) {
      this.occurrence = value;
      return this;
    }

    /** Sets the authoredOn. */
    public Builder authoredOn(PartialDateTime value) {
      this.authoredOn = value;
      return this;
    }

    /** Sets the requester. */
    public Builder requester(Ref value) {
      this.requester = value;
      return this;
    }

    /** Sets the requesterOnBehalfOf. */
    public Builder requesterOnBehalfOf(Ref value) {
      this.requesterOnBehalfOf = value;
      return this;
    }

    /** Sets the performerType. */
    public Builder performerType(Concept value) {
      this.performerType = value;
      return this;
    }

    /** Replaces the performers. */
    public Builder performers(List<Ref> values) {
      this.performers = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the performers. */
    public Builder addPerformer(Ref value) {
      this.performers.add(Checks.notNull(value, "performers"));
      return this;
    }

    /** Replaces the locations. */
    public Builder locations(List<Ref> values) {
      this.locations = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the locations. */
    public Builder addLocation(Ref value) {
      this.locations.add(Checks.notNull(value, "locations"));
      return this;
    }

    /** Replaces the reasonCodes. */
    public Builder reasonCodes(List<Concept> values) {
      this.reasonCodes = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the reasonCodes. */
    public Builder addReasonCode(Concept value) {
      this.reasonCodes.add(Checks.notNull(value, "reasonCodes"));
      return this;
    }

    /** Replaces the reasonReferences. */
    public Builder reasonReferences(List<Ref> values) {
      this.reasonReferences = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the reasonReferences. */
    public Builder addReasonReference(Ref value) {
      this.reasonReferences.add(Checks.notNull(value, "reasonReferences"));
      return this;
    }

    /** Replaces the supportingInfo. */
    public Builder supportingInfo(List<Ref> values) {
      this.supportingInfo = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the supportingInfo. */
    public Builder addSupportingInfo(Ref value) {
      this.supportingInfo.add(Checks.notNull(value, "supportingInfo"));
      return this;
    }

    /** Replaces the specimens. */
    public Builder specimens(List<Ref> values) {
      this.specimens = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the specimens. */
    public Builder addSpecimen(Ref value) {
      this.specimens.add(Checks.notNull(value, "specimens"));
      return this;
    }

    /** Replaces the bodySites. */
    public Builder bodySites(List<Concept> values) {
      this.bodySites = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the bodySites. */
    public Builder addBodySite(Concept value) {
      this.bodySites.add(Checks.notNull(value, "bodySites"));
      return this;
    }

    /** Replaces the notes. */
    public Builder notes(List<Note> values) {
      this.notes = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the notes. */
    public Builder addNote(Note value) {
      this.notes.add(Checks.notNull(value, "notes"));
      return this;
    }

    /** Sets the patientInstruction. */
    public Builder patientInstruction(String value) {
      this.patientInstruction = value;
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
    public ServiceRequest build() {
      return new ServiceRequest(
          id,
          identifiers,
          basedOn,
          replaces,
          requisition,
          status,
          intent,
          categories,
          priority,
          doNotPerform,
          code,
          orderDetails,
          subject,
          encounter,
          occurrence,
          authoredOn,
          requester,
          requesterOnBehalfOf,
          performerType,
          performers,
          locations,
          reasonCodes,
          reasonReferences,
          supportingInfo,
          specimens,
          bodySites,
          notes,
          patientInstruction,
          extras);
    }
  }
}
