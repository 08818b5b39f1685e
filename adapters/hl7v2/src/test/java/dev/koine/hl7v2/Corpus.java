package dev.koine.hl7v2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HL7 v2 corpus copied into {@code src/test/resources/corpus/} (each folder keeps its {@code
 * _SOURCE.txt}): every file that holds ER7, and the manifest {@code NOT-ER7.txt} of files that are
 * expected to fail (file path, a tab, the reason).
 */
final class Corpus {
  private Corpus() {}

  static Path root() {
    URL url = Corpus.class.getResource("/corpus");
    if (url == null) {
      throw new IllegalStateException("test resources have no corpus folder");
    }
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every message file, sorted by path. */
  static List<Path> files() {
    Path root = root();
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("_"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().equals("NOT-ER7.txt"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The corpus-relative name of a file. */
  static String name(Path file) {
    return root().relativize(file).toString().replace('\\', '/');
  }

  /** Files expected not to be ER7, with the reason. */
  static Map<String, String> notEr7() {
    Path manifest = root().resolve("NOT-ER7.txt");
    Map<String, String> map = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(manifest)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        map.put(parts[0], parts.length > 1 ? parts[1] : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
