package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;
import java.util.ArrayList;
import java.util.List;

/**
 * A laboratory order: NHS England laboratory-order, HL7 v2 ORM^O01 / OML^O21.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param requests the tests requested
 * @param patient the patient the message is about, or null where the standard allows none
 * @param related everything else the message carries; never null
 */
public record LabOrder(List<ServiceRequest> requests, Patient patient, Entities related)
    implements Payload {
  public LabOrder {
    requests = Checks.list(requests, "requests");
    related = related == null ? Entities.empty() : related;
    Checks.require(!requests.isEmpty(), "a lab order needs at least one request");
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.requests = new ArrayList<>(requests);
    b.patient = patient;
    b.related = related;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("LabOrder[");
    if (!requests.isEmpty()) {
      s.append("requests=").append(requests.size()).append(", ");
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

  /** Builds a {@link LabOrder}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private List<ServiceRequest> requests = new ArrayList<>();
    private Patient patient;
    private Entities related = Entities.empty();

    private Builder() {}

    /** Replaces the requests. */
    public Builder requests(List<ServiceRequest> values) {
      this.requests = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the requests. */
    public Builder addRequest(ServiceRequest value) {
      this.requests.add(Checks.notNull(value, "requests"));
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
    public LabOrder build() {
      return new LabOrder(requests, patient, related);
    }
  }
}
