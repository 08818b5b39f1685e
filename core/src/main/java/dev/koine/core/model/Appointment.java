package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * An appointment (BaRS booking, v2 SIU SCH/AIL/AIP).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param status status (proposed, booked, cancelled ...), or null
 * @param cancelationReason cancellation reason, or null
 * @param serviceCategories service categories
 * @param serviceTypes service types
 * @param specialties specialties
 * @param appointmentType appointment type, or null
 * @param reasonCodes reasons
 * @param reasonReferences reason references
 * @param priority priority, or null
 * @param description description, or null
 * @param supportingInfo supporting information
 * @param start start instant, or null
 * @param end end instant, or null
 * @param minutesDuration duration in minutes, or null
 * @param slots booked slots
 * @param created created, or null
 * @param comment comment, or null
 * @param patientInstruction patient instruction, or null
 * @param basedOn requests it fulfils
 * @param participants participants
 * @param requestedPeriods requested periods
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Appointment(
    String id,
    List<Identifier> identifiers,
    String status,
    Concept cancelationReason,
    List<Concept> serviceCategories,
    List<Concept> serviceTypes,
    List<Concept> specialties,
    Concept appointmentType,
    List<Concept> reasonCodes,
    List<Ref> reasonReferences,
    Integer priority,
    String description,
    List<Ref> supportingInfo,
    PartialDateTime start,
    PartialDateTime end,
    Integer minutesDuration,
    List<Ref> slots,
    PartialDateTime created,
    String comment,
    String patientInstruction,
    List<Ref> basedOn,
    List<AppointmentParticipant> participants,
    List<Period> requestedPeriods,
    Extras extras) {
  public Appointment {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(status, "status");
    serviceCategories = Checks.list(serviceCategories, "serviceCategories");
    serviceTypes = Checks.list(serviceTypes, "serviceTypes");
    specialties = Checks.list(specialties, "specialties");
    reasonCodes = Checks.list(reasonCodes, "reasonCodes");
    reasonReferences = Checks.list(reasonReferences, "reasonReferences");
    Checks.optionalText(description, "description");
    supportingInfo = Checks.list(supportingInfo, "supportingInfo");
    slots = Checks.list(slots, "slots");
    Checks.optionalText(comment, "comment");
    Checks.optionalText(patientInstruction, "patientInstruction");
    basedOn = Checks.list(basedOn, "basedOn");
    participants = Checks.list(participants, "participants");
    requestedPeriods = Checks.list(requestedPeriods, "requestedPeriods");
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
    b.status = status;
    b.cancelationReason = cancelationReason;
    b.serviceCategories = new ArrayList<>(serviceCategories);
    b.serviceTypes = new ArrayList<>(serviceTypes);
    b.specialties = new ArrayList<>(specialties);
    b.appointmentType = appointmentType;
    b.reasonCodes = new ArrayList<>(reasonCodes);
    b.reasonReferences = new ArrayList<>(reasonReferences);
    b.priority = priority;
    b.description = description;
    b.supportingInfo = new ArrayList<>(supportingInfo);
    b.start = start;
    b.end = end;
    b.minutesDuration = minutesDuration;
    b.slots = new ArrayList<>(slots);
    b.created = created;
    b.comment = comment;
    b.patientInstruction = patientInstruction;
    b.basedOn = new ArrayList<>(basedOn);
    b.participants = new ArrayList<>(participants);
    b.requestedPeriods = new ArrayList<>(requestedPeriods);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Appointment[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (status != null) {
      s.append("status, ");
    }
    if (cancelationReason != null) {
      s.append("cancelationReason, ");
    }
    if (!serviceCategories.isEmpty()) {
      s.append("serviceCategories=").append(serviceCategories.size()).append(", ");
    }
    if (!serviceTypes.isEmpty()) {
      s.append("serviceTypes=").append(serviceTypes.size()).append(", ");
    }
    if (!specialties.isEmpty()) {
      s.append("specialties=").append(specialties.size()).append(", ");
    }
    if (appointmentType != null) {
      s.append("appointmentType, ");
    }
    if (!reasonCodes.isEmpty()) {
      s.append("reasonCodes=").append(reasonCodes.size()).append(", ");
    }
    if (!reasonReferences.isEmpty()) {
      s.append("reasonReferences=").append(reasonReferences.size()).append(", ");
    }
    if (priority != null) {
      s.append("priority, ");
    }
    if (description != null) {
      s.append("description, ");
    }
    if (!supportingInfo.isEmpty()) {
      s.append("supportingInfo=").append(supportingInfo.size()).append(", ");
    }
    if (start != null) {
      s.append("start, ");
    }
    if (end != null) {
      s.append("end, ");
    }
    if (minutesDuration != null) {
      s.append("minutesDuration, ");
    }
    if (!slots.isEmpty()) {
      s.append("slots=").append(slots.size()).append(", ");
    }
    if (created != null) {
      s.append("created, ");
    }
    if (comment != null) {
      s.append("comment, ");
    }
    if (patientInstruction != null) {
      s.append("patientInstruction, ");
    }
    if (!basedOn.isEmpty()) {
      s.append("basedOn=").append(basedOn.size()).append(", ");
    }
    if (!participants.isEmpty()) {
      s.append("participants=").append(participants.size()).append(", ");
    }
    if (!requestedPeriods.isEmpty()) {
      s.append("requestedPeriods=").append(requestedPeriods.size()).append(", ");
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
   * Builds a {@link Appointment}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private String status;
    private Concept cancelationReason;
    private List<Concept> serviceCategories = new ArrayList<>();
    private List<Concept> serviceTypes = new ArrayList<>();
    private List<Concept> specialties = new ArrayList<>();
    private Concept appointmentType;
    private List<Concept> reasonCodes = new ArrayList<>();
    private List<Ref> reasonReferences = new ArrayList<>();
    private Integer priority;
    private String description;
    private List<Ref> supportingInfo = new ArrayList<>();
    private PartialDateTime start;
    private PartialDateTime end;
    private Integer minutesDuration;
    private List<Ref> slots = new ArrayList<>();
    private PartialDateTime created;
    private String comment;
    private String patientInstruction;
    private List<Ref> basedOn = new ArrayList<>();
    private List<AppointmentParticipant> participants = new ArrayList<>();
    private List<Period> requestedPeriods = new ArrayList<>();
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

    /** Sets the status. */
    public Builder status(String value) {
      this.status = value;
      return this;
    }

    /** Sets the cancelationReason. */
    public Builder cancelationReason(Concept value) {
      this.cancelationReason = value;
      return this;
    }

    /** Replaces the serviceCategories. */
    public Builder serviceCategories(List<Concept> values) {
      this.serviceCategories = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the serviceCategories. */
    public Builder addServiceCategory(Concept value) {
      this.serviceCategories.add(Checks.notNull(value, "serviceCategories"));
      return this;
    }

    /** Replaces the serviceTypes. */
    public Builder serviceTypes(List<Concept> values) {
      this.serviceTypes = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the serviceTypes. */
    public Builder addServiceType(Concept value) {
      this.serviceTypes.add(Checks.notNull(value, "serviceTypes"));
      return this;
    }

    /** Replaces the specialties. */
    public Builder specialties(List<Concept> values) {
      this.specialties = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the specialties. */
    public Builder addSpecialty(Concept value) {
      this.specialties.add(Checks.notNull(value, "specialties"));
      return this;
    }

    /** Sets the appointmentType. */
    public Builder appointmentType(Concept value) {
      this.appointmentType = value;
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

    /** Sets the priority. */
    public Builder priority(Integer value) {
      this.priority = value;
      return this;
    }

    /** Sets the description. */
    public Builder description(String value) {
      this.description = value;
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

    /** Sets the start. */
    public Builder start(PartialDateTime value) {
      this.start = value;
      return this;
    }

    /** Sets the end. */
    public Builder end(PartialDateTime value) {
      this.end = value;
      return this;
    }

    /** Sets the minutesDuration. */
    public Builder minutesDuration(Integer value) {
      this.minutesDuration = value;
      return this;
    }

    /** Replaces the slots. */
    public Builder slots(List<Ref> values) {
      this.slots = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the slots. */
    public Builder addSlot(Ref value) {
      this.slots.add(Checks.notNull(value, "slots"));
      return this;
    }

    /** Sets the created. */
    public Builder created(PartialDateTime value) {
      this.created = value;
      return this;
    }

    /** Sets the comment. */
    public Builder comment(String value) {
      this.comment = value;
      return this;
    }

    /** Sets the patientInstruction. */
    public Builder patientInstruction(String value) {
      this.patientInstruction = value;
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

    /** Replaces the participants. */
    public Builder participants(List<AppointmentParticipant> values) {
      this.participants = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the participants. */
    public Builder addParticipant(AppointmentParticipant value) {
      this.participants.add(Checks.notNull(value, "participants"));
      return this;
    }

    /** Replaces the requestedPeriods. */
    public Builder requestedPeriods(List<Period> values) {
      this.requestedPeriods = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the requestedPeriods. */
    public Builder addRequestedPeriod(Period value) {
      this.requestedPeriods.add(Checks.notNull(value, "requestedPeriods"));
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
    public Appointment build() {
      return new Appointment(
          id,
          identifiers,
          status,
          cancelationReason,
          serviceCategories,
          serviceTypes,
          specialties,
          appointmentType,
          reasonCodes,
          reasonReferences,
          priority,
          description,
          supportingInfo,
          start,
          end,
          minutesDuration,
          slots,
          created,
          comment,
          patientInstruction,
          basedOn,
          participants,
          requestedPeriods,
          extras);
    }
  }
}
