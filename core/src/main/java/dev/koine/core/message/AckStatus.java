package dev.koine.core.message;

/**
 * The outcome an acknowledgement reports: FHIR response-code (ok, transient-error, fatal-error),
 * HL7 v2 table 0008 (AA/CA ok, AE/CE error, AR/CR reject).
 */
public enum AckStatus {
  OK("ok"),
  TRANSIENT_ERROR("transient-error"),
  FATAL_ERROR("fatal-error");

  private final String fhirCode;

  AckStatus(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  /** The FHIR response-code. */
  public String fhirCode() {
    return fhirCode;
  }

  /** True for {@link #OK}. */
  public boolean isPositive() {
    return this == OK;
  }
}
