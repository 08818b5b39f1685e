package dev.koine.bench;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The cold-start peer of {@code koine inspect one.json} in {@code bench/compare-cli}: a fresh JVM
 * that creates HAPI's {@code FhirContext.forR4()}, parses one R4 JSON Bundle and prints a summary.
 */
public final class HapiOneShot {
  private HapiOneShot() {}

  /**
   * Parses the file.
   *
   * @param args one R4 JSON Bundle file
   */
  public static void main(String[] args) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      Bundle b = FhirContext.forR4().newJsonParser().parseResource(Bundle.class, in);
      System.out.printf(
          Locale.ROOT, "Bundle type=%s entries=%d%n", b.getType().toCode(), b.getEntry().size());
    }
  }
}
