package dev.koine.terminology;

import dev.koine.core.code.Coding;
import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * A value set: FHIR {@code ValueSet} (R4 and STU3 shapes). Its definition ({@code compose}) is kept
 * as published; whether Koine can enumerate it offline or needs a terminology server is told by
 * {@link Terminology#classify(ValueSet)}.
 *
 * @param url the canonical URL
 * @param version the business version, or null
 * @param name the computer-friendly name, or null
 * @param title the title, or null
 * @param status the publication status
 * @param description the description, or null
 * @param includes {@code compose.include}, in order
 * @param excludes {@code compose.exclude}, in order
 * @param expansion {@code expansion.contains} flattened, used only when there is no compose
 */
public record ValueSet(
    String url,
    String version,
    String name,
    String title,
    PublicationStatus status,
    String description,
    List<Include> includes,
    List<Include> excludes,
    List<Coding> expansion)
    implements TerminologyResource {

  public ValueSet {
    Checks.notBlank(url, "url");
    Checks.optionalText(version, "version");
    Checks.optionalText(name, "name");
    Checks.optionalText(title, "title");
    Checks.optionalText(description, "description");
    status = status == null ? PublicationStatus.UNKNOWN : status;
    includes = Checks.list(includes, "includes");
    excludes = Checks.list(excludes, "excludes");
    expansion = Checks.list(expansion, "expansion");
  }

  /** A value set with just a URL and includes. */
  public static ValueSet of(String url, List<Include> includes) {
    return new ValueSet(
        url, null, null, null, PublicationStatus.ACTIVE, null, includes, List.of(), List.of());
  }

  /**
   * One {@code compose.include} (or exclude): codes of one system, listed or selected by filters,
   * and/or the codes of other value sets (all parts must hold at once).
   *
   * @param system the code system URI, or null when only value sets are referenced
   * @param version the code system version, or null
   * @param concepts the listed codes (empty: all codes, or those the filters select)
   * @param filters the filters (all must hold)
   * @param valueSets canonical URLs of value sets whose codes are included
   */
  public record Include(
      String system,
      String version,
      List<ConceptReference> concepts,
      List<Filter> filters,
      List<String> valueSets) {
    public Include {
      Checks.optionalText(system, "system");
      Checks.optionalText(version, "version");
      concepts = Checks.list(concepts, "concepts");
      filters = Checks.list(filters, "filters");
      valueSets = Checks.list(valueSets, "valueSets");
      Checks.require(
          system != null || !valueSets.isEmpty(),
          "an include needs a system or a value set (FHIR vsd-1)");
      Checks.require(
          system != null || (concepts.isEmpty() && filters.isEmpty()),
          "concepts and filters need a system (FHIR vsd-2)");
    }

    /** Every code of a system. */
    public static Include system(String system) {
      return new Include(system, null, List.of(), List.of(), List.of());
    }

    /** Listed codes of a system. */
    public static Include codes(String system, List<ConceptReference> concepts) {
      return new Include(system, null, concepts, List.of(), List.of());
    }
  }

  /**
   * A listed code.
   *
   * @param code the code
   * @param display the display the value set gives, or null
   */
  public record ConceptReference(String code, String display) {
    public ConceptReference {
      Checks.require(code != null && !code.isEmpty(), "code must be non-empty");
    }
  }

  /**
   * A filter: {@code property op value}, e.g. {@code concept is-a 404684003} or SNOMED CT's {@code
   * constraint = <ECL>}.
   *
   * @param property the property
   * @param op the operator ({@code =}, {@code is-a}, {@code descendent-of}, {@code in} ...)
   * @param value the value
   */
  public record Filter(String property, String op, String value) {
    public Filter {
      Checks.notBlank(property, "property");
      Checks.notBlank(op, "op");
      Checks.notNull(value, "value");
    }
  }

  /**
   * Whether a value set can be checked here.
   *
   * @param kind enumerable here, or needs a terminology server
   * @param reason why it needs a server (e.g. {@code SNOMED CT descendantOf 404684003: needs a
   *     terminology server}); null when enumerable
   */
  public record Classification(Kind kind, String reason) {
    /** The two kinds. */
    public enum Kind {
      /** Every member can be decided from the loaded code systems and lists. */
      ENUMERABLE,
      /** Some members are defined by rules only a terminology server can evaluate. */
      NEEDS_SERVER
    }

    public Classification {
      Checks.notNull(kind, "kind");
      Checks.require(
          (kind == Kind.ENUMERABLE) == (reason == null),
          "a reason is given exactly when a server is needed");
    }

    /** Enumerable here. */
    public static Classification enumerable() {
      return new Classification(Kind.ENUMERABLE, null);
    }

    /** Needs a terminology server, for this reason. */
    public static Classification needsServer(String reason) {
      return new Classification(Kind.NEEDS_SERVER, Checks.notBlank(reason, "reason"));
    }
  }
}
