package dev.koine.fhir.internal.map;

import dev.koine.core.time.PartialDateTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The time zone in which the running encode reads a local time (a time with no offset, as HL7 v2
 * feeds send them) so that FHIR, which needs an offset with every time, can hold it whole: set by a
 * codec configured with one ({@code FhirCodec.withLocalTimeZone}), absent by default (a local time
 * is then written as its date, or left out where FHIR needs an instant, and reported). Each time
 * written with an assumed offset is reported too, naming the zone and the offset.
 */
public final class LocalZone {
  private LocalZone() {}

  private static final ThreadLocal<ZoneId> CURRENT = new ThreadLocal<>();

  /** Runs {@code body} with {@code zone} as the running encode's zone (null: none). */
  public static <T> T with(ZoneId zone, Supplier<T> body) {
    if (zone == null) {
      return body.get();
    }
    ZoneId before = CURRENT.get();
    CURRENT.set(zone);
    try {
      return body.get();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  /** The running encode's zone, or null. */
  static ZoneId current() {
    return CURRENT.get();
  }

  /**
   * The offset of {@code zone} at a local time (its date and time as given): the offset in force
   * then, daylight saving included; in the hour that repeats when clocks go back, the earlier
   * (summer) offset; in the hour skipped when they go forward, the offset before the change.
   */
  static ZoneOffset offsetAt(ZoneId zone, PartialDateTime local) {
    LocalDateTime at =
        LocalDateTime.of(
            local.year(),
            Math.max(local.month(), 1),
            Math.max(local.day(), 1),
            local.hour(),
            local.minute(),
            local.second());
    return zone.getRules().getValidOffsets(at).isEmpty()
        ? zone.getRules().getOffset(at.minusHours(1))
        : zone.getRules().getOffset(at);
  }
}
