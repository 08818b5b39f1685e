package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A consent record (BaRS Consent: consent to share).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param status status, or null
 * @param scope scope, or null
 * @param categories categories
 * @param patient the patient, or null
 * @param dateTime when given, or null
 * @param performers who consented
 * @param organisations custodians
 * @param policyRule policy rule, or null
 * @param policies policies
 * @param provisionType deny or permit, or null
 * @param provisionPeriod period of the provision, or null
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Consent(
    String id,
    List<Identifier> identifiers,
    String status,
    Concept scope,
    List<Concept> categories,
    Ref patient,
    PartialDateTime dateTime,
    List<Ref> performers,
    List<Ref> organisations,
    Concept policyRule,
    List<ConsentPolicy> policies,
    String provisionType,
    Period provisionPeriod,
    Extras extras) {
  public Consent {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(status, "status");
    categories = Checks.list(categories, "categories");
    performers = Checks.list(performers, "performers");
    organisations = Checks.list(organisations, "organisations");
    policies = Checks.list(policies, "policies");
    Checks.optionalText(provisionType, "provisionType");
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
    b.scope = scope;
    b.categories = new ArrayList<>(categories);
    b.patient = patient;
    b.dateTime = dateTime;
    b.performers = new ArrayList<>(performers);
    b.organisations = new ArrayList<>(organisations);
    b.policyRule = policyRule;
    b.policies = new ArrayList<>(policies);
    b.provisionType = provisionType;
    b.provisionPeriod = provisionPeriod;
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Consent[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (status != null) {
      s.append("status, ");
    }
    if (scope != null) {
      s.append("scope, ");
    }
    if (!categories.isEmpty()) {
      s.append("categories=").append(categories.size()).append(", ");
    }
    if (patient != null) {
      s.append("patient, ");
    }
    if (dateTime != null) {
      s.append("dateTime, ");
    }
    if (!performers.isEmpty()) {
      s.append("performers=").append(performers.size()).append(", ");
    }
    if (!organisations.isEmpty()) {
      s.append("organisations=").append(organisations.size()).append(", ");
    }
    if (policyRule != null) {
      s.append("policyRule, ");
    }
    if (!policies.isEmpty()) {
      s.append("policies=").append(policies.size()).append(", ");
    }
    if (provisionType != null) {
      s.append("provisionType, ");
    }
    if (provisionPeriod != null) {
      s.append("provisionPeriod, ");
    }
    if (!extras.isEmpty()) {
      s.append("extras, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /** Builds a {@link Consent}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private String status;
    private Concept scope;
    private List<Concept> categories = new ArrayList<>();
    private Ref patient;
    private PartialDateTime dateTime;
    private List<Ref> performers = new ArrayList<>();
    private List<Ref> organisations = new ArrayList<>();
    private Concept policyRule;
    private List<ConsentPolicy> policies = new ArrayList<>();
    private String provisionType;
    private Period provisionPeriod;
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

    /** Sets the scope. */
    public Builder scope(Concept value) {
      this.scope = value;
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

    /** Sets the patient. */
    public Builder patient(Ref value) {
      this.patient = value;
      return this;
    }

    /** Sets the dateTime. */
    public Builder dateTime(PartialDateTime value) {
      this.dateTime = value;
      return this;
    }

    /** Replaces the performers. */
    public Builder performers(List<Ref> values) {
      this.performers = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the performers. */
    public Builder addPerformer(Ref value) {
      this.performers.add(Checks.notNull(value, "performers"));
      return this;
    }

    /** Replaces the organisations. */
    public Builder organisations(List<Ref> values) {
      this.organisations = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the organisations. */
    public Builder addOrganisation(Ref value) {
      this.organisations.add(Checks.notNull(value, "organisations"));
      return this;
    }

    /** Sets the policyRule. */
    public Builder policyRule(Concept value) {
      this.policyRule = value;
      return this;
    }

    /** Replaces the policies. */
    public Builder policies(List<ConsentPolicy> values) {
      this.policies = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the policies. */
    public Builder addPolicy(ConsentPolicy value) {
      this.policies.add(Checks.notNull(value, "policies"));
      return this;
    }

    /** Sets the provisionType. */
    public Builder provisionType(String value) {
      this.provisionType = value;
      return this;
    }

    /** Sets the provisionPeriod. */
    public Builder provisionPeriod(Period value) {
      this.provisionPeriod = value;
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
    public Consent build() {
      return new Consent(
          id,
          identifiers,
          status,
          scope,
          categories,
          patient,
          dateTime,
          performers,
          organisations,
          policyRule,
          policies,
          provisionType,
          provisionPeriod,
          extras);
    }
  }
}
