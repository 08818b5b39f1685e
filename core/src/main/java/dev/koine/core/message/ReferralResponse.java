package dev.koine.core.message;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;
import java.util.ArrayList;
import java.util.List;

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
 * @param focus what the message header names as its focus when that is not the request (a BaRS
 *     validation response focuses on the receiver's Encounter, for example), by id of an entity in
 *     the message; empty when the focus is the request
 */
public record ReferralResponse(
    ServiceRequest request, Concept outcome, Patient patient, Entities related, List<Ref> focus)
    implements Payload {
  public ReferralResponse {
    related = related == null ? Entities.empty() : related;
    focus = Checks.list(focus, "focus");
  }

  /**
   * A response whose focus is its request.
   *
   * @param request the request as updated by the receiver, or null
   * @param outcome the outcome, or null
   * @param patient the patient, or null
   * @param related everything else the message carries
   */
  public ReferralResponse(
      ServiceRequest request, Concept outcome, Patient patient, Entities related) {
    this(request, outcome, patient, related, List.of());
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
    b.focus = new ArrayList<>(focus);
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
    if (!focus.isEmpty()) {
      s.append("focus, ");
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
    private List<Ref> focus = new ArrayList<>();

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

    /** Sets the focus. */
    public Builder focus(List<Ref> value) {
      this.focus = value == null ? new ArrayList<>() : new ArrayList<>(value);
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public ReferralResponse build() {
      return new ReferralResponse(request, outcome, patient, related, focus);
    }
  }
}
