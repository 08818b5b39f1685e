package dev.koine.fhir;

import dev.koine.core.internal.Checks;

/**
 * Hostile-input limits for reading FHIR JSON and XML: an immutable value, built once and shared.
 * Every violation throws {@link dev.koine.core.issue.LimitExceededException} whose {@code
 * setting()} names the component, e.g. {@code Limits.maxDepth}, so that a caller who trusts the
 * input knows which knob to turn.
 *
 * <p>Depth and child counts are measured on FHIR elements, not on syntax: {@code
 * Bundle.entry[0].resource} is depth 3 in both JSON and XML (the XML resource wrapper element does
 * not add a level). The narrative {@code div} and its nested XHTML count towards the depth too.
 *
 * @param maxBytes the largest input accepted, in bytes (default 16 MiB)
 * @param maxDepth the deepest element nesting accepted (default 100)
 * @param maxChildren the most children one element may have, e.g. Bundle entries or the items of
 *     one repeating element (default 100,000)
 * @param maxNodes the most elements in one message, counting every primitive value (default
 *     2,000,000)
 * @param maxStringLength the longest single value in characters, e.g. a base64 attachment or a
 *     narrative {@code div} (default 16 Mi characters)
 */
public record Limits(
    long maxBytes, int maxDepth, int maxChildren, int maxNodes, int maxStringLength) {

  private static final Limits DEFAULTS =
      new Limits(16L * 1024 * 1024, 100, 100_000, 2_000_000, 16 * 1024 * 1024);

  /** Validates that every limit is positive. */
  public Limits {
    Checks.require(maxBytes > 0, "maxBytes must be positive");
    Checks.require(maxDepth > 0, "maxDepth must be positive");
    Checks.require(maxChildren > 0, "maxChildren must be positive");
    Checks.require(maxNodes > 0, "maxNodes must be positive");
    Checks.require(maxStringLength > 0, "maxStringLength must be positive");
  }

  /** The default limits: generous for real NHS messages, tight enough to refuse abuse. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** A copy with another {@link #maxBytes()}. */
  public Limits withMaxBytes(long value) {
    return new Limits(value, maxDepth, maxChildren, maxNodes, maxStringLength);
  }

  /** A copy with another {@link #maxDepth()}. */
  public Limits withMaxDepth(int value) {
    return new Limits(maxBytes, value, maxChildren, maxNodes, maxStringLength);
  }

  /** A copy with another {@link #maxChildren()}. */
  public Limits withMaxChildren(int value) {
    return new Limits(maxBytes, maxDepth, value, maxNodes, maxStringLength);
  }

  /** A copy with another {@link #maxNodes()}. */
  public Limits withMaxNodes(int value) {
    return new Limits(maxBytes, maxDepth, maxChildren, value, maxStringLength);
  }

  /** A copy with another {@link #maxStringLength()}. */
  public Limits withMaxStringLength(int value) {
    return new Limits(maxBytes, maxDepth, maxChildren, maxNodes, value);
  }
}
