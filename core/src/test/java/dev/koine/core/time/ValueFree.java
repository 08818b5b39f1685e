package dev.koine.core.time;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that a message cannot carry a value: apart from the standard's name "HL7 v2" it contains
 * no digit at all, so no year, day, hour or offset can leak through it.
 */
final class ValueFree {
  private ValueFree() {}

  static void assertValueFree(Throwable thrown) {
    assertThat(thrown).isNotNull();
    assertThat(thrown.getMessage().replace("HL7 v2", ""))
        .as("message must not contain a digit")
        .doesNotContainPattern("[0-9]");
  }
}
