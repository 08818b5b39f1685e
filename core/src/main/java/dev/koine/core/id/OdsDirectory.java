package dev.koine.core.id;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.Issues;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ODS reference data: which organisation codes exist. Koine ships none (the data is large and
 * changes weekly; it is published under the OGL via the ODS API and TRUD); callers plug in their
 * own. Implementations must be thread-safe.
 *
 * <p>A directory is either <em>authoritative</em> (an empty answer means "no such organisation") or
 * not (an empty answer means "unknown"), as {@link #none()} is.
 */
@FunctionalInterface
public interface OdsDirectory {
  /** The organisation with this code, if the directory knows it. */
  Optional<OdsOrganisation> find(OdsCode code);

  /**
   * True if an empty {@link #find(OdsCode)} means the code does not exist; false if it only means
   * the directory cannot say. Default true.
   */
  default boolean isAuthoritative() {
    return true;
  }

  /**
   * Findings for a code at {@code location}: {@link IssueCode#ODS_CODE_UNKNOWN} if an authoritative
   * directory does not know it or knows it as closed; nothing otherwise.
   */
  default Issues check(OdsCode code, String location) {
    Checks.notNull(code, "code");
    Checks.notNull(location, "location");
    Optional<OdsOrganisation> found = find(code);
    if (found.isEmpty()) {
      return isAuthoritative()
          ? Issues.builder()
              .add(IssueCode.ODS_CODE_UNKNOWN, location, "ODS code " + code + " is not known")
              .build()
          : Issues.none();
    }
    if (!found.get().active()) {
      return Issues.builder()
          .add(
              IssueCode.ODS_CODE_UNKNOWN,
              location,
              "ODS code " + code + " belongs to an organisation that has closed")
          .build();
    }
    return Issues.none();
  }

  /** The directory that knows nothing: every answer is "unknown", never "does not exist". */
  static OdsDirectory none() {
    return NoOdsDirectory.INSTANCE;
  }

  /** An authoritative in-memory directory of these organisations (a later code wins). */
  static OdsDirectory of(Collection<OdsOrganisation> organisations) {
    Map<OdsCode, OdsOrganisation> byCode = new HashMap<>();
    for (OdsOrganisation organisation : organisations) {
      byCode.put(Checks.notNull(organisation, "organisation").code(), organisation);
    }
    Map<OdsCode, OdsOrganisation> frozen = Map.copyOf(byCode);
    return code -> Optional.ofNullable(frozen.get(Checks.notNull(code, "code")));
  }
}
