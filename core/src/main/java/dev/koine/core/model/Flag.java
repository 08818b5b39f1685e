package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A flag or alert (UK Core Flag, BaRS scene safety, PRSB Safety alerts).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param status status, or null
 * @param categories categories
 * @param code the flag
 * @param subject the subject, or null
 * @param period period, or null
 * @param encounter encounter, or null
 * @param author author, or null
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Flag(
    String id,
    List<Identifier> identifiers,
    String status,
    List<Concept> categories,
    Concept code,
    Ref subject,
    Period period,
    Ref encounter,
    Ref author,
    Extras extras) {
  public Flag {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(status, "status");
    categories = Checks.list(categories, "categories");
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
    b.status = status;
    b.categories = new ArrayList<>(categories);
    b.code = code;
    b.subject = subject;
    b.period = period;
    b.encounter = encounter;
    b.author = author;
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Flag[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
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
    if (period != null) {
      s.append("period, ");
    }
    if (encounter != null) {
      s.append("encounter, ");
    }
    if (author != null) {
      s.append("author, ");
    }
    if (!extras.isEmpty()) {
      s.append("extras, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /** Builds a {@link Flag}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private String status;
    private List<Concept> categories = new ArrayList<>();
    private Concept code;
    private Ref subject;
    private Period period;
    private Ref encounter;
    private Ref author;
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

    /** Sets the period. */
    public Builder period(Period value) {
      this.period = value;
      return this;
    }

    /** Sets the encounter. */
    public Builder encounter(Ref value) {
      this.encounter = value;
      return this;
    }

    /** Sets the author. */
    public Builder author(Ref value) {
      this.author = value;
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
    public Flag build() {
      return new Flag(
          id, identifiers, status, categories, code, subject, period, encounter, author, extras);
    }
  }
}
