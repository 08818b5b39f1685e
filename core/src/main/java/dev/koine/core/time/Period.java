package dev.koine.core.time;

import dev.koine.core.internal.Checks;

/**
 * A period between two partial date-times, either end open. FHIR {@code Period}; HL7 v2 {@code DR}.
 *
 * @param start the start, or null if open
 * @param end the end, or null if open (or ongoing)
 */
public record Period(PartialDateTime start, PartialDateTime end) {
  public Period {
    Checks.require(start != null || end != null, "a period needs a start or an end");
  }

  /** A period from {@code start}, open-ended. */
  public static Period from(PartialDateTime start) {
    return new Period(Checks.notNull(start, "start"), null);
  }
}
