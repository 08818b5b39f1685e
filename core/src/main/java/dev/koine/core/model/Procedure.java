package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A procedure (UK Core Procedure, v2 PR1 with OPCS-4, PRSB Procedures heading).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param status status, or null
 * @param statusReason status reason, or null
 * @param category category, or null
 * @param code the procedure, or null
 * @param subject the patient, or null
 * @param encounter encounter, or null
 * @param performed when performed (dateTime or period), or null
 * @param performers performers with function
 * @param location location, or null
 * @param reasonCodes reasons
 * @param bodySites body sites
 * @param outcome outcome, or null
 * @param complications complications
 * @param followUps follow-up
 * @param notes notes
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Procedure(
    String id,
    List<Identifier> identifiers,
    String status,
    Concept statusReason,
    Concept category,
    Concept code,
    Ref subject,
    Ref encounter,
    Value performed,
    List<Performer> performers,
    Ref location,
    List<Concept> reasonCodes,
    List<Concept> bodySites,
    Concept outcome,
    List<Concept> complications,
    List<Concept> followUps,
    List<Note> notes,
    Extras extras) {
  public Procedure {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(status, "status");
    performers = Checks.list(performers, "performers");
    reasonCodes = Checks.list(reasonCodes, "reasonCodes");
    bodySites = Checks.list(bodySites, "bodySites");
    complications = Checks.list(complications, "complications");
    followUps = Checks.list(followUps, "followUps");
    notes = Checks.list(notes, "notes");
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
    b.statusReason = statusReason;
    b.category = category;
    b.code = code;
    b.subject = subject;
    b.encounter = encounter;
    b.performed = performed;
    b.performers = new ArrayList<>(performers);
    b.location = location;
    b.reasonCodes = new ArrayList<>(reasonCodes);
    b.bodySites = new ArrayList<>(bodySites);
    b.outcome = outcome;
    b.complications = new ArrayList<>(complications);
    b.followUps = new ArrayList<>(followUps);
    b.notes = new ArrayList<>(notes);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Procedure[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (status != null) {
      s.append("status, ");
    }
    if (statusReason != null) {
      s.append("statusReason, ");
    }
    if (category != null) {
      s.append("category, ");
    }
    if (code != null) {
      s.append("code, ");
    }
    if (subject != null) {
      s.append("subject, ");
    }
    if (encounter != null) {
      s.append("encounter, ");
    }
    if (performed != null) {
      s.append("performed, ");
    }
    if (!performers.isEmpty()) {
      s.append("performers=").append(performers.size()).append(", ");
    }
    if (location != null) {
      s.append("location, ");
    }
    if (!reasonCodes.isEmpty()) {
      s.append("reasonCodes=").append(reasonCodes.size()).append(", ");
    }
    if (!bodySites.isEmpty()) {
      s.append("bodySites=").append(bodySites.size()).append(", ");
    }
    if (outcome != null) {
      s.append("outcome, ");
    }
    if (!complications.isEmpty()) {
      s.append("complications=").append(complications.size()).append(", ");
    }
    if (!followUps.isEmpty()) {
      s.append("followUps=").append(followUps.size()).append(", ");
    }
    if (!notes.isEmpty()) {
      s.append("notes=").append(notes.size()).append(", ");
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
   * Builds a {@link Procedure}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private String status;
    private Concept statusReason;
    private Concept category;
    private Concept code;
    private Ref subject;
    private Ref encounter;
    private Value performed;
    private List<Performer> performers = new ArrayList<>();
    private Ref location;
    private List<Concept> reasonCodes = new ArrayList<>();
    private List<Concept> bodySites = new ArrayList<>();
    private Concept outcome;
    private List<Concept> complications = new ArrayList<>();
    private List<Concept> followUps = new ArrayList<>();
    private List<Note> notes = new ArrayList<>();
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

    /** Sets the statusReason. */
    public Builder statusReason(Concept value) {
      this.statusReason = value;
      return this;
    }

    /** Sets the category. */
    public Builder category(Concept value) {
      this.category = value;
      return this;
    }

    /** Sets the code. */
    public Builder code(Concept value) {
      this.code = value;
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

    /** Sets the performed. */
    public Builder performed(Value value) {
      this.performed = value;
      return this;
    }

    /** Replaces the performers. */
    public Builder performers(List<Performer> values) {
      this.performers = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the performers. */
    public Builder addPerformer(Performer value) {
      this.performers.add(Checks.notNull(value, "performers"));
      return this;
    }

    /** Sets the location. */
    public Builder location(Ref value) {
      this.location = value;
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

    /** Sets the outcome. */
    public Builder outcome(Concept value) {
      this.outcome = value;
      return this;
    }

    /** Replaces the complications. */
    public Builder complications(List<Concept> values) {
      this.complications = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the complications. */
    public Builder addComplication(Concept value) {
      this.complications.add(Checks.notNull(value, "complications"));
      return this;
    }

    /** Replaces the followUps. */
    public Builder followUps(List<Concept> values) {
      this.followUps = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the followUps. */
    public Builder addFollowUp(Concept value) {
      this.followUps.add(Checks.notNull(value, "followUps"));
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

    /** Sets the extras. */
    public Builder extras(Extras value) {
      this.extras = value;
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public Procedure build() {
      return new Procedure(
          id,
          identifiers,
          status,
          statusReason,
          category,
          code,
          subject,
          encounter,
          performed,
          performers,
          location,
          reasonCodes,
          bodySites,
          outcome,
          complications,
          followUps,
          notes,
          extras);
    }
  }
}
