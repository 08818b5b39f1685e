package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A document carried with a message: an ITK-Attachment-Binary-1, a DocumentReference, a v2 OBX ED
 * or MDM TXA/OBX content.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param status status, or null
 * @param type document type, or null
 * @param categories categories
 * @param subject the patient, or null
 * @param date date, or null
 * @param authors authors
 * @param custodian custodian, or null
 * @param description description, or null
 * @param contents the content: inline data or URL
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record DocumentAttachment(
    String id,
    List<Identifier> identifiers,
    String status,
    Concept type,
    List<Concept> categories,
    Ref subject,
    PartialDateTime date,
    List<Ref> authors,
    Ref custodian,
    String description,
    List<Attachment> contents,
    Extras extras) {
  public DocumentAttachment {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(status, "status");
    categories = Checks.list(categories, "categories");
    authors = Checks.list(authors, "authors");
    Checks.optionalText(description, "description");
    contents = Checks.list(contents, "contents");
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
    b.type = type;
    b.categories = new ArrayList<>(categories);
    b.subject = subject;
    b.date = date;
    b.authors = new ArrayList<>(authors);
    b.custodian = custodian;
    b.description = description;
    b.contents = new ArrayList<>(contents);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DocumentAttachment[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (status != null) {
      s.append("status, ");
    }
    if (type != null) {
      s.append("type, ");
    }
    if (!categories.isEmpty()) {
      s.append("categories=").append(categories.size()).append(", ");
    }
    if (subject != null) {
      s.append("subject, ");
    }
    if (date != null) {
      s.append("date, ");
    }
    if (!authors.isEmpty()) {
      s.append("authors=").append(authors.size()).append(", ");
    }
    if (custodian != null) {
      s.append("custodian, ");
    }
    if (description != null) {
      s.append("description, ");
    }
    if (!contents.isEmpty()) {
      s.append("contents=").append(contents.size()).append(", ");
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
   * Builds a {@link DocumentAttachment}; validation happens in the record's constructor. Not
   * thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private String status;
    private Concept type;
    private List<Concept> categories = new ArrayList<>();
    private Ref subject;
    private PartialDateTime date;
    private List<Ref> authors = new ArrayList<>();
    private Ref custodian;
    private String description;
    private List<Attachment> contents = new ArrayList<>();
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

    /** Sets the type. */
    public Builder type(Concept value) {
      this.type = value;
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

    /** Sets the custodian. */
    public Builder custodian(Ref value) {
      this.custodian = value;
      return this;
    }

    /** Sets the description. */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** Replaces the contents. */
    public Builder contents(List<Attachment> values) {
      this.contents = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the contents. */
    public Builder addContent(Attachment value) {
      this.contents.add(Checks.notNull(value, "contents"));
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
    public DocumentAttachment build() {
      return new DocumentAttachment(
          id,
          identifiers,
          status,
          type,
          categories,
          subject,
          date,
          authors,
          custodian,
          description,
          contents,
          extras);
    }
  }
}
