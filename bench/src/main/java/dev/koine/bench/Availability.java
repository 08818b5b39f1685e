package dev.koine.bench;

import java.util.Optional;

/**
 * Tells {@code bench/run} which benchmarks cannot run in this build: prints one JMH exclusion
 * pattern per line on standard output (for {@code -e}) and the reason on standard error.
 */
public final class Availability {
  private Availability() {}

  /**
   * Prints the exclusions.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Optional<String> why = V2ToFhirBenchmark.koineUnavailable();
    if (why.isPresent()) {
      System.err.println("bench: skipping V2ToFhirBenchmark.koineV2ToFhirR4Json: " + why.get());
      System.out.println("V2ToFhirBenchmark.koineV2ToFhirR4Json");
    }
  }
}
