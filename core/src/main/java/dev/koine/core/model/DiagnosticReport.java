package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A laboratory or imaging report (NHS England DiagnosticReport-Lab, CareConnect-DiagnosticReport-1,
 * v2 OBR).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param basedOn requests
 * @param status status (v2 OBR-25), or null
 * @param categories categories (v2 OBR-24 diagnostic service section)
 * @param code the report (test group) code (OBR-4)
 * @param subject the patient, or null
 * @param encounter encounter, or null
 * @param effective clinically relevant time (OBR-7), or null
 * @param issued issued (OBR-22), or null
 * @param performers performers
 * @param resultsInterpreters interpreters
 * @param specimens specimens
 * @param results observations
 * @param conclusion conclusion text, or null
 * @param conclusionCodes coded conclusions
 * @param presentedForms presented forms, e.g. the PDF report (v2 OBX ED)
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record DiagnosticReport(
    String id,
    List<Identifier> identifiers,
    List<Ref> basedOn,
    String status,
    List<Concept> categories,
    Concept code,
    Ref subject,
    Ref encounter,
    Value effective,
    PartialDateTime issued,
    List<Ref> performers,
    List<Ref> resultsInterpreters,
    List<Ref> specimens,
    List<Ref> results,
    String conclusion,
    List<Concept> conclusionCodes,
    List<Attachment> presentedForms,
    Extras extras) {
  public DiagnosticReport {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    basedOn = Checks.list(basedOn, "basedOn");
    Checks.optionalText(status, "status");
    categories = Checks.list(categories, "categories");
    performers = Checks.list(performers, "performers");
    resultsInterpreters = Checks.list(resultsInterpreters, "resultsInterpreters");
    specimens = Checks.list(specimens, "specimens");
    results = Checks.list(results, "results");
    Checks.optionalText(conclusion, "conclusion");
    conclusionCodes = Checks.list(conclusionCodes, "conclusionCodes");
    presentedForms = Checks.list(presentedForms, "presentedForms");
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
    b.resultsInterpreters = new ArrayList<>(resultsInterpreters);
    b.specimens = new ArrayList<>(specimens);
    b.results = new ArrayList<>(results);
    b.conclusion = conclusion;
    b.conclusionCodes = new ArrayList<>(conclusionCodes);
    b.presentedForms = new ArrayList<>(presentedForms);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DiagnosticReport[");
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
      s.append("status, ");
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
    if (!resultsInterpreters.isEmpty()) {
      s.append("resultsInterpreters=").append(resultsInterpreters.size()).append(", ");
    }
    if (!specimens.isEmpty()) {
      s.append("specimens=").append(specimens.size()).append(", ");
    }
    if (!results.isEmpty()) {
      s.append("results=").append(results.size()).append(", ");
    }
    if (conclusion != null) {
      s.append("conclusion, ");
    }
    if (!conclusionCodes.isEmpty()) {
      s.append("conclusionCodes=").append(conclusionCodes.size()).append(", ");
    }
    if (!presentedForms.isEmpty()) {
      s.append("presentedForms=").append(presentedForms.size()).append(", ");
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
   * Builds a {@link DiagnosticReport}; validation happens in the record's constructor. Not
   * thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private List<Ref> basedOn = new ArrayList<>();
    private String status;
    private List<Concept> categories = new ArrayList<>();
    private Concept code;
    private Ref subject;
    private Ref encounter;
    private Value effective;
    private PartialDateTime issued;
    private List<Ref> performers = new ArrayList<>();
    private List<Ref> resultsInterpreters = new ArrayList<>();
    private List<Ref> specimens = new ArrayList<>();
    private List<Ref> results = new ArrayList<>();
    private String conclusion;
    private List<Concept> conclusionCodes = new ArrayList<>();
    private List<Attachment> presentedForms = new ArrayList<>();
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
    public Builder status(String value) {
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

    /** Replaces the resultsInterpreters. */
    public Builder resultsInterpreters(List<Ref> values) {
      this.resultsInterpreters = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the resultsInterpreters. */
    public Builder addResultsInterpreter(Ref value) {
      this.resultsInterpreters.add(Checks.notNull(value, "resultsInterpreters"));
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

    /** Replaces the results. */
    public Builder results(List<Ref> values) {
      this.results = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the results. */
    public Builder addResult(Ref value) {
      this.results.add(Checks.notNull(value, "results"));
      return this;
    }

    /** Sets the conclusion. */
    public Builder conclusion(String value) {
      this.conclusion = value;
      return this;
    }

    /** Replaces the conclusionCodes. */
    public Builder conclusionCodes(List<Concept> values) {
      this.conclusionCodes = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the conclusionCodes. */
    public Builder addConclusionCode(Concept value) {
      this.conclusionCodes.add(Checks.notNull(value, "conclusionCodes"));
      return this;
    }

    /** Replaces the presentedForms. */
    public Builder presentedForms(List<Attachment> values) {
      this.presentedForms = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the presentedForms. */
    public Builder addPresentedForm(Attachment value) {
      this.presentedForms.add(Checks.notNull(value, "presentedForms"));
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
    public DiagnosticReport build() {
      return new DiagnosticReport(
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
          resultsInterpreters,
          specimens,
          results,
          conclusion,
          conclusionCodes,
          presentedForms,
          extras);
    }
  }
}
