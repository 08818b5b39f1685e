package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * An organisation, usually identified by an ODS code: UK Core Organization, v2 XON (MSH-4, PD1-3).
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param active active flag, or null
 * @param types organisation types
 * @param name name, or null
 * @param aliases other names
 * @param telecom contact points
 * @param addresses addresses
 * @param partOf parent organisation, or null
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Organisation(
    String id,
    List<Identifier> identifiers,
    Boolean active,
    List<Concept> types,
    String name,
    List<String> aliases,
    List<ContactPoint> telecom,
    List<Address> addresses,
    Ref partOf,
    Extras extras) {
  public Organisation {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    types = Checks.list(types, "types");
    Checks.optionalText(name, "name");
    aliases = Checks.list(aliases, "aliases");
    telecom = Checks.list(telecom, "telecom");
    addresses = Checks.list(addresses, "addresses");
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
    b.types = new ArrayList<>(types);
    b.name = name;
    b.aliases = new ArrayList<>(aliases);
    b.telecom = new ArrayList<>(telecom);
    b.addresses = new ArrayList<>(addresses);
    b.partOf = partOf;
    b.extras = extras;
    return b;
  }

  /**
   * Builds a {@link Organisation}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private Boolean active;
    private List<Concept> types = new ArrayList<>();
    private String name;
    private List<String> aliases = new ArrayList<>();
    private List<ContactPoint> telecom = new ArrayList<>();
    private List<Address> addresses = new ArrayList<>();
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

    /** Sets the active. */
    public Builder active(Boolean value) {
      this.active = value;
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

    /** Replaces the addresses. */
    public Builder addresses(List<Address> values) {
      this.addresses = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the addresses. */
    public Builder addAddress(Address value) {
      this.addresses.add(Checks.notNull(value, "addresses"));
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
    public Organisation build() {
      return new Organisation(
          id, identifiers, active, types, name, aliases, telecom, addresses, partOf, extras);
    }
  }
}
