package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The Composition of a care document (Transfer of Care EDIS/ECD/MH/OPL, GP Connect consultation
 * report): PRSB-headed sections.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifier document identifier, or null
 * @param status status (preliminary, final, amended ...), or null
 * @param type document type (SNOMED CT record composition type refset 1127551000000109)
 * @param careSettingType care setting (CareSettingType extension; refset 999000381000000107), or
 *     null
 * @param categories categories (STU3 class)
 * @param subject the patient, or null
 * @param encounter encounter, or null
 * @param date date, or null
 * @param authors authors
 * @param title title, or null
 * @param confidentiality confidentiality code (v3 Confidentiality), or null
 * @param attesters attesters
 * @param custodian custodian, or null
 * @param relatesTo replaced or appended documents
 * @param sections PRSB-headed sections
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Composition(
    String id,
    Identifier identifier,
    String status,
    Concept type,
    Concept careSettingType,
    List<Concept> categories,
    Ref subject,
    Ref encounter,
    PartialDateTime date,
    List<Ref> authors,
    String title,
    String confidentiality,
    List<Attester> attesters,
    Ref custodian,
    List<RelatesTo> relatesTo,
    List<Section> sections,
    Extras extras) {
  public Composition {
    Checks.optionalText(id, "id");
    Checks.optionalText(status, "status");
    categories = Checks.list(categories, "categories");
    authors = Checks.list(authors, "authors");
    Checks.optionalText(title, "title");
    Checks.optionalText(confidentiality, "confidentiality");
    attesters = Checks.list(attesters, "attesters");
    relatesTo = Checks.list(relatesTo, "relatesTo");
    sections = Checks.list(sections, "sections");
    extras = extras == null ? Extras.NONE : extras;
    Checks.notNull(type, "type");
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.identifier = identifier;
    b.status = status;
    b.type = type;
    b.careSettingType = careSettingType;
    b.categories = new ArrayList<>(categories);
    b.subject = subject;
    b.encounter = encounter;
    b.date = date;
    b.authors = new ArrayList<>(authors);
    b.title = title;
    b.confidentiality = confidentiality;
    b.attesters = new ArrayList<>(attesters);
    b.custodian = custodian;
    b.relatesTo = new ArrayList<>(relatesTo);
    b.sections = new ArrayList<>(sections);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Composition[");
    if (id != null) {
      s.append("id, ");
    }
    if (identifier != null) {
      s.append("identifier, ");
    }
    if (status != null) {
      s.append("status, ");
    }
    if (type != null) {
      s.append("type, ");
    }
    if (careSettingType != null) {
      s.append("careSettingType, ");
    }
    if (!categories.isEmpty()) {
      s.append("categories=").append(categories.size()).append(", ");
    }
    if (subject != null) {
      s.append("subject, ");
    }
    if (encounter != null) {
      s.append("encounter, ");
    }
    if (date != null) {
      s.append("date, ");
    }
    if (!authors.isEmpty()) {
      s.append("authors=").append(authors.size()).append(", ");
    }
    if (title != null) {
      s.append("title, ");
    }
    if (confidentiality != null) {
      s.append("confidentiality, ");
    }
    if (!attesters.isEmpty()) {
      s.append("attesters=").append(attesters.size()).append(", ");
    }
    if (custodian != null) {
      s.append("custodian, ");
    }
    if (!relatesTo.isEmpty()) {
      s.append("relatesTo=").append(relatesTo.size()).append(", ");
    }
    if (!sections.isEmpty()) {
      s.append("sections=").append(sections.size()).append(", ");
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
   * Builds a {@link Composition}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private Identifier identifier;
    private String status;
    private Concept type;
    private Concept careSettingType;
    private List<Concept> categories = new ArrayList<>();
    private Ref subject;
    private Ref encounter;
    private PartialDateTime date;
    private List<Ref> authors = new ArrayList<>();
    private String title;
    private String confidentiality;
    private List<Attester> attesters = new ArrayList<>();
    private Ref custodian;
    private List<RelatesTo> relatesTo = new ArrayList<>();
    private List<Section> sections = new ArrayList<>();
    private Extras extras = Extras.NONE;

    private Builder() {}

    /** Sets the id. */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** Sets the identifier. */
    public Builder identifier(Identifier value) {
      this.identifier = value;
      return this;
    }

    /** Sets the status. */
    public Builder status(String value) {
      this.status = value;
      return this;
    }

    /** Sets the type. */
    public Builder type(Concept value) {
      this.type = value;
      return this;
    }

    /** Sets the careSettingType. */
    public Builder careSettingType(Concept value) {
      this.careSettingType = value;
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

    /** Sets the date. */
    public Builder date(PartialDateTime value) {
      this.date = value;
      return this;
    }

    /** Replaces the authors. */
    public Builder authors(List<Ref> values) {
      this.authors = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the authors. */
    public Builder addAuthor(Ref value) {
      this.authors.add(Checks.notNull(value, "authors"));
      return this;
    }

    /** Sets the title. */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /** Sets the confidentiality. */
    public Builder confidentiality(String value) {
      this.confidentiality = value;
      return this;
    }

    /** Replaces the attesters. */
    public Builder attesters(List<Attester> values) {
      this.attesters = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the attesters. */
    public Builder addAttester(Attester value) {
      this.attesters.add(Checks.notNull(value, "attesters"));
      return this;
    }

    /** Sets the custodian. */
    public Builder custodian(Ref value) {
      this.custodian = value;
      return this;
    }

    /** Replaces the relatesTo. */
    public Builder relatesTo(List<RelatesTo> values) {
      this.relatesTo = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the relatesTo. */
    public Builder addRelatesTo(RelatesTo value) {
      this.relatesTo.add(Checks.notNull(value, "relatesTo"));
      return this;
    }

    /** Replaces the sections. */
    public Builder sections(List<Section> values) {
      this.sections = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the sections. */
    public Builder addSection(Section value) {
      this.sections.add(Checks.notNull(value, "sections"));
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
    public Composition build() {
      return new Composition(
          id,
          identifier,
          status,
          type,
          careSettingType,
          categories,
          subject,
          encounter,
          date,
          authors,
          title,
          confidentiality,
          attesters,
          custodian,
          relatesTo,
          sections,
          extras);
    }
  }
}
