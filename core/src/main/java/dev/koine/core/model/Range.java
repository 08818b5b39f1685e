package dev.koine.core.model;

/**
 * A range between two quantities (reference ranges, OBX-7).
 *
 * @param low low bound, or null
 * @param high high bound, or null
 */
public record Range(Quantity low, Quantity high) {
  public Range {}
}
