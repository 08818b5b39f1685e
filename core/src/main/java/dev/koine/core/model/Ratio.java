package dev.koine.core.model;

/**
 * A ratio of two quantities.
 *
 * @param numerator numerator, or null
 * @param denominator denominator, or null
 */
public record Ratio(Quantity numerator, Quantity denominator) {
  public Ratio {}
}
