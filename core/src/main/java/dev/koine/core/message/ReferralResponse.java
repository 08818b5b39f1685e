package dev.koine.core.message;

import dev.koine.core.code.Concept;
import dev.koine.core.model.*;

/**
 * The reply to a referral: BaRS servicerequest-response (updated ServiceRequest, CarePlan outcome),
 * v2 RRI^I12.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param request the request as updated by the receiver, or null
 * @param outcome the outcome (e.g. accepted, rejected, ITK 30005..30025), or null
 * @param patient the patient the message is about, or null where the standard allows none
 * @param related everything else the message carries; never null
 */
public record ReferralResponse(
    ServiceRequest request, Concept outcome, Patient patient, Entities related) implements Payload {
  public ReferralResponse {
    related = related == null ? Entities.empty() : related;
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.request = request;
    b.outcome = outcome;
    b.patient = patient;
    b.related = related;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ReferralResponse[");
    if (request != null) {
      s.append("request, ");
    }
    if (outcome != null) {
      s.append("outcome, ");
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

  /**
   * Builds a {@link ReferralResponse}; validation happens in the record's constructor. Not
   * thread-safe.
   */
  public static final class Builder {
    private ServiceRequest request;
    private Concept outcome;
    private Patient patient;
    private Entities related = Entities.empty();

    private Builder() {}

    /** Sets the request. */
    public Builder request(ServiceRequest value) {
      this.request = value;
      return this;
    }

    /** Sets the outcome. */
    public Builder outcome(Concept value) {
      this.outcome = value;
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
    public ReferralResponse build() {
      return new ReferralResponse(request, outcome, patient, related);
    }
  }
}
