package dev.koine.terminology;

import dev.koine.core.code.Coding;
import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * How well a concept map covers a set of local codes. Every distinct input coding is in exactly one
 * of the three lists, so {@code mapped + unmapped + ambiguous == total}.
 *
 * @param mapUrl the map's URL
 * @param mapVersion the map's version, or null
 * @param mapped codings with exactly one matching target
 * @param unmapped codings with none
 * @param ambiguous codings with several
 */
public record CoverageReport(
    String mapUrl,
    String mapVersion,
    List<Coding> mapped,
    List<Coding> unmapped,
    List<Coding> ambiguous) {
  public CoverageReport {
    Checks.notBlank(mapUrl, "mapUrl");
    Checks.optionalText(mapVersion, "mapVersion");
    mapped = Checks.list(mapped, "mapped");
    unmapped = Checks.list(unmapped, "unmapped");
    ambiguous = Checks.list(ambiguous, "ambiguous");
  }

  /** The number of distinct codings assessed. */
  public int total() {
    return mapped.size() + unmapped.size() + ambiguous.size();
  }

  /** The share of codings mapped to exactly one target, 0..1 (1 for an empty input). */
  public double coverage() {
    return total() == 0 ? 1.0 : (double) mapped.size() / total();
  }
}
