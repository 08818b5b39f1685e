package dev.koine.core.model;

import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A health professional: UK Core Practitioner, CareConnect-Practitioner-1, HL7 v2 XCN.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param active active flag, or null
 * @param names names
 * @param telecom contact points
 * @param addresses addresses
 * @param gender gender, or null
 * @param qualifications qualifications
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Practitioner(
    String id,
    List<Identifier> identifiers,
    Boolean active,
    List<HumanName> names,
    List<ContactPoint> telecom,
    List<Address> addresses,
    AdministrativeGender gender,
    List<Qualification> qualifications,
    Extras extras) {
  public Practitioner {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    names = Checks.list(names, "names");
    telecom = Checks.list(telecom, "telecom");
    addresses = Checks.list(addresses, "addresses");
    qualifications = Checks.list(qualifications, "qualifications");
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
    b.names = new ArrayList<>(names);
    b.telecom = new ArrayList<>(telecom);
    b.addresses = new ArrayList<>(addresses);
    b.gender = gender;
    b.qualifications = new ArrayList<>(qualifications);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Practitioner[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (active != null) {
      s.append("active=").append(active).append(", ");
    }
    if (!names.isEmpty()) {
      s.append("names=").append(names.size()).append(", ");
    }
    if (!telecom.isEmpty()) {
      s.append("telecom=").append(telecom.size()).append(", ");
    }
    if (!addresses.isEmpty()) {
      s.append("addresses=").append(addresses.size()).append(", ");
    }
    if (gender != null) {
      s.append("gender=").append(gender).append(", ");
    }
    if (!qualifications.isEmpty()) {
      s.append("qualifications=").append(qualifications.size()).append(", ");
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
   * Builds a {@link Practitioner}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private Boolean active;
    private List<HumanName> names = new ArrayList<>();
    private List<ContactPoint> telecom = new ArrayList<>();
    private List<Address> addresses = new ArrayList<>();
    private AdministrativeGender gender;
    private List<Qualification> qualifications = new ArrayList<>();
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

    /** Replaces the names. */
    public Builder names(List<HumanName> values) {
      this.names = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the names. */
    public Builder addName(HumanName value) {
      this.names.add(Checks.notNull(value, "names"));
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

    /** Sets the gender. */
    public Builder gender(AdministrativeGender value) {
      this.gender = value;
      return this;
    }

    /** Replaces the qualifications. */
    public Builder qualifications(List<Qualification> values) {
      this.qualifications = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the qualifications. */
    public Builder addQualification(Qualification value) {
      this.qualifications.add(Checks.notNull(value, "qualifications"));
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
    public Practitioner build() {
      return new Practitioner(
          id, identifiers, active, names, telecom, addresses, gender, qualifications, extras);
    }
  }
}
