package dev.koine.core.model;

import java.util.Optional;

/**
 * Administrative gender, with the codes each standard uses for it (UK Core ConceptMap
 * UKCore-AdministrativeGender; NHS-STANDARDS.md §2.3, §3). The code actually received is kept
 * beside it in {@link Patient#genderCode()}.
 */
public enum AdministrativeGender {
  MALE("male", "1", "M"),
  FEMALE("female", "2", "F"),
  /** NHS DD 9 "indeterminate (unable to be classified as either male or female)". */
  OTHER("other", "9", "O"),
  /** NHS DD X "not known (not recorded)". */
  UNKNOWN("unknown", "X", "U");

  private final String fhirCode;
  private final String nhsDataDictionaryCode;
  private final String v2Code;

  AdministrativeGender(String fhirCode, String nhsDataDictionaryCode, String v2Code) {
    this.fhirCode = fhirCode;
    this.nhsDataDictionaryCode = nhsDataDictionaryCode;
    this.v2Code = v2Code;
  }

  /** The FHIR administrative-gender code. */
  public String fhirCode() {
    return fhirCode;
  }

  /** The NHS Data Dictionary person stated gender code (1, 2, 9, X). */
  public String nhsDataDictionaryCode() {
    return nhsDataDictionaryCode;
  }

  /** The HL7 v2 table 0001 code (M, F, O, U). */
  public String v2Code() {
    return v2Code;
  }

  /** From a FHIR code. */
  public static Optional<AdministrativeGender> fromFhir(String code) {
    for (AdministrativeGender g : values()) {
      if (g.fhirCode.equals(code)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * From an HL7 v2 PID-8 value, which NHS feeds send either as table 0001 (F, M, O, U, A, N) or as
   * NHS Data Dictionary codes (1, 2, 9, X). A (ambiguous) and N (not applicable) map to OTHER and
   * UNKNOWN.
   */
  public static Optional<AdministrativeGender> fromV2(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return switch (code) {
      case "M", "1" -> Optional.of(MALE);
      case "F", "2" -> Optional.of(FEMALE);
      case "O", "A", "9" -> Optional.of(OTHER);
      case "U", "N", "X", "0" -> Optional.of(UNKNOWN);
      default -> Optional.empty();
    };
  }
}
