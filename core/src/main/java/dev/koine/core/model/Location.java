package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A place: ward, clinic, site or incident location (UK Core Location, v2 PL, BaRS incident
 * location).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param status status code, or null
 * @param name name, or null
 * @param aliases other names
 * @param description description, or null
 * @param mode instance or kind, or null
 * @param types location types
 * @param telecom contact points
 * @param address address, or null
 * @param physicalType physical type, or null
 * @param position geographic position, or null
 * @param managingOrganisation managing organisation, or null
 * @param partOf containing location, or null
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Location(
    String id,
    List<Identifier> identifiers,
    String status,
    String name,
    List<String> aliases,
    String description,
    String mode,
    List<Concept> types,
    List<ContactPoint> telecom,
    Address address,
    Concept physicalType,
    Position position,
    Ref managingOrganisation,
    Ref partOf,
    Extras extras) {
  public Location {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(status, "status");
    Checks.optionalText(name, "name");
    aliases = Checks.list(aliases, "aliases");
    Checks.optionalText(description, "description");
    Checks.optionalText(mode, "mode");
    types = Checks.list(types, "types");
    telecom = Checks.list(telecom, "telecom");
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
    b.name = name;
    b.aliases = new ArrayList<>(aliases);
    b.description = description;
    b.mode = mode;
    b.types = new ArrayList<>(types);
    b.telecom = new ArrayList<>(telecom);
    b.address = address;
    b.physicalType = physicalType;
    b.position = position;
    b.managingOrganisation = managingOrganisation;
    b.partOf = partOf;
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Location[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (status != null) {
      s.append("status, ");
    }
    if (name != null) {
      s.append("name, ");
    }
    if (!aliases.isEmpty()) {
      s.append("aliases=").append(aliases.size()).append(", ");
    }
    if (description != null) {
      s.append("description, ");
    }
    if (mode != null) {
      s.append("mode, ");
    }
    if (!types.isEmpty()) {
      s.append("types=").append(types.size()).append(", ");
    }
    if (!telecom.isEmpty()) {
      s.append("telecom=").append(telecom.size()).append(", ");
    }
    if (address != null) {
      s.append("address, ");
    }
    if (physicalType != null) {
      s.append("physicalType, ");
    }
    if (position != null) {
      s.append("position, ");
    }
    if (managingOrganisation != null) {
      s.append("managingOrganisation, ");
    }
    if (partOf != null) {
      s.append("partOf, ");
    }
    if (!extras.isEmpty()) {
      s.append("extras, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /** Builds a {@link Location}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private String status;
    private String name;
    private List<String> aliases = new ArrayList<>();
    private String description;
    private String mode;
    private List<Concept> types = new ArrayList<>();
    private List<ContactPoint> telecom = new ArrayList<>();
    private Address address;
    private Concept physicalType;
    private Position position;
    private Ref managingOrganisation;
    private Ref partOf;
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

    /** Sets the name. */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** Replaces the aliases. */
    public Builder aliases(List<String> values) {
      this.aliases = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the aliases. */
    public Builder addAlias(String value) {
      this.aliases.add(Checks.notNull(value, "aliases"));
      return this;
    }

    /** Sets the description. */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** Sets the mode. */
    public Builder mode(String value) {
      this.mode = value;
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

    /** Sets the address. */
    public Builder address(Address value) {
      this.address = value;
      return this;
    }

    /** Sets the physicalType. */
    public Builder physicalType(Concept value) {
      this.physicalType = value;
      return this;
    }

    /** Sets the position. */
    public Builder position(Position value) {
      this.position = value;
      return this;
    }

    /** Sets the managingOrganisation. */
    public Builder managingOrganisation(Ref value) {
      this.managingOrganisation = value;
      return this;
    }

    /** Sets the partOf. */
    public Builder partOf(Ref value) {
      this.partOf = value;
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
    public Location build() {
      return new Location(
          id,
          identifiers,
          status,
          name,
          aliases,
          description,
          mode,
          types,
          telecom,
          address,
          physicalType,
          position,
          managingOrganisation,
          partOf,
          extras);
    }
  }
}
