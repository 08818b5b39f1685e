package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A service offered by an organisation, e.g. a Directory of Services entry (BaRS target).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param active active flag, or null
 * @param providedBy providing organisation, or null
 * @param categories categories
 * @param types types
 * @param specialties specialties
 * @param locations locations
 * @param name name, or null
 * @param comment comment, or null
 * @param telecom contact points
 * @param endpoints technical endpoints
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record HealthcareService(
    String id,
    List<Identifier> identifiers,
    Boolean active,
    Ref providedBy,
    List<Concept> categories,
    List<Concept> types,
    List<Concept> specialties,
    List<Ref> locations,
    String name,
    String comment,
    List<ContactPoint> telecom,
    List<Ref> endpoints,
    Extras extras) {
  public HealthcareService {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    categories = Checks.list(categories, "categories");
    types = Checks.list(types, "types");
    specialties = Checks.list(specialties, "specialties");
    locations = Checks.list(locations, "locations");
    Checks.optionalText(name, "name");
    Checks.optionalText(comment, "comment");
    telecom = Checks.list(telecom, "telecom");
    endpoints = Checks.list(endpoints, "endpoints");
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
    b.active = active;
    b.providedBy = providedBy;
    b.categories = new ArrayList<>(categories);
    b.types = new ArrayList<>(types);
    b.specialties = new ArrayList<>(specialties);
    b.locations = new ArrayList<>(locations);
    b.name = name;
    b.comment = comment;
    b.telecom = new ArrayList<>(telecom);
    b.endpoints = new ArrayList<>(endpoints);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("HealthcareService[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (active != null) {
      s.append("active=").append(active).append(", ");
    }
    if (providedBy != null) {
      s.append("providedBy, ");
    }
    if (!categories.isEmpty()) {
      s.append("categories=").append(categories.size()).append(", ");
    }
    if (!types.isEmpty()) {
      s.append("types=").append(types.size()).append(", ");
    }
    if (!specialties.isEmpty()) {
      s.append("specialties=").append(specialties.size()).append(", ");
    }
    if (!locations.isEmpty()) {
      s.append("locations=").append(locations.size()).append(", ");
    }
    if (name != null) {
      s.append("name, ");
    }
    if (comment != null) {
      s.append("comment, ");
    }
    if (!telecom.isEmpty()) {
      s.append("telecom=").append(telecom.size()).append(", ");
    }
    if (!endpoints.isEmpty()) {
      s.append("endpoints=").append(endpoints.size()).append(", ");
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
   * Builds a {@link HealthcareService}; validation happens in the record's constructor. Not
   * thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private Boolean active;
    private Ref providedBy;
    private List<Concept> categories = new ArrayList<>();
    private List<Concept> types = new ArrayList<>();
    private List<Concept> specialties = new ArrayList<>();
    private List<Ref> locations = new ArrayList<>();
    private String name;
    private String comment;
    private List<ContactPoint> telecom = new ArrayList<>();
    private List<Ref> endpoints = new ArrayList<>();
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

    /** Sets the active. */
    public Builder active(Boolean value) {
      this.active = value;
      return this;
    }

    /** Sets the providedBy. */
    public Builder providedBy(Ref value) {
      this.providedBy = value;
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

    /** Replaces the types. */
    public Builder types(List<Concept> values) {
      this.types = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the types. */
    public Builder addType(Concept value) {
      this.types.add(Checks.notNull(value, "types"));
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

    /** Replaces the locations. */
    public Builder locations(List<Ref> values) {
      this.locations = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the locations. */
    public Builder addLocation(Ref value) {
      this.locations.add(Checks.notNull(value, "locations"));
      return this;
    }

    /** Sets the name. */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** Sets the comment. */
    public Builder comment(String value) {
      this.comment = value;
      return this;
    }

    /** Replaces the telecom. */
    public Builder telecom(List<ContactPoint> values) {
      this.telecom = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the telecom. */
    public Builder addTelecom(ContactPoint value) {
      this.telecom.add(Checks.notNull(value, "telecom"));
      return this;
    }

    /** Replaces the endpoints. */
    public Builder endpoints(List<Ref> values) {
      this.endpoints = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the endpoints. */
    public Builder addEndpoint(Ref value) {
      this.endpoints.add(Checks.notNull(value, "endpoints"));
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
    public HealthcareService build() {
      return new HealthcareService(
          id,
          identifiers,
          active,
          providedBy,
          categories,
          types,
          specialties,
          locations,
          name,
          comment,
          telecom,
          endpoints,
          extras);
    }
  }
}
