package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A person related to the patient (ITK-RelatedPerson-1): carer, next of kin.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param active active flag, or null
 * @param patient the patient, or null
 * @param relationships relationships
 * @param names names
 * @param telecom contact points
 * @param gender gender, or null
 * @param birthDate birth date, or null
 * @param addresses addresses
 * @param period period, or null
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record RelatedPerson(
    String id,
    List<Identifier> identifiers,
    Boolean active,
    Ref patient,
    List<Concept> relationships,
    List<HumanName> names,
    List<ContactPoint> telecom,
    AdministrativeGender gender,
    PartialDateTime birthDate,
    List<Address> addresses,
    Period period,
    Extras extras) {
  public RelatedPerson {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    relationships = Checks.list(relationships, "relationships");
    names = Checks.list(names, "names");
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
    b.patient = patient;
    b.relationships = new ArrayList<>(relationships);
    b.names = new ArrayList<>(names);
    b.telecom = new ArrayList<>(telecom);
    b.gender = gender;
    b.birthDate = birthDate;
    b.addresses = new ArrayList<>(addresses);
    b.period = period;
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("RelatedPerson[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (active != null) {
      s.append("active=").append(active).append(", ");
    }
    if (patient != null) {
      s.append("patient, ");
    }
    if (!relationships.isEmpty()) {
      s.append("relationships=").append(relationships.size()).append(", ");
    }
    if (!names.isEmpty()) {
      s.append("names=").append(names.size()).append(", ");
    }
    if (!telecom.isEmpty()) {
      s.append("telecom=").append(telecom.size()).append(", ");
    }
    if (gender != null) {
      s.append("gender=").append(gender).append(", ");
    }
    if (birthDate != null) {
      s.append("birthDate, ");
    }
    if (!addresses.isEmpty()) {
      s.append("addresses=").append(addresses.size()).append(", ");
    }
    if (period != null) {
      s.append("period, ");
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
   * Builds a {@link RelatedPerson}; validation happens in the record's constructor. Not
   * thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private Boolean active;
    private Ref patient;
    private List<Concept> relationships = new ArrayList<>();
    private List<HumanName> names = new ArrayList<>();
    private List<ContactPoint> telecom = new ArrayList<>();
    private AdministrativeGender gender;
    private PartialDateTime birthDate;
    private List<Address> addresses = new ArrayList<>();
    private Period period;
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

    /** Sets the patient. */
    public Builder patient(Ref value) {
      this.patient = value;
      return this;
    }

    /** Replaces the relationships. */
    public Builder relationships(List<Concept> values) {
      this.relationships = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the relationships. */
    public Builder addRelationship(Concept value) {
      this.relationships.add(Checks.notNull(value, "relationships"));
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

    /** Sets the gender. */
    public Builder gender(AdministrativeGender value) {
      this.gender = value;
      return this;
    }

    /** Sets the birthDate. */
    public Builder birthDate(PartialDateTime value) {
      this.birthDate = value;
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

    /** Sets the period. */
    public Builder period(Period value) {
      this.period = value;
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
    public RelatedPerson build() {
      return new RelatedPerson(
          id,
          identifiers,
          active,
          patient,
          relationships,
          names,
          telecom,
          gender,
          birthDate,
          addresses,
          period,
          extras);
    }
  }
}
