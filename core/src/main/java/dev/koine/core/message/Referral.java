package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;

/**
 * A referral or validation request: BaRS servicerequest-request, e-RS ReferralRequest, HL7 v2
 * REF^I12.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param request the request
 * @param patient the patient the message is about, or null where the standard allows none
 * @param related everything else the message carries; never null
 */
public record Referral(ServiceRequest request, Patient patient, Entities related)
    implements Payload {
  public Referral {
    related = related == null ? Entities.empty() : related;
    Checks.notNull(request, "request");
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.request = request;
    b.patient = patient;
    b.related = related;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Referral[");
    if (request != null) {
      s.append("request, ");
    }
    if (patient != null) {
      s.append("patient, ");
    }
    if (related != null) {
      s.append("related, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /** Builds a {@link Referral}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private ServiceRequest request;
    private Patient patient;
    private Entities related = Entities.empty();

    private Builder() {}

    /** Sets the request. */
    public Builder request(ServiceRequest value) {
      this.request = value;
      return this;
    }

    /** Sets the patient. */
    public Builder patient(Patient value) {
      this.patient = value;
      return this;
    }

    /** Sets the related. */
    public Builder related(Entities value) {
      this.related = value;
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public Referral build() {
      return new Referral(request, patient, related);
    }
  }
}
