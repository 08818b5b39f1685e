package dev.koine.terminology.internal;

import dev.koine.core.issue.KoineParseException;
import dev.koine.terminology.ResourceFormat;
import dev.koine.terminology.TerminologyResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled packs: an index ({@code packs/index.tsv}, one line per resource with its kind, URL,
 * version, format and path) read once, and the resources themselves read on first use. Reading the
 * index costs a few milliseconds; a resource is parsed only when asked for. Not API.
 */
public final class PackRegistry {
  /** The classpath folder of the packs. */
  public static final String BASE = "/dev/koine/terminology/packs/";

  /** The index file name inside {@link #BASE}. */
  public static final String INDEX = "index.tsv";

  /**
   * One indexed resource.
   *
   * @param kind {@code CodeSystem}, {@code ValueSet} or {@code ConceptMap}
   * @param url the canonical URL
   * @param version the version, or null
   * @param format {@code fhir-xml}, {@code fhir-json}, {@code v2-sheet} (a map from a v2-to-FHIR
   *     sheet) or {@code v2-table} (the v2 table listed by a sheet)
   * @param path the file, relative to {@link #BASE}
   * @param table the v2 table number for {@code v2-table}, else null
   */
  public record Entry(
      String kind, String url, String version, String format, String path, String table) {
    /** The line of the index for this entry. */
    public String line() {
      return String.join("\t", kind, url, dash(version), format, path, dash(table));
    }

    private static String dash(String s) {
      return s == null ? "-" : s;
    }
  }

  private final Map<String, Entry> entries;

  private PackRegistry(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** The registry of the bundled packs (reads the index). */
  public static PackRegistry bundled() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (InputStream in = PackRegistry.class.getResourceAsStream(BASE + INDEX)) {
      if (in == null) {
        throw new IllegalStateException("the bundled pack index " + BASE + INDEX + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalStateException("pack index line " + n + " has " + f.length + " fields");
        }
        Entry e = new Entry(f[0], f[1], undash(f[2]), f[3], f[4], undash(f[5]));
        entries.put(e.kind() + " " + e.url(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PackRegistry(Collections.unmodifiableMap(entries));
  }

  private static String undash(String s) {
    return s.equals("-") ? null : s;
  }

  /** Every entry, in index order. */
  public List<Entry> entries() {
    return new ArrayList<>(entries.values());
  }

  /** The entry for a kind and URL, or null. */
  public Entry find(String kind, String url) {
    return entries.get(kind + " " + url);
  }

  /** Parses the resource of an entry. */
  public static TerminologyResource load(Entry e) {
    try (InputStream in = PackRegistry.class.getResourceAsStream(BASE + e.path())) {
      if (in == null) {
        throw new IllegalStateException("bundled pack file " + e.path() + " is missing");
      }
      String name = e.path().substring(e.path().lastIndexOf('/') + 1);
      return switch (e.format()) {
        case "fhir-xml" -> ResourceReader.readFhir(in, ResourceFormat.FHIR_XML, e.path());
        case "fhir-json" -> ResourceReader.readFhir(in, ResourceFormat.FHIR_JSON, e.path());
        case "v2-sheet" -> V2Sheet.read(ResourceReader.utf8(in), name).map();
        case "v2-table" -> V2Sheet.read(ResourceReader.utf8(in), name).table(e.table(), name);
        default -> throw new IllegalStateException("unknown pack format " + e.format());
      };
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (KoineParseException ex) {
      throw new IllegalStateException("bundled pack file " + e.path() + " is malformed", ex);
    }
  }
}
