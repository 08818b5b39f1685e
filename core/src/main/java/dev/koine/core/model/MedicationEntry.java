package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A medication statement, request or dispense item with its dm+d coded medication (ITK Medication
 * List, PRSB Medications and medical devices heading).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param kind statement, request, dispense or administration
 * @param status status, or null
 * @param medication the medication (dm+d VMP/AMP/VTM as SNOMED CT), or null
 * @param medicationReference reference to a Medication entity when sent that way, or null
 * @param subject the patient, or null
 * @param encounter encounter, or null
 * @param effective when taken (dateTime or period), or null
 * @param dateAsserted date asserted or authored, or null
 * @param informationSource who asserted or requested, or null
 * @param dosages dosage instructions (text and structure)
 * @param quantity quantity supplied, or null
 * @param changeStatus medication change status (added, changed, stopped, unchanged: CareConnect
 *     MedicationChangeSummary), or null
 * @param changeReason reason for the change, or null
 * @param reasonCodes indications
 * @param notes notes
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record MedicationEntry(
    String id,
    List<Identifier> identifiers,
    MedicationEntryKind kind,
    String status,
    Concept medication,
    Ref medicationReference,
    Ref subject,
    Ref encounter,
    Value effective,
    PartialDateTime dateAsserted,
    Ref informationSource,
    List<Dosage> dosages,
    Quantity quantity,
    Concept changeStatus,
    Concept changeReason,
    List<Concept> reasonCodes,
    List<Note> notes,
    Extras extras) {
  public MedicationEntry {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(status, "status");
    dosages = Checks.list(dosages, "dosages");
    reasonCodes = Checks.list(reasonCodes, "reasonCodes");
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
    b.kind = kind;
    b.status = status;
    b.medication = medication;
    b.medicationReference = medicationReference;
    b.subject = subject;
    b.encounter = encounter;
    b.effective = effective;
    b.dateAsserted = dateAsserted;
    b.informationSource = informationSource;
    b.dosages = new ArrayList<>(dosages);
    b.quantity = quantity;
    b.changeStatus = changeStatus;
    b.changeReason = changeReason;
    b.reasonCodes = new ArrayList<>(reasonCodes);
    b.notes = new ArrayList<>(notes);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("MedicationEntry[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (kind != null) {
      s.append("kind=").append(kind).append(", ");
    }
    if (status != null) {
      s.append("status, ");
    }
    if (medication != null) {
      s.append("medication, ");
    }
    if (medicationReference != null) {
      s.append("medicationReference, ");
    }
    if (subject != null) {
      s.append("subject, ");
    }
    if (encounter != null) {
      s.append("encounter, ");
    }
    if (effective != null) {
      s.append("effective, ");
    }
    if (dateAsserted != null) {
      s.append("dateAsserted, ");
    }
    if (informationSource != null) {
      s.append("informationSource, ");
    }
    if (!dosages.isEmpty()) {
      s.append("dosages=").append(dosages.size()).append(", ");
    }
    if (quantity != null) {
      s.append("quantity, ");
    }
    if (changeStatus != null) {
      s.append("changeStatus, ");
    }
    if (changeReason != null) {
      s.append("changeReason, ");
    }
    if (!reasonCodes.isEmpty()) {
      s.append("reasonCodes=").append(reasonCodes.size()).append(", ");
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
   * Builds a {@link MedicationEntry}; validation happens in the record's constructor. Not
   * thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private MedicationEntryKind kind;
    private String status;
    private Concept medication;
    private Ref medicationReference;
    private Ref subject;
    private Ref encounter;
    private Value effective;
    private PartialDateTime dateAsserted;
    private Ref informationSource;
    private List<Dosage> dosages = new ArrayList<>();
    private Quantity quantity;
    private Concept changeStatus;
    private Concept changeReason;
    private List<Concept> reasonCodes = new ArrayList<>();
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

    /** Sets the kind. */
    public Builder kind(MedicationEntryKind value) {
      this.kind = value;
      return this;
    }

    /** Sets the status. */
    public Builder status(String value) {
      this.status = value;
      return this;
    }

    /** Sets the medication. */
    public Builder medication(Concept value) {
      this.medication = value;
      return this;
    }

    /** Sets the medicationReference. */
    public Builder medicationReference(Ref value) {
      this.medicationReference = value;
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

    /** Sets the effective. */
    public Builder effective(Value value) {
      this.effective = value;
      return this;
    }

    /** Sets the dateAsserted. */
    public Builder dateAsserted(PartialDateTime value) {
      this.dateAsserted = value;
      return this;
    }

    /** Sets the informationSource. */
    public Builder informationSource(Ref value) {
      this.informationSource = value;
      return this;
    }

    /** Replaces the dosages. */
    public Builder dosages(List<Dosage> values) {
      this.dosages = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the dosages. */
    public Builder addDosage(Dosage value) {
      this.dosages.add(Checks.notNull(value, "dosages"));
      return this;
    }

    /** Sets the quantity. */
    public Builder quantity(Quantity value) {
      this.quantity = value;
      return this;
    }

    /** Sets the changeStatus. */
    public Builder changeStatus(Concept value) {
      this.changeStatus = value;
      return this;
    }

    /** Sets the changeReason. */
    public Builder changeReason(Concept value) {
      this.changeReason = value;
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
    public MedicationEntry build() {
      return new MedicationEntry(
          id,
          identifiers,
          kind,
          status,
          medication,
          medicationReference,
          subject,
          encounter,
          effective,
          dateAsserted,
          informationSource,
          dosages,
          quantity,
          changeStatus,
          changeReason,
          reasonCodes,
          notes,
          extras);
    }
  }
}
