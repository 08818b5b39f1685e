package dev.koine.core.model;

import dev.koine.core.internal.Checks;

/**
 * A policy a consent refers to.
 *
 * @param authority authority URI, or null
 * @param uri policy URI, or null
 */
public record ConsentPolicy(String authority, String uri) {
  public ConsentPolicy {
    Checks.optionalText(authority, "authority");
    Checks.optionalText(uri, "uri");
  }
}
