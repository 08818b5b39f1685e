package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A specimen (NHS England Specimen, CareConnect-Specimen-1, v2 SPM/OBR-15).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param accessionIdentifier laboratory accession number, or null
 * @param status status, or null
 * @param type specimen type, or null
 * @param subject the patient, or null
 * @param receivedTime received time, or null
 * @param parents parent specimens
 * @param requests requests
 * @param collector collector, or null
 * @param collected collection time (dateTime or period), or null
 * @param collectedQuantity quantity collected, or null
 * @param collectionMethod collection method, or null
 * @param collectionBodySite body site, or null
 * @param conditions specimen conditions
 * @param notes notes
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Specimen(
    String id,
    List<Identifier> identifiers,
    Identifier accessionIdentifier,
    String status,
    Concept type,
    Ref subject,
    PartialDateTime receivedTime,
    List<Ref> parents,
    List<Ref> requests,
    Ref collector,
    Value collected,
    Quantity collectedQuantity,
    Concept collectionMethod,
    Concept collectionBodySite,
    List<Concept> conditions,
    List<Note> notes,
    Extras extras) {
  public Specimen {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(status, "status");
    parents = Checks.list(parents, "parents");
    requests = Checks.list(requests, "requests");
    conditions = Checks.list(conditions, "conditions");
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
    b.accessionIdentifier = accessionIdentifier;
    b.status = status;
    b.type = type;
    b.subject = subject;
    b.receivedTime = receivedTime;
    b.parents = new ArrayList<>(parents);
    b.requests = new ArrayList<>(requests);
    b.collector = collector;
    b.collected = collected;
    b.collectedQuantity = collectedQuantity;
    b.collectionMethod = collectionMethod;
    b.collectionBodySite = collectionBodySite;
    b.conditions = new ArrayList<>(conditions);
    b.notes = new ArrayList<>(notes);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Specimen[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (accessionIdentifier != null) {
      s.append("accessionIdentifier, ");
    }
    if (status != null) {
      s.append("status, ");
    }
    if (type != null) {
      s.append("type, ");
    }
    if (subject != null) {
      s.append("subject, ");
    }
    if (receivedTime != null) {
      s.append("receivedTime, ");
    }
    if (!parents.isEmpty()) {
      s.append("parents=").append(parents.size()).append(", ");
    }
    if (!requests.isEmpty()) {
      s.append("requests=").append(requests.size()).append(", ");
    }
    if (collector != null) {
      s.append("collector, ");
    }
    if (collected != null) {
      s.append("collected, ");
    }
    if (collectedQuantity != null) {
      s.append("collectedQuantity, ");
    }
    if (collectionMethod != null) {
      s.append("collectionMethod, ");
    }
    if (collectionBodySite != null) {
      s.append("collectionBodySite, ");
    }
    if (!conditions.isEmpty()) {
      s.append("conditions=").append(conditions.size()).append(", ");
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

  /** Builds a {@link Specimen}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private Identifier accessionIdentifier;
    private String status;
    private Concept type;
    private Ref subject;
    private PartialDateTime receivedTime;
    private List<Ref> parents = new ArrayList<>();
    private List<Ref> requests = new ArrayList<>();
    private Ref collector;
    private Value collected;
    private Quantity collectedQuantity;
    private Concept collectionMethod;
    private Concept collectionBodySite;
    private List<Concept> conditions = new ArrayList<>();
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

    /** Sets the accessionIdentifier. */
    public Builder accessionIdentifier(Identifier value) {
      this.accessionIdentifier = value;
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

    /** Sets the subject. */
    public Builder subject(Ref value) {
      this.subject = value;
      return this;
    }

    /** Sets the receivedTime. */
    public Builder receivedTime(PartialDateTime value) {
      this.receivedTime = value;
      return this;
    }

    /** Replaces the parents. */
    public Builder parents(List<Ref> values) {
      this.parents = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the parents. */
    public Builder addParent(Ref value) {
      this.parents.add(Checks.notNull(value, "parents"));
      return this;
    }

    /** Replaces the requests. */
    public Builder requests(List<Ref> values) {
      this.requests = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the requests. */
    public Builder addRequest(Ref value) {
      this.requests.add(Checks.notNull(value, "requests"));
      return this;
    }

    /** Sets the collector. */
    public Builder collector(Ref value) {
      this.collector = value;
      return this;
    }

    /** Sets the collected. */
    public Builder collected(Value value) {
      this.collected = value;
      return this;
    }

    /** Sets the collectedQuantity. */
    public Builder collectedQuantity(Quantity value) {
      this.collectedQuantity = value;
      return this;
    }

    /** Sets the collectionMethod. */
    public Builder collectionMethod(Concept value) {
      this.collectionMethod = value;
      return this;
    }

    /** Sets the collectionBodySite. */
    public Builder collectionBodySite(Concept value) {
      this.collectionBodySite = value;
      return this;
    }

    /** Replaces the conditions. */
    public Builder conditions(List<Concept> values) {
      this.conditions = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the conditions. */
    public Builder addCondition(Concept value) {
      this.conditions.add(Checks.notNull(value, "conditions"));
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
    public Specimen build() {
      return new Specimen(
          id,
          identifiers,
          accessionIdentifier,
          status,
          type,
          subject,
          receivedTime,
          parents,
          requests,
          collector,
          collected,
          collectedQuantity,
          collectionMethod,
          collectionBodySite,
          conditions,
          notes,
          extras);
    }
  }
}
