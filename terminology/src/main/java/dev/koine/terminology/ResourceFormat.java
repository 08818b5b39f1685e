package dev.koine.terminology;

import java.util.Locale;

/** The file formats Koine reads terminology from. */
public enum ResourceFormat {
  /** FHIR JSON (R4 or STU3). */
  FHIR_JSON,
  /** FHIR XML (R4 or STU3). */
  FHIR_XML,
  /** The CSV concept-map format (see {@link ConceptMaps}). */
  CSV;

  /**
   * The format of a file: by extension ({@code .json}, {@code .xml}, {@code .csv}), otherwise by
   * its first non-blank character (an opening brace means JSON, a less-than sign XML, anything else
   * CSV).
   *
   * @param fileName the file name
   * @param head the first bytes of the file (may be empty)
   */
  public static ResourceFormat detect(String fileName, byte[] head) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return FHIR_JSON;
    }
    if (lower.endsWith(".xml")) {
      return FHIR_XML;
    }
    if (lower.endsWith(".csv")) {
      return CSV;
    }
    for (byte b : head) {
      if (b == '{') {
        return FHIR_JSON;
      }
      if (b == '<') {
        return FHIR_XML;
      }
      if (b != ' '
          && b != '\t'
          && b != '\r'
          && b != '\n'
          && (b & 0xFF) != 0xEF
          && (b & 0xFF) != 0xBB
          && (b & 0xFF) != 0xBF) {
        return CSV;
      }
    }
    return CSV;
  }
}
