package dev.koine.terminology;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.KoineParseException;
import dev.koine.terminology.internal.ResourceReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads code systems, value sets and concept maps from files: FHIR JSON or XML (R4 or STU3 shapes;
 * XML with a DTD is refused) or a CSV concept map. Stateless and thread-safe.
 */
public final class TerminologyFiles {
  private TerminologyFiles() {}

  /**
   * Loads a resource, choosing the format by extension or content ({@link ResourceFormat#detect}).
   * A CSV file is a concept map whose URL is the file's URI and whose version is {@code sha256:}
   * followed by the first 12 hex digits of the file's digest.
   *
   * @throws KoineParseException if the file is malformed (the location names the file and the line
   *     or JSON pointer)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static TerminologyResource load(Path path) {
    Checks.notNull(path, "path");
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 65536)) {
      in.mark(64);
      byte[] head = in.readNBytes(64);
      in.reset();
      ResourceFormat format = ResourceFormat.detect(name, head);
      if (format == ResourceFormat.CSV) {
        return ResourceReader.readCsv(in, name, path.toUri().toString(), null);
      }
      return ResourceReader.readFhir(in, format, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a FHIR JSON or XML resource from a stream (not closed).
   *
   * @param sourceName the name used in error locations
   * @throws IllegalArgumentException for {@link ResourceFormat#CSV} (use {@link
   *     ConceptMaps#readCsv})
   */
  public static TerminologyResource read(InputStream in, ResourceFormat format, String sourceName) {
    Checks.notNull(in, "in");
    Checks.notNull(format, "format");
    Checks.notBlank(sourceName, "sourceName");
    return ResourceReader.readFhir(in, format, sourceName);
  }
}
