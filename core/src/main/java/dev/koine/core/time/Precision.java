package dev.koine.core.time;

/** How much of a date-time was given, from the coarsest to the finest. */
public enum Precision {
  YEAR,
  MONTH,
  DAY,
  HOUR,
  MINUTE,
  SECOND,
  /** Seconds with a decimal fraction (any number of digits, kept as given). */
  FRACTION
}
