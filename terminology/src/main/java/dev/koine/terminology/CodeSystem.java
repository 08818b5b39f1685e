package dev.koine.terminology;

import dev.koine.core.internal.Checks;
import dev.koine.terminology.internal.ConceptIndex;
import java.util.List;
import java.util.Optional;

/**
 * A code system: FHIR {@code CodeSystem} (R4 and STU3 shapes), or an HL7 v2 table. Immutable and
 * thread-safe; {@link #concept(String)} is a hash lookup.
 *
 * @param url the canonical URL
 * @param version the business version, or null
 * @param name the computer-friendly name, or null
 * @param title the title, or null
 * @param status the publication status (retired UK Core systems say {@link
 *     PublicationStatus#RETIRED})
 * @param content how much of the system the resource carries; only {@link Content#COMPLETE} lets
 *     Koine say a missing code is invalid
 * @param caseSensitive whether codes are compared case-sensitively (FHIR default: true)
 * @param description the description, or null
 * @param concepts the concepts, nested ones flattened in document order; codes are unique
 */
public record CodeSystem(
    String url,
    String version,
    String name,
    String title,
    PublicationStatus status,
    Content content,
    boolean caseSensitive,
    String description,
    List<ConceptDefinition> concepts)
    implements TerminologyResource {

  /** FHIR {@code CodeSystem.content}: how much of the code system the resource carries. */
  public enum Content {
    /** No concepts at all (the system is defined elsewhere). */
    NOT_PRESENT("not-present"),
    /** A few examples. */
    EXAMPLE("example"),
    /** Some of the concepts. */
    FRAGMENT("fragment"),
    /** All of the concepts. */
    COMPLETE("complete"),
    /** Extra designations or properties for another system. */
    SUPPLEMENT("supplement");

    private final String code;

    Content(String code) {
      this.code = code;
    }

    /** The FHIR code. */
    public String code() {
      return code;
    }

    /** The content for a FHIR code, exact match. */
    public static Optional<Content> fromCode(String code) {
      for (Content c : values()) {
        if (c.code.equals(code)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  public CodeSystem {
    Checks.notBlank(url, "url");
    Checks.optionalText(version, "version");
    Checks.optionalText(name, "name");
    Checks.optionalText(title, "title");
    Checks.optionalText(description, "description");
    status = status == null ? PublicationStatus.UNKNOWN : status;
    Checks.notNull(content, "content");
    concepts = ConceptIndex.of(concepts, caseSensitive);
  }

  /** A complete, active, case-sensitive code system. */
  public static CodeSystem of(String url, String version, List<ConceptDefinition> concepts) {
    return new CodeSystem(
        url, version, null, null, PublicationStatus.ACTIVE, Content.COMPLETE, true, null, concepts);
  }

  /** The concept with this code, if the resource carries it. */
  public Optional<ConceptDefinition> concept(String code) {
    return Optional.ofNullable(((ConceptIndex) concepts).find(Checks.notNull(code, "code")));
  }

  /** True if the resource carries this code. */
  public boolean contains(String code) {
    return ((ConceptIndex) concepts).find(Checks.notNull(code, "code")) != null;
  }

  /** True if {@link #content()} is {@link Content#COMPLETE}: a code not listed does not exist. */
  public boolean isComplete() {
    return content == Content.COMPLETE;
  }

  /** The number of concepts carried. */
  public int size() {
    return concepts.size();
  }
}
