package dev.koine.core.message;

import java.util.Optional;

/**
 * When a response is wanted: FHIR R4 {@code messageheader-response-request} and HL7 v2 table 0155
 * (MSH-15/MSH-16 accept and application acknowledgement types).
 */
public enum ResponseRequest {
  ALWAYS("always", "AL"),
  ON_ERROR("on-error", "ER"),
  NEVER("never", "NE"),
  ON_SUCCESS("on-success", "SU");

  private final String fhirCode;
  private final String v2Code;

  ResponseRequest(String fhirCode, String v2Code) {
    this.fhirCode = fhirCode;
    this.v2Code = v2Code;
  }

  /** The FHIR code. */
  public String fhirCode() {
    return fhirCode;
  }

  /** The HL7 v2 table 0155 code. */
  public String v2Code() {
    return v2Code;
  }

  /** From a FHIR code. */
  public static Optional<ResponseRequest> fromFhir(String code) {
    for (ResponseRequest r : values()) {
      if (r.fhirCode.equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** From an HL7 v2 table 0155 code. */
  public static Optional<ResponseRequest> fromV2(String code) {
    for (ResponseRequest r : values()) {
      if (r.v2Code.equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
