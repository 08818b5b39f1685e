package dev.koine.testkit;

import java.util.Objects;

/**
 * A value that every constructor accepts but that breaks one rule of an NHS standard, paired with
 * the rule it breaks. Validators under test should report exactly that rule.
 *
 * <p>{@link #toString()} shows the rule and the value's type only: the value may carry patient
 * data.
 *
 * @param value the structurally valid value
 * @param rule what is wrong, naming the standard and the element (never patient data)
 * @param <T> the value's type
 */
public record NearMiss<T>(T value, String rule) {
  public NearMiss {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
  }

  @Override
  public String toString() {
    return "NearMiss[" + value.getClass().getSimpleName() + ": " + rule + "]";
  }
}
