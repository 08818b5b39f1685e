package dev.koine.core.model;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A patient: UK Core Patient, CareConnect-Patient-1, HL7 v2 PID/PD1 (NHS-STANDARDS.md §1.7, §2.1,
 * §3).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param nhsNumberVerificationStatus NHS number verification status (UK Core England 01-08,
 *     CareConnect, or v2 NSTS01-08 kept as sent), or null
 * @param active whether the record is active, or null
 * @param names names
 * @param telecom phone, email ...
 * @param gender administrative gender, or null
 * @param genderCode the gender code as sent (FHIR code, HL7 table 0001 or NHS Data Dictionary
 *     1/2/9/X), or null
 * @param birthDate birth date, or null
 * @param deceased deceased flag when sent as a boolean, or null
 * @param deceasedAt date-time of death when sent, or null
 * @param addresses addresses
 * @param maritalStatus marital status, or null
 * @param multipleBirthOrder birth order for multiple births, or null
 * @param multipleBirth multiple birth flag when sent as boolean, or null
 * @param ethnicCategory ethnic category (UK Core EthnicCategoryEngland), or null
 * @param religion religious affiliation, or null
 * @param communications languages spoken, preferred, interpreter needed
 * @param contacts next of kin and other contacts
 * @param generalPractitioners registered GP and GP practice (PD1-3/PD1-4;
 *     Patient.generalPractitioner)
 * @param managingOrganisation managing organisation, or null
 * @param links links to other patient records (merges, replaced-by)
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Patient(
    String id,
    List<Identifier> identifiers,
    Coding nhsNumberVerificationStatus,
    Boolean active,
    List<HumanName> names,
    List<ContactPoint> telecom,
    AdministrativeGender gender,
    Coding genderCode,
    PartialDateTime birthDate,
    Boolean deceased,
    PartialDateTime deceasedAt,
    List<Address> addresses,
    Concept maritalStatus,
    Integer multipleBirthOrder,
    Boolean multipleBirth,
    Concept ethnicCategory,
    Concept religion,
    List<Communication> communications,
    List<PatientContact> contacts,
    List<Ref> generalPractitioners,
    Ref managingOrganisation,
    List<Ref> links,
    Extras extras) {
  public Patient {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    names = Checks.list(names, "names");
    telecom = Checks.list(telecom, "telecom");
    addresses = Checks.list(addresses, "addresses");
    communications = Checks.list(communications, "communications");
    contacts = Checks.list(contacts, "contacts");
    generalPractitioners = Checks.list(generalPractitioners, "generalPractitioners");
    links = Checks.list(links, "links");
    extras = extras == null ? Extras.NONE : extras;
  }

  /** The NHS number identifier, if the patient has one in the canonical system. */
  public java.util.Optional<Identifier> nhsNumber() {
    return identifiers.stream()
        .filter(i -> i.isIn(dev.koine.core.id.IdentifierSystems.NHS_NUMBER.fhirUri()))
        .findFirst();
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
    b.nhsNumberVerificationStatus = nhsNumberVerificationStatus;
    b.active = active;
    b.names = new ArrayList<>(names);
    b.telecom = new ArrayList<>(telecom);
    b.gender = gender;
    b.genderCode = genderCode;
    b.birthDate = birthDate;
    b.deceased = deceased;
    b.deceasedAt = deceasedAt;
    b.addresses = new ArrayList<>(addresses);
    b.maritalStatus = maritalStatus;
    b.multipleBirthOrder = multipleBirthOrder;
    b.multipleBirth = multipleBirth;
    b.ethnicCategory = ethnicCategory;
    b.religion = religion;
    b.communications = new ArrayList<>(communications);
    b.contacts = new ArrayList<>(contacts);
    b.generalPractitioners = new ArrayList<>(generalPractitioners);
    b.managingOrganisation = managingOrganisation;
    b.links = new ArrayList<>(links);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Patient[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (nhsNumberVerificationStatus != null) {
      s.append("nhsNumberVerificationStatus, ");
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
    if (gender != null) {
      s.append("gender=").append(gender).append(", ");
    }
    if (genderCode != null) {
      s.append("genderCode, ");
    }
    if (birthDate != null) {
      s.append("birthDate, ");
    }
    if (deceased != null) {
      s.append("deceased=").append(deceased).append(", ");
    }
    if (deceasedAt != null) {
      s.append("deceasedAt, ");
    }
    if (!addresses.isEmpty()) {
      s.append("addresses=").append(addresses.size()).append(", ");
    }
    if (maritalStatus != null) {
      s.append("maritalStatus, ");
    }
    if (multipleBirthOrder != null) {
      s.append("multipleBirthOrder, ");
    }
    if (multipleBirth != null) {
      s.append("multipleBirth=").append(multipleBirth).append(", ");
    }
    if (ethnicCategory != null) {
      s.append("ethnicCategory, ");
    }
    if (religion != null) {
      s.append("religion, ");
    }
    if (!communications.isEmpty()) {
      s.append("communications=").append(communications.size()).append(", ");
    }
    if (!contacts.isEmpty()) {
      s.append("contacts=").append(contacts.size()).append(", ");
    }
    if (!generalPractitioners.isEmpty()) {
      s.append("generalPractitioners=").append(generalPractitioners.size()).append(", ");
    }
    if (managingOrganisation != null) {
      s.append("managingOrganisation, ");
    }
    if (!links.isEmpty()) {
      s.append("links=").append(links.size()).append(", ");
    }
    if (!extras.isEmpty()) {
      s.append("extras, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /** Builds a {@link Patient}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private Coding nhsNumberVerificationStatus;
    private Boolean active;
    private List<HumanName> names = new ArrayList<>();
    private List<ContactPoint> telecom = new ArrayList<>();
    private AdministrativeGender gender;
    private Coding genderCode;
    private PartialDateTime birthDate;
    private Boolean deceased;
    private PartialDateTime deceasedAt;
    private List<Address> addresses = new ArrayList<>();
    private Concept maritalStatus;
    private Integer multipleBirthOrder;
    private Boolean multipleBirth;
    private Concept ethnicCategory;
    private Concept religion;
    private List<Communication> communications = new ArrayList<>();
    private List<PatientContact> contacts = new ArrayList<>();
    private List<Ref> generalPractitioners = new ArrayList<>();
    private Ref managingOrganisation;
    private List<Ref> links = new ArrayList<>();
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

    /** Sets the nhsNumberVerificationStatus. */
    public Builder nhsNumberVerificationStatus(Coding value) {
      this.nhsNumberVerificationStatus = value;
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

    /** Sets the gender. */
    public Builder gender(AdministrativeGender value) {
      this.gender = value;
      return this;
    }

    /** Sets the genderCode. */
    public Builder genderCode(Coding value) {
      this.genderCode = value;
      return this;
    }

    /** Sets the birthDate. */
    public Builder birthDate(PartialDateTime value) {
      this.birthDate = value;
      return this;
    }

    /** Sets the deceased. */
    public Builder deceased(Boolean value) {
      this.deceased = value;
      return this;
    }

    /** Sets the deceasedAt. */
    public Builder deceasedAt(PartialDateTime value) {
      this.deceasedAt = value;
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

    /** Sets the maritalStatus. */
    public Builder maritalStatus(Concept value) {
      this.maritalStatus = value;
      return this;
    }

    /** Sets the multipleBirthOrder. */
    public Builder multipleBirthOrder(Integer value) {
      this.multipleBirthOrder = value;
      return this;
    }

    /** Sets the multipleBirth. */
    public Builder multipleBirth(Boolean value) {
      this.multipleBirth = value;
      return this;
    }

    /** Sets the ethnicCategory. */
    public Builder ethnicCategory(Concept value) {
      this.ethnicCategory = value;
      return this;
    }

    /** Sets the religion. */
    public Builder religion(Concept value) {
      this.religion = value;
      return this;
    }

    /** Replaces the communications. */
    public Builder communications(List<Communication> values) {
      this.communications = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the communications. */
    public Builder addCommunication(Communication value) {
      this.communications.add(Checks.notNull(value, "communications"));
      return this;
    }

    /** Replaces the contacts. */
    public Builder contacts(List<PatientContact> values) {
      this.contacts = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the contacts. */
    public Builder addContact(PatientContact value) {
      this.contacts.add(Checks.notNull(value, "contacts"));
      return this;
    }

    /** Replaces the generalPractitioners. */
    public Builder generalPractitioners(List<Ref> values) {
      this.generalPractitioners = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the generalPractitioners. */
    public Builder addGeneralPractitioner(Ref value) {
      this.generalPractitioners.add(Checks.notNull(value, "generalPractitioners"));
      return this;
    }

    /** Sets the managingOrganisation. */
    public Builder managingOrganisation(Ref value) {
      this.managingOrganisation = value;
      return this;
    }

    /** Replaces the links. */
    public Builder links(List<Ref> values) {
      this.links = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the links. */
    public Builder addLink(Ref value) {
      this.links.add(Checks.notNull(value, "links"));
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
    public Patient build() {
      return new Patient(
          id,
          identifiers,
          nhsNumberVerificationStatus,
          active,
          names,
          telecom,
          gender,
          genderCode,
          birthDate,
          deceased,
          deceasedAt,
          addresses,
          maritalStatus,
          multipleBirthOrder,
          multipleBirth,
          ethnicCategory,
          religion,
          communications,
          contacts,
          generalPractitioners,
          managingOrganisation,
          links,
          extras);
    }
  }
}
