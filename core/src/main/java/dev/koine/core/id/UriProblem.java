package dev.koine.core.id;

/**
 * A way in which a system URI misses the canonical one ({@link IdentifierSystemLint}). FHIR
 * compares system URIs as exact strings, so each of these makes a receiver miss the identifier or
 * code.
 */
public enum UriProblem {
  /** Leading, trailing or embedded whitespace. */
  WHITESPACE("the URI holds whitespace"),
  /** A trailing {@code /} on a URI registered without one. */
  TRAILING_SLASH("the URI ends with a slash the registered URI does not have"),
  /** {@code http} where the registered URI is {@code https} (the NHS identifier systems). */
  HTTP_NOT_HTTPS("http where the registered URI uses https"),
  /** {@code https} where the registered URI is {@code http} ({@code http://snomed.info/sct}). */
  HTTPS_NOT_HTTP("https where the registered URI uses http"),
  /** {@code /id/} (or {@code /ID/}) for the {@code /Id/} path segment of NHS system URIs. */
  WRONG_CASE_ID("the path segment /Id/ is written in another case"),
  /** Any other difference in case from the registered URI. */
  WRONG_CASE("the URI differs in case from the registered URI"),
  /**
   * A legacy or HL7 v2-style name ({@code urn:id:NHS}, {@code NHS}, {@code urn:oid:...}, {@code
   * SCT}) where FHIR wants the registered URI.
   */
  LEGACY_URN("a legacy or HL7 v2-style name instead of the FHIR URI"),
  /**
   * The DSTU2-era base {@code http://fhir.nhs.net/Id/} instead of {@code https://fhir.nhs.uk/Id/}.
   */
  LEGACY_DOMAIN("the retired fhir.nhs.net base instead of fhir.nhs.uk"),
  /** A known misspelling ({@code snomed.info/ict}, {@code ods-organisation-code}...). */
  TYPO("a known misspelling of a registered URI");

  private final String summary;

  UriProblem(String summary) {
    this.summary = summary;
  }

  /** A one-line description of the problem in general. */
  public String summary() {
    return summary;
  }
}
