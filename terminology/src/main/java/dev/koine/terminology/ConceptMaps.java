package dev.koine.terminology;

import dev.koine.core.code.Coding;
import dev.koine.core.internal.Checks;
import dev.koine.core.issue.KoineParseException;
import dev.koine.terminology.internal.ConceptMapJson;
import dev.koine.terminology.internal.CsvMaps;
import dev.koine.terminology.internal.ResourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Concept maps in and out of files, including the CSV format integration engineers keep in
 * spreadsheets.
 *
 * <h2>The CSV format</h2>
 *
 * <p>UTF-8, comma-separated, RFC 4180 quoting. The first row names the columns (any order, case
 * ignored): {@code source_system,source_code,source_display,target_system,target_code,
 * target_display,equivalence} and optionally {@code comment}. Each further row maps one source code
 * to one target; several rows with the same source system and code give that code several targets;
 * rows are grouped by (source system, target system) in order of first appearance. An empty cell is
 * absent. A row with all target columns empty lists the code without a target. {@code equivalence}
 * is a FHIR R4 equivalence ({@code equivalent}, {@code wider}, {@code narrower}, {@code inexact},
 * {@code unmatched} ...) and is required when a row has a target. Codes and systems may not have
 * leading or trailing whitespace, and a code's display must be the same on all its rows: both are
 * reported with the line number rather than guessed at.
 *
 * <p>A map read from CSV has no name, title or status; its URL and version are given by the caller
 * (or, from {@link #load(Path)}, the file's URI and content digest). Written back with {@link
 * #writeCsv}, a map read from a Koine-written CSV gives the same text.
 */
public final class ConceptMaps {
  private ConceptMaps() {}

  /**
   * A coding from the command-line token form: {@code system|code}, or just {@code code} (no
   * system: translated in every group of a map).
   *
   * @throws IllegalArgumentException if the code part is empty
   */
  public static Coding coding(String token) {
    Checks.notNull(token, "token");
    int bar = token.lastIndexOf('|');
    String system = bar < 0 ? null : token.substring(0, bar);
    String code = bar < 0 ? token : token.substring(bar + 1);
    Checks.require(!code.isEmpty(), "the code part of a system|code token must not be empty");
    return new Coding(system == null || system.isEmpty() ? null : system, null, code, null);
  }

  /**
   * Loads a concept map from FHIR JSON, FHIR XML or CSV (see {@link TerminologyFiles#load}).
   *
   * @throws KoineParseException if the file is malformed or holds another kind of resource
   */
  public static ConceptMap load(Path path) {
    TerminologyResource r = TerminologyFiles.load(path);
    if (r instanceof ConceptMap map) {
      return map;
    }
    throw new KoineParseException(
        String.valueOf(path.getFileName()),
        "expected a ConceptMap, found a " + r.getClass().getSimpleName());
  }

  /**
   * Reads a CSV map from a UTF-8 stream (not closed).
   *
   * @param sourceName the name used in error locations
   * @param url the URL to give the map
   * @param version the version to give it, or null for {@code sha256:} plus the first 12 hex digits
   *     of the content's digest
   */
  public static ConceptMap readCsv(InputStream in, String sourceName, String url, String version) {
    Checks.notNull(in, "in");
    Checks.notBlank(sourceName, "sourceName");
    Checks.notBlank(url, "url");
    return ResourceReader.readCsv(in, sourceName, url, version);
  }

  /**
   * Reads a CSV map from characters (not closed).
   *
   * @param sourceName the name used in error locations
   * @param url the URL to give the map
   * @param version the version to give it, or null
   */
  public static ConceptMap readCsv(Reader in, String sourceName, String url, String version) {
    Checks.notNull(in, "in");
    Checks.notBlank(sourceName, "sourceName");
    Checks.notBlank(url, "url");
    return CsvMaps.read(in, sourceName, url, version);
  }

  /**
   * Writes a map as CSV (the writer is flushed, not closed). The {@code comment} column is written
   * only if some target has a comment. Group versions, the unmapped fallback and the map's metadata
   * have no CSV column and are not written.
   */
  public static void writeCsv(ConceptMap map, Writer out) {
    Checks.notNull(map, "map");
    Checks.notNull(out, "out");
    CsvMaps.write(map, out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The map as CSV text. */
  public static String toCsv(ConceptMap map) {
    StringWriter w = new StringWriter();
    writeCsv(map, w);
    return w.toString();
  }

  /** Writes a map as FHIR R4 JSON (the writer is flushed, not closed). */
  public static void writeJson(ConceptMap map, Writer out) {
    Checks.notNull(map, "map");
    Checks.notNull(out, "out");
    ConceptMapJson.write(map, out);
  }

  /** The map as FHIR R4 JSON text. */
  public static String toJson(ConceptMap map) {
    StringWriter w = new StringWriter();
    writeJson(map, w);
    return w.toString();
  }
}
