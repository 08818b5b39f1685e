package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A bookable slot (BaRS Slot).
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param serviceCategories service categories
 * @param serviceTypes service types
 * @param specialties specialties
 * @param appointmentType appointment type, or null
 * @param schedule schedule, or null
 * @param status busy, free ...; or null
 * @param start start, or null
 * @param end end, or null
 * @param overbooked overbooked flag, or null
 * @param comment comment, or null
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Slot(
    String id,
    List<Identifier> identifiers,
    List<Concept> serviceCategories,
    List<Concept> serviceTypes,
    List<Concept> specialties,
    Concept appointmentType,
    Ref schedule,
    String status,
    PartialDateTime start,
    PartialDateTime end,
    Boolean overbooked,
    String comment,
    Extras extras) {
  public Slot {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    serviceCategories = Checks.list(serviceCategories, "serviceCategories");
    serviceTypes = Checks.list(serviceTypes, "serviceTypes");
    specialties = Checks.list(specialties, "specialties");
    Checks.optionalText(status, "status");
    Checks.optionalText(comment, "comment");
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
    b.serviceCategories = new ArrayList<>(serviceCategories);
    b.serviceTypes = new ArrayList<>(serviceTypes);
    b.specialties = new ArrayList<>(specialties);
    b.appointmentType = appointmentType;
    b.schedule = schedule;
    b.status = status;
    b.start = start;
    b.end = end;
    b.overbooked = overbooked;
    b.comment = comment;
    b.extras = extras;
    return b;
  }

  /** Builds a {@link Slot}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private List<Concept> serviceCategories = new ArrayList<>();
    private List<Concept> serviceTypes = new ArrayList<>();
    private List<Concept> specialties = new ArrayList<>();
    private Concept appointmentType;
    private Ref schedule;
    private String status;
    private PartialDateTime start;
    private PartialDateTime end;
    private Boolean overbooked;
    private String comment;
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

    /** Replaces the serviceCategories. */
    public Builder serviceCategories(List<Concept> values) {
      this.serviceCategories = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the serviceCategories. */
    public Builder addServiceCategory(Concept value) {
      this.serviceCategories.add(Checks.notNull(value, "serviceCategories"));
      return this;
    }

    /** Replaces the serviceTypes. */
    public Builder serviceTypes(List<Concept> values) {
      this.serviceTypes = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the serviceTypes. */
    public Builder addServiceType(Concept value) {
      this.serviceTypes.add(Checks.notNull(value, "serviceTypes"));
      return this;
    }

    /** Replaces the specialties. */
    public Builder specialties(List<Concept> values) {
      this.specialties = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the specialties. */
    public Builder addSpecialty(Concept value) {
      this.specialties.add(Checks.notNull(value, "specialties"));
      return this;
    }

    /** Sets the appointmentType. */
    public Builder appointmentType(Concept value) {
      this.appointmentType = value;
      return this;
    }

    /** Sets the schedule. */
    public Builder schedule(Ref value) {
      this.schedule = value;
      return this;
    }

    /** Sets the status. */
    public Builder status(String value) {
      this.status = value;
      return this;
    }

    /** Sets the start. */
    public Builder start(PartialDateTime value) {
      this.start = value;
      return this;
    }

    /** Sets the end. */
    public Builder end(PartialDateTime value) {
      this.end = value;
      return this;
    }

    /** Sets the overbooked. */
    public Builder overbooked(Boolean value) {
      this.overbooked = value;
      return this;
    }

    /** Sets the comment. */
    public Builder comment(String value) {
      this.comment = value;
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
    public Slot build() {
      return new Slot(
          id,
          identifiers,
          serviceCategories,
          serviceTypes,
          specialties,
          appointmentType,
          schedule,
          status,
          start,
          end,
          overbooked,
          comment,
          extras);
    }
  }
}
