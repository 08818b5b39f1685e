package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem or diagnosis (UK Core Condition, v2 DG1 with ICD-10 UK, PRSB Diagnoses heading).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param clinicalStatus clinical status, or null
 * @param verificationStatus verification status, or null
 * @param categories categories (problem-list-item, encounter-diagnosis)
 * @param severity severity, or null
 * @param code the condition, or null
 * @param bodySites body sites
 * @param subject the patient, or null
 * @param encounter encounter, or null
 * @param onset onset (dateTime, age, period, range or string), or null
 * @param abatement abatement, or null
 * @param recordedDate recorded date (DG1-5), or null
 * @param recorder recorder, or null
 * @param asserter asserter, or null
 * @param rank diagnosis priority (DG1-15), or null
 * @param notes notes
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Condition(
    String id,
    List<Identifier> identifiers,
    Concept clinicalStatus,
    Concept verificationStatus,
    List<Concept> categories,
    Concept severity,
    Concept code,
    List<Concept> bodySites,
    Ref subject,
    Ref encounter,
    Value onset,
    Value abatement,
    PartialDateTime recordedDate,
    Ref recorder,
    Ref asserter,
    Integer rank,
    List<Note> notes,
    Extras extras) {
  public Condition {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    categories = Checks.list(categories, "categories");
    bodySites = Checks.list(bodySites, "bodySites");
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
    b.clinicalStatus = clinicalStatus;
    b.verificationStatus = verificationStatus;
    b.categories = new ArrayList<>(categories);
    b.severity = severity;
    b.code = code;
    b.bodySites = new ArrayList<>(bodySites);
    b.subject = subject;
    b.encounter = encounter;
    b.onset = onset;
    b.abatement = abatement;
    b.recordedDate = recordedDate;
    b.recorder = recorder;
    b.asserter = asserter;
    b.rank = rank;
    b.notes = new ArrayList<>(notes);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Condition[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (clinicalStatus != null) {
      s.append("clinicalStatus, ");
    }
    if (verificationStatus != null) {
      s.append("verificationStatus, ");
    }
    if (!categories.isEmpty()) {
      s.append("categories=").append(categories.size()).append(", ");
    }
    if (severity != null) {
      s.append("severity, ");
    }
    if (code != null) {
      s.append("code, ");
    }
    if (!bodySites.isEmpty()) {
      s.append("bodySites=").append(bodySites.size()).append(", ");
    }
    if (subject != null) {
      s.append("subject, ");
    }
    if (encounter != null) {
      s.append("encounter, ");
    }
    if (onset != null) {
      s.append("onset, ");
    }
    if (abatement != null) {
      s.append("abatement, ");
    }
    if (recordedDate != null) {
      s.append("recordedDate, ");
    }
    if (recorder != null) {
      s.append("recorder, ");
    }
    if (asserter != null) {
      s.append("asserter, ");
    }
    if (rank != null) {
      s.append("rank, ");
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
   * Builds a {@link Condition}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private Concept clinicalStatus;
    private Concept verificationStatus;
    private List<Concept> categories = new ArrayList<>();
    private Concept severity;
    private Concept code;
    private List<Concept> bodySites = new ArrayList<>();
    private Ref subject;
    private Ref encounter;
    private Value onset;
    private Value abatement;
    private PartialDateTime recordedDate;
    private Ref recorder;
    private Ref asserter;
    private Integer rank;
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

    /** Sets the clinicalStatus. */
    public Builder clinicalStatus(Concept value) {
      this.clinicalStatus = value;
      return this;
    }

    /** Sets the verificationStatus. */
    public Builder verificationStatus(Concept value) {
      this.verificationStatus = value;
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

    /** Sets the severity. */
    public Builder severity(Concept value) {
      this.severity = value;
      return this;
    }

    /** Sets the code. */
    public Builder code(Concept value) {
      this.code = value;
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

    /** Sets the onset. */
    public Builder onset(Value value) {
      this.onset = value;
      return this;
    }

    /** Sets the abatement. */
    public Builder abatement(Value value) {
      this.abatement = value;
      return this;
    }

    /** Sets the recordedDate. */
    public Builder recordedDate(PartialDateTime value) {
      this.recordedDate = value;
      return this;
    }

    /** Sets the recorder. */
    public Builder recorder(Ref value) {
      this.recorder = value;
      return this;
    }

    /** Sets the asserter. */
    public Builder asserter(Ref value) {
      this.asserter = value;
      return this;
    }

    /** Sets the rank. */
    public Builder rank(Integer value) {
      this.rank = value;
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
    public Condition build() {
      return new Condition(
          id,
          identifiers,
          clinicalStatus,
          verificationStatus,
          categories,
          severity,
          code,
          bodySites,
          subject,
          encounter,
          onset,
          abatement,
          recordedDate,
          recorder,
          asserter,
          rank,
          notes,
          extras);
    }
  }
}
