package dev.koine.fhir.internal.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * The expected deviations of corpus files ({@code corpus/MANIFEST.txt}); unlisted files are clean.
 */
final class CorpusManifest {
  enum Expectation {
    PARSE_ERROR,
    NO_NAMESPACE,
    HAPI_DROPS,
    HAPI_XHTML,
    HAPI_INCONSISTENT
  }

  record Entry(Expectation expectation, String detail) {}

  private static final Map<String, Entry> ENTRIES = load();

  private CorpusManifest() {}

  private static Map<String, Entry> load() {
    try {
      Map<String, Entry> out = new HashMap<>();
      for (String line :
          Files.readAllLines(CorpusFile.root().resolve("MANIFEST.txt"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = java.util.regex.Pattern.compile("\t").split(line, 0);
        if (parts.length != 3) {
          throw new IllegalStateException("bad manifest line: " + line);
        }
        if (out.put(parts[0], new Entry(Expectation.valueOf(parts[1]), parts[2])) != null) {
          throw new IllegalStateException("duplicate manifest line: " + parts[0]);
        }
      }
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every listed path. */
  static java.util.Set<String> paths() {
    return ENTRIES.keySet();
  }

  /** The entry for a file, or null if it is clean. */
  static Entry of(CorpusFile file) {
    return ENTRIES.get(file.path());
  }

  static boolean is(CorpusFile file, Expectation expectation) {
    Entry e = of(file);
    return e != null && e.expectation() == expectation;
  }
}
