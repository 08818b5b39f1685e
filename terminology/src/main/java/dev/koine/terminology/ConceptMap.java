package dev.koine.terminology;

import dev.koine.core.code.Coding;
import dev.koine.core.internal.Checks;
import dev.koine.terminology.internal.ElementTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A concept map: FHIR {@code ConceptMap} (R4 and STU3 shapes), or a CSV local-code map.
 *
 * <p>Immutable and thread-safe. Each group's elements are indexed by source code when the map is
 * built, so {@link #translate(Coding)} is a hash probe per group that allocates only its result; a
 * map of a million rows occupies roughly 100 bytes per row.
 *
 * <p>Translation reports exactly the targets the map states, with their equivalence and the map's
 * URL and version. A code the map does not list is {@linkplain Translation.Status#UNMAPPED
 * unmapped}, even when a group declares an {@code unmapped} fallback: that fallback is kept in
 * {@link Group#unmapped()} for the caller to apply knowingly, never applied silently.
 *
 * @param url the canonical URL (for a CSV map, the file's URI)
 * @param version the business version, or null (for a CSV map, {@code sha256:} and the first 12 hex
 *     digits of the file's digest)
 * @param name the computer-friendly name, or null
 * @param title the title, or null
 * @param status the publication status ({@link PublicationStatus#UNKNOWN} if not stated)
 * @param description the description, or null
 * @param sourceScope the source value set ({@code sourceUri}/{@code sourceCanonical}/{@code
 *     sourceReference}), or null
 * @param targetScope the target value set, or null
 * @param groups the groups, one per pair of source and target code systems
 */
public record ConceptMap(
    String url,
    String version,
    String name,
    String title,
    PublicationStatus status,
    String description,
    String sourceScope,
    String targetScope,
    List<Group> groups)
    implements TerminologyResource {

  public ConceptMap {
    Checks.notBlank(url, "url");
    Checks.optionalText(version, "version");
    Checks.optionalText(name, "name");
    Checks.optionalText(title, "title");
    Checks.optionalText(description, "description");
    Checks.optionalText(sourceScope, "sourceScope");
    Checks.optionalText(targetScope, "targetScope");
    status = status == null ? PublicationStatus.UNKNOWN : status;
    groups = Checks.list(groups, "groups");
  }

  /** A map with just a URL, a version and groups. */
  public static ConceptMap of(String url, String version, List<Group> groups) {
    return new ConceptMap(
        url, version, null, null, PublicationStatus.UNKNOWN, null, null, null, groups);
  }

  /**
   * One group: the elements mapping codes of one source system to codes of one target system.
   *
   * @param source the source code system URI, or null if the map does not say (then it matches a
   *     coding of any system)
   * @param sourceVersion the source code system version, or null
   * @param target the target code system URI, or null
   * @param targetVersion the target code system version, or null
   * @param elements the mapped source codes, in order
   * @param unmapped what the publisher says to do with codes not listed, or null (recorded, not
   *     applied)
   */
  public record Group(
      String source,
      String sourceVersion,
      String target,
      String targetVersion,
      List<Element> elements,
      Unmapped unmapped) {
    public Group {
      Checks.optionalText(source, "source");
      Checks.optionalText(sourceVersion, "sourceVersion");
      Checks.optionalText(target, "target");
      Checks.optionalText(targetVersion, "targetVersion");
      elements = ElementTable.copyOf(elements);
    }

    /** A group between two systems with these elements. */
    public static Group of(String source, String target, List<Element> elements) {
      return new Group(source, null, target, null, elements, null);
    }

    /** True if a coding in {@code system} (null: any) is looked up in this group. */
    boolean accepts(String system) {
      return source == null || system == null || source.equals(system);
    }
  }

  /**
   * One source code and its targets.
   *
   * @param code the source code, or null (FHIR allows an element without a code; it never matches)
   * @param display the source display, or null
   * @param targets the targets, in order; empty when the map lists the code without a target
   */
  public record Element(String code, String display, List<Target> targets) {
    public Element {
      Checks.require(code == null || !code.isEmpty(), "code must be absent (null) or non-empty");
      Checks.require(
          display == null || !display.isEmpty(), "display must be absent (null) or non-empty");
      targets = Checks.list(targets, "targets");
    }

    /** An element with one target. */
    public static Element of(String code, String display, Target target) {
      return new Element(code, display, List.of(target));
    }
  }

  /**
   * One target of an element.
   *
   * @param code the target code, or null (an {@link Equivalence#UNMATCHED} target may only carry a
   *     comment)
   * @param display the target display, or null
   * @param equivalence how the target relates to the source
   * @param comment the publisher's comment, or null
   */
  public record Target(String code, String display, Equivalence equivalence, String comment) {
    public Target {
      Checks.require(code == null || !code.isEmpty(), "code must be absent (null) or non-empty");
      Checks.require(
          display == null || !display.isEmpty(), "display must be absent (null) or non-empty");
      Checks.notNull(equivalence, "equivalence");
      Checks.require(
          comment == null || !comment.isEmpty(), "comment must be absent (null) or non-empty");
    }

    /** A target with code, display and equivalence. */
    public static Target of(String code, String display, Equivalence equivalence) {
      return new Target(code, display, equivalence, null);
    }
  }

  /**
   * The R4 {@code group.unmapped} fallback, as published.
   *
   * @param mode {@code provided}, {@code fixed} or {@code other-map}
   * @param code the fixed code, or null
   * @param display the fixed display, or null
   * @param url the other map's URL, or null
   */
  public record Unmapped(String mode, String code, String display, String url) {
    public Unmapped {
      Checks.notBlank(mode, "mode");
      Checks.require(code == null || !code.isEmpty(), "code must be absent (null) or non-empty");
      Checks.require(
          display == null || !display.isEmpty(), "display must be absent (null) or non-empty");
      Checks.optionalText(url, "url");
    }
  }

  /**
   * Translates a coding: every target the map states for its code, in map order, in every group
   * whose source system is the coding's system (a coding without a system is looked up in every
   * group; a group without a source system accepts any coding). A coding without a code is
   * unmapped.
   */
  public Translation translate(Coding coding) {
    Checks.notNull(coding, "coding");
    String code = coding.code();
    List<Translation.Target> found = null;
    if (code != null) {
      String system = coding.system();
      for (Group group : groups) {
        if (group.accepts(system)) {
          found =
              ((ElementTable) group.elements())
                  .collect(code, group.target(), group.targetVersion(), found);
        }
      }
    }
    if (found == null) {
      found = List.of();
    } else if (found instanceof ArrayList) {
      found = List.copyOf(found);
    }
    return new Translation(coding, found, url, version);
  }

  /** Translates {@code system|code} ({@code system} may be null). */
  public Translation translate(String system, String code) {
    return translate(Coding.of(system, Checks.notBlank(code, "code")));
  }

  /**
   * The map read backwards: each target code becomes an element whose targets are the source codes
   * that reach it, with the equivalence reversed (wider ⇄ narrower). Targets without a code and
   * elements without a code have no reverse. Same URL and version (the provenance is still this
   * map). Costs one pass over the map.
   */
  public ConceptMap reverse() {
    List<Group> reversed = new ArrayList<>(groups.size());
    for (Group group : groups) {
      ElementTable.Builder b = new ElementTable.Builder(true);
      for (Element element : group.elements()) {
        if (element.code() == null) {
          continue;
        }
        for (Target target : element.targets()) {
          if (target.code() == null) {
            continue;
          }
          int row = b.element(target.code(), target.display());
          b.target(
              row,
              element.code(),
              element.display(),
              target.equivalence().reverse(),
              target.comment());
        }
      }
      reversed.add(
          new Group(
              group.target(),
              group.targetVersion(),
              group.source(),
              group.sourceVersion(),
              b.build(),
              null));
    }
    return new ConceptMap(
        url, version, name, title, status, description, targetScope, sourceScope, reversed);
  }

  /** The number of elements over all groups. */
  public int size() {
    int n = 0;
    for (Group group : groups) {
      n += group.elements().size();
    }
    return n;
  }

  /**
   * How well this map covers a set of local codes: each distinct coding is mapped (one matching
   * target), ambiguous (several) or unmapped (none).
   */
  public CoverageReport coverage(Collection<Coding> codings) {
    Checks.notNull(codings, "codings");
    Map<String, Coding> distinct = new LinkedHashMap<>();
    for (Coding c : codings) {
      Objects.requireNonNull(c, "element of codings must not be null");
      distinct.putIfAbsent(c.system() + "\u0000" + c.code(), c);
    }
    List<Coding> mapped = new ArrayList<>();
    List<Coding> unmapped = new ArrayList<>();
    List<Coding> ambiguous = new ArrayList<>();
    for (Coding c : distinct.values()) {
      switch (translate(c).status()) {
        case MAPPED -> mapped.add(c);
        case AMBIGUOUS -> ambiguous.add(c);
        case UNMAPPED -> unmapped.add(c);
      }
    }
    return new CoverageReport(url, version, mapped, unmapped, ambiguous);
  }
}
