package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An observation: a lab result (v2 OBX, NHS England Observation-Lab), a vital sign or a finding.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param basedOn requests it fulfils
 * @param status result status (FHIR observation status; v2 OBX-11), or null
 * @param categories categories
 * @param code what was observed (OBX-3)
 * @param subject the patient, or null
 * @param encounter encounter, or null
 * @param effective clinically relevant time (dateTime or period; OBX-14), or null
 * @param issued issued instant, or null
 * @param performers performers (OBX-15/16)
 * @param value the value: quantity, concept, text, range, ratio, boolean, integer, time or period
 *     (OBX-2/5/6), or null
 * @param dataAbsentReason why the value is missing, or null
 * @param interpretations interpretations (v2 table 0078, OBX-8)
 * @param notes comments (STU3 comment, R4 note, v2 NTE)
 * @param bodySite body site, or null
 * @param method method (OBX-17), or null
 * @param specimen specimen, or null
 * @param device device, or null
 * @param referenceRanges reference ranges (OBX-7)
 * @param hasMembers grouped results (test group)
 * @param derivedFrom sources
 * @param components components (e.g. blood pressure)
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Observation(
    String id,
    List<Identifier> identifiers,
    List<Ref> basedOn,
    ObservationStatus status,
    List<Concept> categories,
    Concept code,
    Ref subject,
    Ref encounter,
    Value effective,
    PartialDateTime issued,
    List<Ref> performers,
    Value value,
    Concept dataAbsentReason,
    List<Concept> interpretations,
    List<Note> notes,
    Concept bodySite,
    Concept method,
    Ref specimen,
    Ref device,
    List<ReferenceRange> referenceRanges,
    List<Ref> hasMembers,
    List<Ref> derivedFrom,
    List<ObservationComponent> components,
    Extras extras) {
  public Observation {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    basedOn = Checks.list(basedOn, "basedOn");
    categories = Checks.list(categories, "categories");
    performers = Checks.list(performers, "performers");
    interpretations = Checks.list(interpretations, "interpretations");
    notes = Checks.list(notes, "notes");
    referenceRanges = Checks.list(referenceRanges, "referenceRanges");
    hasMembers = Checks.list(hasMembers, "hasMembers");
    derivedFrom = Checks.list(derivedFrom, "derivedFrom");
    components = Checks.list(components, "components");
    extras = extras == null ? Extras.NONE : extras;
    Checks.notNull(code, "code");
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
    b.status = status;
    b.categories = new ArrayList<>(categories);
    b.code = code;
    b.subject = subject;
    b.encounter = encounter;
    b.effective = effective;
    b.issued = issued;
    b.performers = new ArrayList<>(performers);
    b.value = value;
    b.dataAbsentReason = dataAbsentReason;
    b.interpretations = new ArrayList<>(interpretations);
    b.notes = new ArrayList<>(notes);
    b.bodySite = bodySite;
    b.method = method;
    b.specimen = specimen;
    b.device = device;
    b.referenceRanges = new ArrayList<>(referenceRanges);
    b.hasMembers = new ArrayList<>(hasMembers);
    b.derivedFrom = new ArrayList<>(derivedFrom);
    b.components = new ArrayList<>(components);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Observation[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (!basedOn.isEmpty()) {
      s.append("basedOn=").append(basedOn.size()).append(", ");
    }
    if (status != null) {
      s.append("status=").append(status).append(", ");
    }
    if (!categories.isEmpty()) {
      s.append("categories=").append(categories.size()).append(", ");
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
    if (effective != null) {
      s.append("effective, ");
    }
    if (issued != null) {
      s.append("issued, ");
    }
    if (!performers.isEmpty()) {
      s.append("performers=").append(performers.size()).append(", ");
    }
    if (value != null) {
      s.append("value, ");
    }
    if (dataAbsentReason != null) {
      s.append("dataAbsentReason, ");
    }
    if (!interpretations.isEmpty()) {
      s.append("interpretations=").append(interpretations.size()).append(", ");
    }
    if (!notes.isEmpty()) {
      s.append("notes=").append(notes.size()).append(", ");
    }
    if (bodySite != null) {
      s.append("bodySite, ");
    }
    if (method != null) {
      s.append("method, ");
    }
    if (specimen != null) {
      s.append("specimen, ");
    }
    if (device != null) {
      s.append("device, ");
    }
    if (!referenceRanges.isEmpty()) {
      s.append("referenceRanges=").append(referenceRanges.size()).append(", ");
    }
    if (!hasMembers.isEmpty()) {
      s.append("hasMembers=").append(hasMembers.size()).append(", ");
    }
    if (!derivedFrom.isEmpty()) {
      s.append("derivedFrom=").append(derivedFrom.size()).append(", ");
    }
    if (!components.isEmpty()) {
      s.append("components=").append(components.size()).append(", ");
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
   * Builds a {@link Observation}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private List<Ref> basedOn = new ArrayList<>();
    private ObservationStatus status;
    private List<Concept> categories = new ArrayList<>();
    private Concept code;
    private Ref subject;
    private Ref encounter;
    private Value effective;
    private PartialDateTime issued;
    private List<Ref> performers = new ArrayList<>();
    private Value value;
    private Concept dataAbsentReason;
    private List<Concept> interpretations = new ArrayList<>();
    private List<Note> notes = new ArrayList<>();
    private Concept bodySite;
    private Concept method;
    private Ref specimen;
    private Ref device;
    private List<ReferenceRange> referenceRanges = new ArrayList<>();
    private List<Ref> hasMembers = new ArrayList<>();
    private List<Ref> derivedFrom = new ArrayList<>();
    private List<ObservationComponent> components = new ArrayList<>();
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

    /** Sets the status. */
    public Builder status(ObservationStatus value) {
      this.status = value;
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

    /** Sets the effective. */
    public Builder effective(Value value) {
      this.effective = value;
      return this;
    }

    /** Sets the issued. */
    public Builder issued(PartialDateTime value) {
      this.issued = value;
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

    /** Sets the value. */
    public Builder value(Value value) {
      this.value = value;
      return this;
    }

    /** Sets the dataAbsentReason. */
    public Builder dataAbsentReason(Concept value) {
      this.dataAbsentReason = value;
      return this;
    }

    /** Replaces the interpretations. */
    public Builder interpretations(List<Concept> values) {
      this.interpretations = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the interpretations. */
    public Builder addInterpretation(Concept value) {
      this.interpretations.add(Checks.notNull(value, "interpretations"));
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

    /** Sets the bodySite. */
    public Builder bodySite(Concept value) {
      this.bodySite = value;
      return this;
    }

    /** Sets the method. */
    public Builder method(Concept value) {
      this.method = value;
      return this;
    }

    /** Sets the specimen. */
    public Builder specimen(Ref value) {
      this.specimen = value;
      return this;
    }

    /** Sets the device. */
    public Builder device(Ref value) {
      this.device = value;
      return this;
    }

    /** Replaces the referenceRanges. */
    public Builder referenceRanges(List<ReferenceRange> values) {
      this.referenceRanges = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the referenceRanges. */
    public Builder addReferenceRange(ReferenceRange value) {
      this.referenceRanges.add(Checks.notNull(value, "referenceRanges"));
      return this;
    }

    /** Replaces the hasMembers. */
    public Builder hasMembers(List<Ref> values) {
      this.hasMembers = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the hasMembers. */
    public Builder addHasMember(Ref value) {
      this.hasMembers.add(Checks.notNull(value, "hasMembers"));
      return this;
    }

    /** Replaces the derivedFrom. */
    public Builder derivedFrom(List<Ref> values) {
      this.derivedFrom = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the derivedFrom. */
    public Builder addDerivedFrom(Ref value) {
      this.derivedFrom.add(Checks.notNull(value, "derivedFrom"));
      return this;
    }

    /** Replaces the components. */
    public Builder components(List<ObservationComponent> values) {
      this.components = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the components. */
    public Builder addComponent(ObservationComponent value) {
      this.components.add(Checks.notNull(value, "components"));
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
    public Observation build() {
      return new Observation(
          id,
          identifiers,
          basedOn,
          status,
          categories,
          code,
          subject,
          encounter,
          effective,
          issued,
          performers,
          value,
          dataAbsentReason,
          interpretations,
          notes,
          bodySite,
          method,
          specimen,
          device,
          referenceRanges,
          hasMembers,
          derivedFrom,
          components,
          extras);
    }
  }
}
