package dev.koine.core.time;

/** STUB: replaced by the full implementation (see the time package brief). */
public record PartialDateTime(int year, Precision precision) {
  /** Parses the FHIR date / dateTime / instant forms. */
  public static PartialDateTime parseFhir(String text) {
    throw new UnsupportedOperationException("stub");
  }

  /** Parses the HL7 v2 DTM / TS / DT forms. */
  public static PartialDateTime parseV2(String text) {
    throw new UnsupportedOperationException("stub");
  }

  /** The FHIR form. */
  public String toFhir() {
    throw new UnsupportedOperationException("stub");
  }

  /** The HL7 v2 DTM form. */
  public String toV2() {
    throw new UnsupportedOperationException("stub");
  }

  /** A date of day precision. */
  public static PartialDateTime ofDate(int year, int month, int day) {
    throw new UnsupportedOperationException("stub");
  }
}
