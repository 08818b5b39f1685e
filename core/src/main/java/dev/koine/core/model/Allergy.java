package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An allergy or adverse reaction (UK Core AllergyIntolerance, PRSB Allergies and adverse reactions
 * heading, v2 AL1).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param clinicalStatus clinical status, or null
 * @param verificationStatus verification status, or null
 * @param type allergy or intolerance, or null
 * @param categories categories (food, medication, environment, biologic)
 * @param criticality criticality, or null
 * @param code the substance or "no known allergies", or null
 * @param patient the patient, or null
 * @param encounter encounter, or null
 * @param onset onset, or null
 * @param assertedDate asserted or recorded date, or null
 * @param recorder recorder, or null
 * @param asserter asserter, or null
 * @param lastOccurrence last occurrence, or null
 * @param notes notes
 * @param reactions reactions
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Allergy(
    String id,
    List<Identifier> identifiers,
    Concept clinicalStatus,
    Concept verificationStatus,
    String type,
    List<String> categories,
    String criticality,
    Concept code,
    Ref patient,
    Ref encounter,
    Value onset,
    PartialDateTime assertedDate,
    Ref recorder,
    Ref asserter,
    PartialDateTime lastOccurrence,
    List<Note> notes,
    List<Reaction> reactions,
    Extras extras) {
  public Allergy {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(type, "type");
    categories = Checks.list(categories, "categories");
    Checks.optionalText(criticality, "criticality");
    notes = Checks.list(notes, "notes");
    reactions = Checks.list(reactions, "reactions");
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
    b.type = type;
    b.categories = new ArrayList<>(categories);
    b.criticality = criticality;
    b.code = code;
    b.patient = patient;
    b.encounter = encounter;
    b.onset = onset;
    b.assertedDate = assertedDate;
    b.recorder = recorder;
    b.asserter = asserter;
    b.lastOccurrence = lastOccurrence;
    b.notes = new ArrayList<>(notes);
    b.reactions = new ArrayList<>(reactions);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Allergy[");
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
    if (type != null) {
      s.append("type, ");
    }
    if (!categories.isEmpty()) {
      s.append("categories=").append(categories.size()).append(", ");
    }
    if (criticality != null) {
      s.append("criticality, ");
    }
    if (code != null) {
      s.append("code, ");
    }
    if (patient != null) {
      s.append("patient, ");
    }
    if (encounter != null) {
      s.append("encounter, ");
    }
    if (onset != null) {
      s.append("onset, ");
    }
    if (assertedDate != null) {
      s.append("assertedDate, ");
    }
    if (recorder != null) {
      s.append("recorder, ");
    }
    if (asserter != null) {
      s.append("asserter, ");
    }
    if (lastOccurrence != null) {
      s.append("lastOccurrence, ");
    }
    if (!notes.isEmpty()) {
      s.append("notes=").append(notes.size()).append(", ");
    }
    if (!reactions.isEmpty()) {
      s.append("reactions=").append(reactions.size()).append(", ");
    }
    if (!extras.isEmpty()) {
      s.append("extras, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /** Builds a {@link Allergy}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private Concept clinicalStatus;
    private Concept verificationStatus;
    private String type;
    private List<String> categories = new ArrayList<>();
    private String criticality;
    private Concept code;
    private Ref patient;
    private Ref encounter;
    private Value onset;
    private PartialDateTime assertedDate;
    private Ref recorder;
    private Ref asserter;
    private PartialDateTime lastOccurrence;
    private List<Note> notes = new ArrayList<>();
    private List<Reaction> reactions = new ArrayList<>();
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

    /** Sets the type. */
    public Builder type(String value) {
      this.type = value;
      return this;
    }

    /** Replaces the categories. */
    public Builder categories(List<String> values) {
      this.categories = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the categories. */
    public Builder addCategory(String value) {
      this.categories.add(Checks.notNull(value, "categories"));
      return this;
    }

    /** Sets the criticality. */
    public Builder criticality(String value) {
      this.criticality = value;
      return this;
    }

    /** Sets the code. */
    public Builder code(Concept value) {
      this.code = value;
      return this;
    }

    /** Sets the patient. */
    public Builder patient(Ref value) {
      this.patient = value;
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

    /** Sets the assertedDate. */
    public Builder assertedDate(PartialDateTime value) {
      this.assertedDate = value;
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

    /** Sets the lastOccurrence. */
    public Builder lastOccurrence(PartialDateTime value) {
      this.lastOccurrence = value;
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

    /** Replaces the reactions. */
    public Builder reactions(List<Reaction> values) {
      this.reactions = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the reactions. */
    public Builder addReaction(Reaction value) {
      this.reactions.add(Checks.notNull(value, "reactions"));
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
    public Allergy build() {
      return new Allergy(
          id,
          identifiers,
          clinicalStatus,
          verificationStatus,
          type,
          categories,
          criticality,
          code,
          patient,
          encounter,
          onset,
          assertedDate,
          recorder,
          asserter,
          lastOccurrence,
          notes,
          reactions,
          extras);
    }
  }
}
