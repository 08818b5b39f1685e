package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A care plan or triage outcome (BaRS CarePlan: the disposition a referral carries).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param basedOn plans it fulfils
 * @param status status, or null
 * @param intent intent, or null
 * @param categories categories
 * @param title title, or null
 * @param description description, or null
 * @param subject the patient, or null
 * @param encounter encounter, or null
 * @param period period, or null
 * @param created created, or null
 * @param author author, or null
 * @param addresses conditions addressed
 * @param supportingInfo supporting information
 * @param activities activities with outcomes
 * @param notes notes
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record CarePlan(
    String id,
    List<Identifier> identifiers,
    List<Ref> basedOn,
    String status,
    String intent,
    List<Concept> categories,
    String title,
    String description,
    Ref subject,
    Ref encounter,
    Period period,
    PartialDateTime created,
    Ref author,
    List<Ref> addresses,
    List<Ref> supportingInfo,
    List<CarePlanActivity> activities,
    List<Note> notes,
    Extras extras) {
  public CarePlan {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    basedOn = Checks.list(basedOn, "basedOn");
    Checks.optionalText(status, "status");
    Checks.optionalText(intent, "intent");
    categories = Checks.list(categories, "categories");
    Checks.optionalText(title, "title");
    Checks.optionalText(description, "description");
    addresses = Checks.list(addresses, "addresses");
    supportingInfo = Checks.list(supportingInfo, "supportingInfo");
    activities = Checks.list(activities, "activities");
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
    b.basedOn = new ArrayList<>(basedOn);
    b.status = status;
    b.intent = intent;
    b.categories = new ArrayList<>(categories);
    b.title = title;
    b.description = description;
    b.subject = subject;
    b.encounter = encounter;
    b.period = period;
    b.created = created;
    b.author = author;
    b.addresses = new ArrayList<>(addresses);
    b.supportingInfo = new ArrayList<>(supportingInfo);
    b.activities = new ArrayList<>(activities);
    b.notes = new ArrayList<>(notes);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CarePlan[");
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
    if (intent != null) {
      s.append("intent, ");
    }
    if (!categories.isEmpty()) {
      s.append("categories=").append(categories.size()).append(", ");
    }
    if (title != null) {
      s.append("title, ");
    }
    if (description != null) {
      s.append("description, ");
    }
    if (subject != null) {
      s.append("subject, ");
    }
    if (encounter != null) {
      s.append("encounter, ");
    }
    if (period != null) {
      s.append("period, ");
    }
    if (created != null) {
      s.append("created, ");
    }
    if (author != null) {
      s.append("author, ");
    }
    if (!addresses.isEmpty()) {
      s.append("addresses=").append(addresses.size()).append(", ");
    }
    if (!supportingInfo.isEmpty()) {
      s.append("supportingInfo=").append(supportingInfo.size()).append(", ");
    }
    if (!activities.isEmpty()) {
      s.append("activities=").append(activities.size()).append(", ");
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

  /** Builds a {@link CarePlan}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private List<Ref> basedOn = new ArrayList<>();
    private String status;
    private String intent;
    private List<Concept> categories = new ArrayList<>();
    private String title;
    private String description;
    private Ref subject;
    private Ref encounter;
    private Period period;
    private PartialDateTime created;
    private Ref author;
    private List<Ref> addresses = new ArrayList<>();
    private List<Ref> supportingInfo = new ArrayList<>();
    private List<CarePlanActivity> activities = new ArrayList<>();
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

    /** Sets the intent. */
    public Builder intent(String value) {
      this.intent = value;
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

    /** Sets the title. */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /** Sets the description. */
    public Builder description(String value) {
      this.description = value;
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

    /** Sets the period. */
    public Builder period(Period value) {
      this.period = value;
      return this;
    }

    /** Sets the created. */
    public Builder created(PartialDateTime value) {
      this.created = value;
      return this;
    }

    /** Sets the author. */
    public Builder author(Ref value) {
      this.author = value;
      return this;
    }

    /** Replaces the addresses. */
    public Builder addresses(List<Ref> values) {
      this.addresses = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the addresses. */
    public Builder addAddress(Ref value) {
      this.addresses.add(Checks.notNull(value, "addresses"));
      return this;
    }

    /** Replaces the supportingInfo. */
    public Builder supportingInfo(List<Ref> values) {
      this.supportingInfo = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the supportingInfo. */
    public Builder addSupportingInfo(Ref value) {
      this.supportingInfo.add(Checks.notNull(value, "supportingInfo"));
      return this;
    }

    /** Replaces the activities. */
    public Builder activities(List<CarePlanActivity> values) {
      this.activities = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the activities. */
    public Builder addActivity(CarePlanActivity value) {
      this.activities.add(Checks.notNull(value, "activities"));
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
    public CarePlan build() {
      return new CarePlan(
          id,
          identifiers,
          basedOn,
          status,
          intent,
          categories,
          title,
          description,
          subject,
          encounter,
          period,
          created,
          author,
          addresses,
          supportingInfo,
          activities,
          notes,
          extras);
    }
  }
}
