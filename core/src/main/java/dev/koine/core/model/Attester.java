package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;

/**
 * A document attester (legal, professional, personal).
 *
 * @param mode mode
 * @param time when, or null
 * @param party who, or null
 */
public record Attester(String mode, PartialDateTime time, Ref party) {
  public Attester {
    Checks.optionalText(mode, "mode");
    Checks.notNull(mode, "mode");
  }
}
