package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;
import java.util.ArrayList;
import java.util.List;

/**
 * A laboratory report: NHS England unsolicited-observations, ITK National Pathology (ITK012M), HL7
 * v2 ORU^R01.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param reports the reports; their results, specimens and requests are in related
 * @param patient the patient the message is about, or null where the standard allows none
 * @param related everything else the message carries; never null
 */
public record LabReport(List<DiagnosticReport> reports, Patient patient, Entities related)
    implements Payload {
  public LabReport {
    reports = Checks.list(reports, "reports");
    related = related == null ? Entities.empty() : related;
    Checks.require(!reports.isEmpty(), "a lab report needs at least one diagnostic report");
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.reports = new ArrayList<>(reports);
    b.patient = patient;
    b.related = related;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("LabReport[");
    if (!reports.isEmpty()) {
      s.append("reports=").append(reports.size()).append(", ");
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
   * Builds a {@link LabReport}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private List<DiagnosticReport> reports = new ArrayList<>();
    private Patient patient;
    private Entities related = Entities.empty();

    private Builder() {}

    /** Replaces the reports. */
    public Builder reports(List<DiagnosticReport> values) {
      this.reports = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the reports. */
    public Builder addReport(DiagnosticReport value) {
      this.reports.add(Checks.notNull(value, "reports"));
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
    public LabReport build() {
      return new LabReport(reports, patient, related);
    }
  }
}
