package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A practitioner in a role at an organisation: UK Core PractitionerRole (SDS role profile, job
 * role).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param active active flag, or null
 * @param period period of the role, or null
 * @param practitioner the practitioner, or null
 * @param organisation the organisation, or null
 * @param codes job roles (SDS job role name)
 * @param specialties specialties (treatment function, PracticeSettingCode)
 * @param locations locations
 * @param services healthcare services
 * @param telecom contact points
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record PractitionerRole(
    String id,
    List<Identifier> identifiers,
    Boolean active,
    Period period,
    Ref practitioner,
    Ref organisation,
    List<Concept> codes,
    List<Concept> specialties,
    List<Ref> locations,
    List<Ref> services,
    List<ContactPoint> telecom,
    Extras extras) {
  public PractitionerRole {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    codes = Checks.list(codes, "codes");
    specialties = Checks.list(specialties, "specialties");
    locations = Checks.list(locations, "locations");
    services = Checks.list(services, "services");
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
    b.active = active;
    b.period = period;
    b.practitioner = practitioner;
    b.organisation = organisation;
    b.codes = new ArrayList<>(codes);
    b.specialties = new ArrayList<>(specialties);
    b.locations = new ArrayList<>(locations);
    b.services = new ArrayList<>(services);
    b.telecom = new ArrayList<>(telecom);
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("PractitionerRole[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (active != null) {
      s.append("active=").append(active).append(", ");
    }
    if (period != null) {
      s.append("period, ");
    }
    if (practitioner != null) {
      s.append("practitioner, ");
    }
    if (organisation != null) {
      s.append("organisation, ");
    }
    if (!codes.isEmpty()) {
      s.append("codes=").append(codes.size()).append(", ");
    }
    if (!specialties.isEmpty()) {
      s.append("specialties=").append(specialties.size()).append(", ");
    }
    if (!locations.isEmpty()) {
      s.append("locations=").append(locations.size()).append(", ");
    }
    if (!services.isEmpty()) {
      s.append("services=").append(services.size()).append(", ");
    }
    if (!telecom.isEmpty()) {
      s.append("telecom=").append(telecom.size()).append(", ");
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
   * Builds a {@link PractitionerRole}; validation happens in the record's constructor. Not
   * thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private Boolean active;
    private Period period;
    private Ref practitioner;
    private Ref organisation;
    private List<Concept> codes = new ArrayList<>();
    private List<Concept> specialties = new ArrayList<>();
    private List<Ref> locations = new ArrayList<>();
    private List<Ref> services = new ArrayList<>();
    private List<ContactPoint> telecom = new ArrayList<>();
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

    /** Sets the period. */
    public Builder period(Period value) {
      this.period = value;
      return this;
    }

    /** Sets the practitioner. */
    public Builder practitioner(Ref value) {
      this.practitioner = value;
      return this;
    }

    /** Sets the organisation. */
    public Builder organisation(Ref value) {
      this.organisation = value;
      return this;
    }

    /** Replaces the codes. */
    public Builder codes(List<Concept> values) {
      this.codes = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the codes. */
    public Builder addCode(Concept value) {
      this.codes.add(Checks.notNull(value, "codes"));
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

    /** Replaces the services. */
    public Builder services(List<Ref> values) {
      this.services = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the services. */
    public Builder addService(Ref value) {
      this.services.add(Checks.notNull(value, "services"));
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

    /** Sets the extras. */
    public Builder extras(Extras value) {
      this.extras = value;
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public PractitionerRole build() {
      return new PractitionerRole(
          id,
          identifiers,
          active,
          period,
          practitioner,
          organisation,
          codes,
          specialties,
          locations,
          services,
          telecom,
          extras);
    }
  }
}
