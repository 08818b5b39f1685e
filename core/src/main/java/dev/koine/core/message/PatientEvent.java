package dev.koine.core.message;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A patient administration event: HL7 v2 ADT A01..A40, UK Core encounter notifications.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param kind what happened
 * @param patient the patient
 * @param encounter the encounter (PV1/PV2), or null
 * @param recordedAt when the event was recorded (EVN-2), or null
 * @param occurredAt when the event occurred (EVN-6), or null
 * @param plannedAt planned date-time (EVN-3), or null
 * @param eventReason reason (EVN-4), or null
 * @param operator who recorded it (EVN-5), or null
 * @param priorIdentifiers identifiers of the record merged or moved into this one (MRG-1)
 * @param priorVisit prior visit number (MRG-5), or null
 * @param related everything else the message carries; never null
 */
public record PatientEvent(
    PatientEventKind kind,
    Patient patient,
    Encounter encounter,
    PartialDateTime recordedAt,
    PartialDateTime occurredAt,
    PartialDateTime plannedAt,
    Concept eventReason,
    Ref operator,
    List<Identifier> priorIdentifiers,
    Identifier priorVisit,
    Entities related)
    implements Payload {
  public PatientEvent {
    priorIdentifiers = Checks.list(priorIdentifiers, "priorIdentifiers");
    related = related == null ? Entities.empty() : related;
    Checks.notNull(kind, "kind");
    Checks.notNull(patient, "patient");
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.kind = kind;
    b.patient = patient;
    b.encounter = encounter;
    b.recordedAt = recordedAt;
    b.occurredAt = occurredAt;
    b.plannedAt = plannedAt;
    b.eventReason = eventReason;
    b.operator = operator;
    b.priorIdentifiers = new ArrayList<>(priorIdentifiers);
    b.priorVisit = priorVisit;
    b.related = related;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("PatientEvent[");
    if (kind != null) {
      s.append("kind=").append(kind).append(", ");
    }
    if (patient != null) {
      s.append("patient, ");
    }
    if (encounter != null) {
      s.append("encounter, ");
    }
    if (recordedAt != null) {
      s.append("recordedAt, ");
    }
    if (occurredAt != null) {
      s.append("occurredAt, ");
    }
    if (plannedAt != null) {
      s.append("plannedAt, ");
    }
    if (eventReason != null) {
      s.append("eventReason, ");
    }
    if (operator != null) {
      s.append("operator, ");
    }
    if (!priorIdentifiers.isEmpty()) {
      s.append("priorIdentifiers=").append(priorIdentifiers.size()).append(", ");
    }
    if (priorVisit != null) {
      s.append("priorVisit, ");
    }
    if (related != null) {
      s.append("related, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /**
   * Builds a {@link PatientEvent}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private PatientEventKind kind;
    private Patient patient;
    private Encounter encounter;
    private PartialDateTime recordedAt;
    private PartialDateTime occurredAt;
    private PartialDateTime plannedAt;
    private Concept eventReason;
    private Ref operator;
    private List<Identifier> priorIdentifiers = new ArrayList<>();
    private Identifier priorVisit;
    private Entities related = Entities.empty();

    private Builder() {}

    /** Sets the kind. */
    public Builder kind(PatientEventKind value) {
      this.kind = value;
      return this;
    }

    /** Sets the patient. */
    public Builder patient(Patient value) {
      this.patient = value;
      return this;
    }

    /** Sets the encounter. */
    public Builder encounter(Encounter value) {
      this.encounter = value;
      return this;
    }

    /** Sets the recordedAt. */
    public Builder recordedAt(PartialDateTime value) {
      this.recordedAt = value;
      return this;
    }

    /** Sets the occurredAt. */
    public Builder occurredAt(PartialDateTime value) {
      this.occurredAt = value;
      return this;
    }

    /** Sets the plannedAt. */
    public Builder plannedAt(PartialDateTime value) {
      this.plannedAt = value;
      return this;
    }

    /** Sets the eventReason. */
    public Builder eventReason(Concept value) {
      this.eventReason = value;
      return this;
    }

    /** Sets the operator. */
    public Builder operator(Ref value) {
      this.operator = value;
      return this;
    }

    /** Replaces the priorIdentifiers. */
    public Builder priorIdentifiers(List<Identifier> values) {
      this.priorIdentifiers = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the priorIdentifiers. */
    public Builder addPriorIdentifier(Identifier value) {
      this.priorIdentifiers.add(Checks.notNull(value, "priorIdentifiers"));
      return this;
    }

    /** Sets the priorVisit. */
    public Builder priorVisit(Identifier value) {
      this.priorVisit = value;
      return this;
    }

    /** Sets the related. */
    public Builder related(Entities value) {
      this.related = value;
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public PatientEvent build() {
      return new PatientEvent(
          kind,
          patient,
          encounter,
          recordedAt,
          occurredAt,
          plannedAt,
          eventReason,
          operator,
          priorIdentifiers,
          priorVisit,
          related);
    }
  }
}
