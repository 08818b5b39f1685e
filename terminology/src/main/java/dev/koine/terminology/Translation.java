package dev.koine.terminology;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of translating one coding with one concept map: every target the map states, each with
 * its equivalence, and the map's URL and version as provenance. No target that {@linkplain
 * Equivalence#isMatch() matches} means {@linkplain Status#UNMAPPED unmapped}.
 *
 * @param source the coding that was translated, exactly as given
 * @param targets every target the map states for it, in map order (including {@code unmatched} and
 *     {@code disjoint} ones, which say there is no match)
 * @param mapUrl the URL of the map that answered
 * @param mapVersion the version of that map, or null
 */
public record Translation(Coding source, List<Target> targets, String mapUrl, String mapVersion) {

  /** The outcome in one word. */
  public enum Status {
    /** Exactly one target matches. */
    MAPPED,
    /** No target matches (the code is absent, or only unmatched/disjoint targets). */
    UNMAPPED,
    /** Several targets match: a person has to choose. */
    AMBIGUOUS
  }

  public Translation {
    Checks.notNull(source, "source");
    targets = Checks.list(targets, "targets");
    Checks.notBlank(mapUrl, "mapUrl");
    Checks.optionalText(mapVersion, "mapVersion");
  }

  /**
   * One target, with the target code system of its group.
   *
   * @param system the target code system, or null if the map does not say
   * @param version the target code system version, or null
   * @param code the target code, or null (an unmatched target may carry only a comment)
   * @param display the target display, or null
   * @param equivalence how it relates to the source
   * @param comment the map's comment, or null
   */
  public record Target(
      String system,
      String version,
      String code,
      String display,
      Equivalence equivalence,
      String comment) {
    public Target {
      Checks.notNull(equivalence, "equivalence");
    }

    /** The target as a coding, if it has a code. */
    public Optional<Coding> coding() {
      return code == null
          ? Optional.empty()
          : Optional.of(new Coding(system, version, code, display));
    }

    /** True if this target is a usable translation (it has a code and is not unmatched). */
    public boolean isMatch() {
      return code != null && equivalence.isMatch();
    }
  }

  /** The targets that are usable translations. */
  public List<Target> matches() {
    List<Target> out = new ArrayList<>(targets.size());
    for (Target t : targets) {
      if (t.isMatch()) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  /** Mapped, unmapped or ambiguous. */
  public Status status() {
    int n = 0;
    for (Target t : targets) {
      if (t.isMatch()) {
        n++;
      }
    }
    return n == 0 ? Status.UNMAPPED : n == 1 ? Status.MAPPED : Status.AMBIGUOUS;
  }

  /** True unless {@link Status#UNMAPPED}. */
  public boolean isMapped() {
    return status() != Status.UNMAPPED;
  }

  /**
   * The concept with every matching target appended after its own codings: the original local
   * coding is kept beside the new ones.
   */
  public Concept appendTo(Concept concept) {
    Concept out = Checks.notNull(concept, "concept");
    for (Target t : targets) {
      if (t.isMatch()) {
        Coding c = t.coding().orElseThrow();
        if (!out.codings().contains(c)) {
          out = out.withTranslation(c);
        }
      }
    }
    return out;
  }

  /**
   * The result as text, one line per target with a code: {@code source -> target (equivalence) [map
   * url|version]}, or the single line {@code source -> UNMAPPED}. Codings are written as {@code
   * system|code} (just {@code code} without a system). This is the {@code koine translate} output.
   */
  public List<String> lines() {
    String from = token(source.system(), source.code() == null ? "" : source.code());
    String provenance = "[" + (mapVersion == null ? mapUrl : mapUrl + "|" + mapVersion) + "]";
    if (!isMapped()) {
      return List.of(from + " -> UNMAPPED");
    }
    List<String> out = new ArrayList<>();
    for (Target t : targets) {
      if (t.code() != null) {
        out.add(
            from
                + " -> "
                + token(t.system(), t.code())
                + " ("
                + t.equivalence().code()
                + ") "
                + provenance);
      }
    }
    return List.copyOf(out);
  }

  private static String token(String system, String code) {
    return system == null ? code : system + "|" + code;
  }

  /**
   * The finding to report when the code is unmapped ({@link IssueCode#CODE_UNMAPPED}), or empty if
   * it was mapped. The message names the map, never the code.
   */
  public Optional<Issue> toIssue(String location) {
    if (isMapped()) {
      return Optional.empty();
    }
    return Optional.of(
        Issue.of(
            IssueCode.CODE_UNMAPPED,
            Checks.notNull(location, "location"),
            "no target in concept map "
                + (mapVersion == null ? mapUrl : mapUrl + "|" + mapVersion)));
  }
}
