package dev.koine.core.time;

import dev.koine.core.internal.Checks;
import dev.koine.core.internal.Nullable;

/**
 * A period between two partial date-times, either end open. FHIR {@code Period}; HL7 v2 {@code DR}.
 *
 * @param start the start, or null if open
 * @param end the end, or null if open (or ongoing)
 */
public record Period(@Nullable PartialDateTime start, @Nullable PartialDateTime end) {
  public Period {
    Checks.require(start != null || end != null, "a period needs a start or an end");
  }

  /** A period from {@code start}, open-ended. */
  public static Period from(PartialDateTime start) {
    return new Period(Checks.notNull(start, "start"), null);
  }
}
