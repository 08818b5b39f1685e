package dev.koine.fhir.internal.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One FHIR file of the test corpus ({@code src/test/resources/corpus}), with its FHIR version (from
 * its folder) and format (from its extension).
 */
record CorpusFile(String path, Path file, boolean stu3, boolean json) {

  /** Every JSON and XML file of the corpus, sorted by path. */
  static List<CorpusFile> all() {
    Path root = root();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".json") || n.endsWith(".xml")) && !n.startsWith("_");
              })
          .map(p -> of(root, p))
          .sorted((a, b) -> a.path.compareTo(b.path))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path root() {
    URL url = CorpusFile.class.getResource("/corpus");
    if (url == null) {
      throw new IllegalStateException("no corpus on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CorpusFile of(Path root, Path p) {
    String rel = root.relativize(p).toString().replace('\\', '/');
    boolean stu3 =
        rel.startsWith("nhsconnect-itk3-toc/") || rel.startsWith("nhsd-lab-results-adaptor/");
    boolean json = rel.toLowerCase(Locale.ROOT).endsWith(".json");
    return new CorpusFile(rel, p, stu3, json);
  }

  byte[] bytes() {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FhirStructure structure() {
    return stu3 ? FhirStructure.stu3() : FhirStructure.r4();
  }

  String folder() {
    return path.substring(0, path.indexOf('/'));
  }

  @Override
  public String toString() {
    return path;
  }
}
