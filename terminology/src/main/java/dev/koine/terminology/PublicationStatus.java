package dev.koine.terminology;

import java.util.Optional;

/** The FHIR publication status of a code system, value set or concept map. */
public enum PublicationStatus {
  /** Not ready for use. */
  DRAFT("draft"),
  /** Ready for use. */
  ACTIVE("active"),
  /** Withdrawn: do not use for new data (UK Core retired code systems). */
  RETIRED("retired"),
  /** The resource did not say. */
  UNKNOWN("unknown");

  private final String code;

  PublicationStatus(String code) {
    this.code = code;
  }

  /** The FHIR code. */
  public String code() {
    return code;
  }

  /** The status for a FHIR code, exact match. */
  public static Optional<PublicationStatus> fromCode(String code) {
    for (PublicationStatus s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
