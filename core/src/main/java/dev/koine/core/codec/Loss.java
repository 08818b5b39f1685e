package dev.koine.core.codec;

import dev.koine.core.internal.Checks;

/**
 * Something in the input that has no place in the model and so would not survive a round trip:
 * reported, never dropped silently.
 *
 * @param location where in the input (FHIR path, {@code PID-3[2].4}); never a value
 * @param reason why it was not carried over
 */
public record Loss(String location, String reason) {
  public Loss {
    Checks.notBlank(location, "location");
    Checks.notBlank(reason, "reason");
  }

  /** {@code LOSS location reason}, the CLI's line format. */
  @Override
  public String toString() {
    return "LOSS " + location + " " + reason;
  }
}
