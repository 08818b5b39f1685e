package dev.koine.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test resources of this module, read from the class path. */
final class TestResources {
  private TestResources() {}

  /**
   * The bytes of a class-path resource ({@code /unseen/derived/x.json}); fails if it is missing.
   */
  static byte[] bytes(String path) {
    try (InputStream in = TestResources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
