package dev.koine.terminology;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Migrates codes of retired UK Core code systems to their current equivalents through Koine's
 * bundled migration maps, and reports every retired code it meets as a {@link
 * IssueCode#CODE_RETIRED} issue:
 *
 * <ul>
 *   <li>UK Core STU1 NHS number verification status strings ({@code number-present-and-verified}
 *       ...) → {@code UKCore-NHSNumberVerificationStatusEngland} {@code 01}–{@code 08} (the
 *       Welsh-only code → the Wales system);
 *   <li>{@code UKCore-EthnicCategory} → {@code UKCore-EthnicCategoryEngland} (same code:
 *       equivalent; a two-letter local sub-category → its national category by first letter:
 *       wider);
 *   <li>retired {@code NHSDataModelAndDictionary-*} systems (admission method, source of admission,
 *       discharge method, discharge destination, outcome of attendance, marital status) → their
 *       {@code UKCore-*England} variants, where the code exists there.
 * </ul>
 *
 * <p>A migrated coding replaces the retired one (the retired code is invalid in current UK Core). A
 * code the map has no current equivalent for, and any code of another retired bundled code system,
 * is left as it is and reported. Thread-safe.
 */
public final class Migration {
  private static final String BASE = "https://koine.dev/fhir/ConceptMap/migrate-";

  /** The bundled migration maps, by URL. */
  public static final List<String> BUNDLED_MAPS =
      List.of(
          BASE + "ukcore-nhs-number-verification-status",
          BASE + "ukcore-ethnic-category",
          BASE + "nhsdd-admission-method",
          BASE + "nhsdd-source-of-admission",
          BASE + "nhsdd-discharge-method",
          BASE + "nhsdd-discharge-destination",
          BASE + "nhsdd-outcome-of-attendance",
          BASE + "nhsdd-person-marital-status");

  private final Terminology terminology;
  private volatile Map<String, ConceptMap> bySource;

  Migration(Terminology terminology) {
    this.terminology = terminology;
  }

  /** The shared migration over the bundled packs. */
  public static Migration bundled() {
    return Terminology.bundled().migration();
  }

  /**
   * The outcome of a migration.
   *
   * @param value the migrated value (the input itself if nothing changed)
   * @param migrated whether anything was replaced
   * @param issues the retired codes met, as {@link IssueCode#CODE_RETIRED} issues
   * @param <T> {@link Coding} or {@link Concept}
   */
  public record Result<T>(T value, boolean migrated, List<Issue> issues) {
    public Result {
      Checks.notNull(value, "value");
      issues = Checks.list(issues, "issues");
    }
  }

  private Map<String, ConceptMap> maps() {
    Map<String, ConceptMap> m = bySource;
    if (m == null) {
      m = new LinkedHashMap<>();
      for (String url : BUNDLED_MAPS) {
        Optional<ConceptMap> map = terminology.conceptMap(url);
        if (map.isPresent()) {
          for (ConceptMap.Group g : map.get().groups()) {
            if (g.source() != null) {
              m.putIfAbsent(g.source(), map.get());
            }
          }
        }
      }
      bySource = m = Map.copyOf(m);
    }
    return m;
  }

  /** The retired code systems this migration has a map for. */
  public List<String> migratedSystems() {
    return List.copyOf(new TreeSet<>(maps().keySet()));
  }

  /** True if the code system is retired: it has a migration map, or its status is retired. */
  public boolean isRetired(String system) {
    Checks.notNull(system, "system");
    return maps().containsKey(system)
        || terminology
            .codeSystem(system)
            .map(cs -> cs.status() == PublicationStatus.RETIRED)
            .orElse(false);
  }

  /**
   * Migrates one coding.
   *
   * @param location where the coding is, for the issue (e.g. {@code
   *     Patient.extension[0].valueCodeableConcept.coding[0]})
   */
  public Result<Coding> migrate(Coding coding, String location) {
    Checks.notNull(coding, "coding");
    Checks.notNull(location, "location");
    String system = coding.system();
    if (system == null || coding.code() == null) {
      return new Result<>(coding, false, List.of());
    }
    ConceptMap map = maps().get(system);
    if (map == null) {
      boolean retired =
          terminology
              .codeSystem(system)
              .map(cs -> cs.status() == PublicationStatus.RETIRED)
              .orElse(false);
      return retired
          ? new Result<>(
              coding,
              false,
              List.of(
                  Issue.of(
                      IssueCode.CODE_RETIRED,
                      location,
                      "code system " + system + " is retired; Koine has no migration map for it")))
          : new Result<>(coding, false, List.of());
    }
    Translation t = map.translate(coding);
    List<Translation.Target> matches = t.matches();
    String provenance = map.version() == null ? map.url() : map.url() + "|" + map.version();
    if (matches.size() == 1) {
      Translation.Target target = matches.get(0);
      Coding migrated = new Coding(target.system(), null, target.code(), target.display());
      return new Result<>(
          migrated,
          true,
          List.of(
              Issue.of(
                  IssueCode.CODE_RETIRED,
                  location,
                  "retired code system "
                      + system
                      + " migrated to "
                      + target.system()
                      + " ("
                      + target.equivalence().code()
                      + ") through concept map "
                      + provenance)));
    }
    String why =
        matches.isEmpty()
            ? "has no current equivalent for this code in concept map "
            : "has several current equivalents for this code in concept map ";
    return new Result<>(
        coding,
        false,
        List.of(
            Issue.of(
                IssueCode.CODE_RETIRED,
                location,
                "code system " + system + " is retired and " + why + provenance)));
  }

  /**
   * Migrates every coding of a concept, keeping their order and the text; the issues are located at
   * {@code location.coding[i]}.
   */
  public Result<Concept> migrate(Concept concept, String location) {
    Checks.notNull(concept, "concept");
    Checks.notNull(location, "location");
    List<Coding> codings = new ArrayList<>(concept.codings().size());
    List<Issue> issues = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < concept.codings().size(); i++) {
      Result<Coding> r = migrate(concept.codings().get(i), location + ".coding[" + i + "]");
      codings.add(r.value());
      issues.addAll(r.issues());
      changed |= r.migrated();
    }
    return new Result<>(changed ? new Concept(codings, concept.text()) : concept, changed, issues);
  }
}
