package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;

/**
 * A language the patient uses.
 *
 * @param language language
 * @param preferred preferred flag, or null
 * @param interpreterRequired interpreter required (UK Core extension), or null
 */
public record Communication(Concept language, Boolean preferred, Boolean interpreterRequired) {
  public Communication {
    Checks.notNull(language, "language");
  }
}
