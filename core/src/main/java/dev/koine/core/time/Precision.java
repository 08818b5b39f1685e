package dev.koine.core.time;

/** How much of a date-time was given, from the coarsest to the finest. */
public enum Precision {
  YEAR,
  MONTH,
  DAY,
  HOUR,
  MINUTE,
  SECOND,
  /** Seconds with a decimal fraction (one to nine digits, kept as given). */
  FRACTION;

  /** True if this precision is {@code other} or finer ({@code DAY.isAtLeast(MONTH)} is true). */
  public boolean isAtLeast(Precision other) {
    return compareTo(other) >= 0;
  }

  /** The coarser of this precision and {@code other}. */
  public Precision coarser(Precision other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
