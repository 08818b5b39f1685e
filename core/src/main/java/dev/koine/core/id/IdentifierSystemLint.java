package dev.koine.core.id;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issues;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds near misses of the registered system URIs: {@code https://fhir.nhs.uk/id/nhs-number}
 * (lower-case {@code id}), {@code http://fhir.nhs.uk/Id/dos-service-id}, {@code
 * https://snomed.info/ict} (all three seen in the official BaRS examples, NHS-STANDARDS.md §1.3),
 * {@code urn:id:NHS}, trailing slashes and whitespace. It knows the identifier systems of {@link
 * IdentifierSystems} and the code systems of {@link CodeSystems}.
 *
 * <p>Recognition is deliberately narrow so that it never "corrects" a different, valid system:
 * after removing whitespace and trailing slashes, a URI is matched against the registered ones
 * ignoring case and {@code http}/{@code https}, then against a fixed table of legacy names and
 * known misspellings. There is no fuzzy matching ({@code gdc-number} is not a typo of {@code
 * gmc-number}). Anything else is unknown: only its whitespace is reported.
 *
 * <p>Lint is idempotent: the canonical URI of any result lints clean. Thread-safe.
 */
public final class IdentifierSystemLint {
  private IdentifierSystemLint() {}

  private record Known(String uri, UriLint.Kind kind) {}

  /** Registered URIs by lower-case "rest" (the URI after {@code scheme://}). */
  private static final Map<String, Known> KNOWN;

  /** Whole-string legacy names (lower case, no whitespace) to the registered URI. */
  private static final Map<String, String> LEGACY;

  /** Known misspellings by lower-case rest to the registered URI. */
  private static final Map<String, String> TYPOS;

  /** {@code fhir.nhs.net/id/...} rests to the registered {@code fhir.nhs.uk} URI. */
  private static final Map<String, String> LEGACY_DOMAIN;

  static {
    Map<String, Known> known = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (IdentifierSystem system : IdentifierSystems.all()) {
      register(known, ambiguous, system.fhirUri(), UriLint.Kind.IDENTIFIER_SYSTEM);
    }
    for (String uri : codeSystemUris()) {
      register(known, ambiguous, uri, UriLint.Kind.CODE_SYSTEM);
    }
    ambiguous.forEach(known::remove);
    KNOWN = Map.copyOf(known);

    Map<String, String> legacy = new HashMap<>();
    String nhs = IdentifierSystems.NHS_NUMBER.fhirUri();
    for (String name :
        List.of(
            "urn:id:nhs",
            "urn:id:nhs-number",
            "urn:id:nhsnumber",
            "urn:id:nhs_number",
            "urn:nhs-number",
            "nhs",
            "nhs-number",
            "nhsnumber",
            "nhs_number")) {
      legacy.put(name, nhs);
    }
    for (IdentifierSystem system : IdentifierSystems.all()) {
      system.oidUri().ifPresent(oid -> legacy.put(oid, system.fhirUri()));
    }
    legacy.put("urn:nhs:addressing:asid", IdentifierSystems.SPINE_ASID.fhirUri());
    legacy.put("urn:nhs:addressing:asid:", IdentifierSystems.SPINE_ASID.fhirUri());
    for (String name :
        List.of("sct", "snomed", "snomedct", "snomed-ct", "urn:oid:2.16.840.1.113883.6.96")) {
      legacy.put(name, CodeSystems.SNOMED_CT);
    }
    for (String name : List.of("ln", "loinc", "urn:oid:2.16.840.1.113883.6.1")) {
      legacy.put(name, CodeSystems.LOINC);
    }
    LEGACY = Map.copyOf(legacy);

    Map<String, String> typos = new HashMap<>();
    for (String rest :
        List.of(
            "snomed.info/ict",
            "snomed.info/stc",
            "snomed.info/sct.",
            "snomed.info/snomed",
            "snomed.info/snomed-ct",
            "snomed.org/sct",
            "www.snomed.org/sct",
            "www.snomed.info/sct")) {
      typos.put(rest, CodeSystems.SNOMED_CT);
    }
    typos.put("www.loinc.org", CodeSystems.LOINC);
    for (String rest :
        List.of("fhir.nhs.uk/id/nhsnumber", "fhir.nhs.uk/id/nhs_number", "fhir.nhs.uk/id/nhs-no")) {
      typos.put(rest, nhs);
    }
    for (String rest :
        List.of(
            "fhir.nhs.uk/id/ods-organisation-code",
            "fhir.nhs.uk/id/ods-organisation",
            "fhir.nhs.uk/id/ods-organization",
            "fhir.nhs.uk/id/ods-org-code")) {
      typos.put(rest, IdentifierSystems.ODS_ORGANISATION.fhirUri());
    }
    typos.put("fhir.nhs.uk/id/ods-site", IdentifierSystems.ODS_SITE.fhirUri());
    typos.keySet().removeAll(KNOWN.keySet());
    TYPOS = Map.copyOf(typos);

    Map<String, String> legacyDomain = new HashMap<>();
    String base = "fhir.nhs.uk/id/";
    for (IdentifierSystem system : IdentifierSystems.all()) {
      String rest = rest(system.fhirUri()).toLowerCase(Locale.ROOT);
      if (rest.startsWith(base)) {
        legacyDomain.put("fhir.nhs.net/id/" + rest.substring(base.length()), system.fhirUri());
      }
    }
    legacyDomain.keySet().removeAll(KNOWN.keySet());
    LEGACY_DOMAIN = Map.copyOf(legacyDomain);
  }

  /**
   * Lints one system URI.
   *
   * @throws NullPointerException if {@code uri} is null
   */
  public static UriLint lint(String uri) {
    Checks.notNull(uri, "uri");
    Map<UriProblem, String> found = new LinkedHashMap<>();
    String s = uri;
    if (hasWhitespace(s)) {
      s = removeWhitespace(s);
      found.put(UriProblem.WHITESPACE, null);
    }
    String legacy = LEGACY.get(s.toLowerCase(Locale.ROOT));
    if (legacy != null) {
      found.put(
          UriProblem.LEGACY_URN,
          "'" + s + "' is a legacy or HL7 v2-style name; the FHIR system is '" + legacy + "'");
      return result(uri, legacy, found);
    }
    String trimmed = s;
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    int sep = trimmed.indexOf("://");
    String scheme = sep < 0 ? "" : trimmed.substring(0, sep);
    String schemeLower = scheme.toLowerCase(Locale.ROOT);
    if (!schemeLower.equals("http") && !schemeLower.equals("https")) {
      return result(uri, s, found);
    }
    String rest = trimmed.substring(sep + 3);
    String key = rest.toLowerCase(Locale.ROOT);
    Known known = KNOWN.get(key);
    String canonical;
    if (known != null) {
      canonical = known.uri();
    } else if (TYPOS.containsKey(key)) {
      canonical = TYPOS.get(key);
      found.put(UriProblem.TYPO, "'" + s + "' looks like a misspelling of '" + canonical + "'");
    } else if (LEGACY_DOMAIN.containsKey(key)) {
      canonical = LEGACY_DOMAIN.get(key);
      found.put(
          UriProblem.LEGACY_DOMAIN,
          "fhir.nhs.net was the base of the retired DSTU2 identifier systems; the system is now '"
              + canonical
              + "'");
      return result(uri, canonical, found);
    } else {
      return result(uri, s, found);
    }
    if (!trimmed.equals(s)) {
      found.put(
          UriProblem.TRAILING_SLASH, "'" + canonical + "' is registered without a trailing slash");
    }
    int canonicalSep = canonical.indexOf("://");
    String canonicalScheme = canonical.substring(0, canonicalSep);
    if (!schemeLower.equals(canonicalScheme)) {
      found.put(
          canonicalScheme.equals("https") ? UriProblem.HTTP_NOT_HTTPS : UriProblem.HTTPS_NOT_HTTP,
          "'" + canonical + "' is registered with " + canonicalScheme + ", not " + schemeLower);
    }
    if (!found.containsKey(UriProblem.TYPO)) {
      caseFindings(scheme, rest, canonical, canonicalScheme, found);
    }
    return result(uri, canonical, found);
  }

  /** The findings for {@code uri} as issues at {@code location} ({@link UriLint#toIssues}). */
  public static Issues issues(String uri, String location) {
    return lint(uri).toIssues(location);
  }

  /** True if {@code uri} is exactly a registered identifier system or known code system URI. */
  public static boolean isRegistered(String uri) {
    return uri != null && kindOf(uri) != UriLint.Kind.UNKNOWN;
  }

  /** Every URI this lint recognises as canonical (identifier systems, then code systems). */
  public static List<String> canonicalUris() {
    List<String> uris = new ArrayList<>();
    IdentifierSystems.all().forEach(s -> uris.add(s.fhirUri()));
    uris.addAll(codeSystemUris());
    return Collections.unmodifiableList(uris);
  }

  private static void caseFindings(
      String scheme,
      String rest,
      String canonical,
      String canonicalScheme,
      Map<UriProblem, String> found) {
    String canonicalRest = canonical.substring(canonicalScheme.length() + 3);
    boolean otherCase = !scheme.equals(scheme.toLowerCase(Locale.ROOT));
    int id = canonicalRest.indexOf("/Id/");
    String compared = rest;
    if (id >= 0 && !rest.startsWith("/Id/", id)) {
      found.put(
          UriProblem.WRONG_CASE_ID,
          "URIs are case-sensitive: the path segment of '"
              + canonical
              + "' is /Id/ (capital I, small d), not "
              + rest.substring(id, id + 4));
      compared = rest.substring(0, id) + "/Id/" + rest.substring(id + 4);
    }
    if (otherCase || !compared.equals(canonicalRest)) {
      found.put(
          UriProblem.WRONG_CASE,
          "URIs are case-sensitive: the registered form is '" + canonical + "'");
    }
  }

  private static UriLint result(String input, String canonical, Map<UriProblem, String> found) {
    UriLint.Kind kind = kindOf(canonical);
    List<UriFinding> findings = new ArrayList<>();
    for (UriProblem problem : UriProblem.values()) {
      if (!found.containsKey(problem)) {
        continue;
      }
      String explanation = found.get(problem);
      if (explanation == null) {
        explanation =
            kind == UriLint.Kind.UNKNOWN
                ? "the URI has leading, trailing or embedded whitespace"
                : "the URI has whitespace; without it, it is '" + canonical + "'";
      }
      findings.add(new UriFinding(problem, explanation));
    }
    return new UriLint(input, canonical, kind, findings);
  }

  private static UriLint.Kind kindOf(String canonical) {
    Known known = KNOWN.get(rest(canonical).toLowerCase(Locale.ROOT));
    return known != null && known.uri().equals(canonical) ? known.kind() : UriLint.Kind.UNKNOWN;
  }

  private static void register(
      Map<String, Known> known, Set<String> ambiguous, String uri, UriLint.Kind kind) {
    String key = rest(uri).toLowerCase(Locale.ROOT);
    Known previous = known.putIfAbsent(key, new Known(uri, kind));
    if (previous != null && !previous.uri().equals(uri)) {
      ambiguous.add(key);
    }
  }

  private static String rest(String uri) {
    int sep = uri.indexOf("://");
    return sep < 0 ? uri : uri.substring(sep + 3);
  }

  private static List<String> codeSystemUris() {
    List<String> uris = new ArrayList<>();
    for (Field field : CodeSystems.class.getFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && field.getType() == String.class) {
        try {
          String uri = (String) field.get(null);
          if (!uris.contains(uri)) {
            uris.add(uri);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("CodeSystems constant not readable", e);
        }
      }
    }
    Collections.sort(uris);
    return uris;
  }

  private static boolean hasWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String removeWhitespace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
