package dev.koine.core.model;

import java.util.Optional;

/** Observation result status: FHIR observation-status (R4 and STU3), HL7 v2 table 0085. */
public enum ObservationStatus {
  REGISTERED("registered"),
  PRELIMINARY("preliminary"),
  FINAL("final"),
  AMENDED("amended"),
  CORRECTED("corrected"),
  CANCELLED("cancelled"),
  ENTERED_IN_ERROR("entered-in-error"),
  UNKNOWN("unknown");

  private final String fhirCode;

  ObservationStatus(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  /** The FHIR code. */
  public String fhirCode() {
    return fhirCode;
  }

  /** From a FHIR code. */
  public static Optional<ObservationStatus> fromFhir(String code) {
    for (ObservationStatus s : values()) {
      if (s.fhirCode.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
