package dev.koine.core.time;

import dev.koine.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A period between two partial date-times, either end open. FHIR {@code Period}; HL7 v2 {@code DR}.
 *
 * <p>An inverted period (start after end) is accepted, because real messages contain them; {@link
 * #isOrdered()} tells whether the ends are provably in order. {@link #toString()} hides the values.
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

  /** A period up to {@code end}, with no known start. */
  public static Period until(PartialDateTime end) {
    return new Period(null, Checks.notNull(end, "end"));
  }

  /** A period with both ends. */
  public static Period of(PartialDateTime start, PartialDateTime end) {
    return new Period(Checks.notNull(start, "start"), Checks.notNull(end, "end"));
  }

  /**
   * False only if the start is provably after the end. Both ends are first truncated to the coarser
   * of their precisions ({@code 2024-03} and {@code 2024-03-05} compare as months). They are then
   * compared field by field if their offsets are equal (or both absent), or as instants if both
   * have offsets and a time; otherwise (one offset missing, or different offsets on dates) the
   * order cannot be known and the answer is true. An open end is always in order.
   */
  public boolean isOrdered() {
    if (start == null || end == null) {
      return true;
    }
    Precision common = start.precision().coarser(end.precision());
    PartialDateTime a = start.withPrecision(common);
    PartialDateTime b = end.withPrecision(common);
    if (a.offset() == null ? b.offset() == null : a.offset().equals(b.offset())) {
      return compareFields(a, b) <= 0;
    }
    Optional<Instant> from = a.toInstant();
    Optional<Instant> to = b.toInstant();
    if (from.isPresent() && to.isPresent()) {
      return !from.get().isAfter(to.get());
    }
    return true;
  }

  private static int compareFields(PartialDateTime a, PartialDateTime b) {
    int[] x = {a.year(), a.month(), a.day(), a.hour(), a.minute(), a.second(), a.nanos()};
    int[] y = {b.year(), b.month(), b.day(), b.hour(), b.minute(), b.second(), b.nanos()};
    for (int i = 0; i < x.length; i++) {
      int c = Integer.compare(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Prints the precisions only: the ends may be patient data. */
  @Override
  public String toString() {
    return "Period[start=" + start + ", end=" + end + "]";
  }
}
