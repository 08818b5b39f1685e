package dev.koine.terminology.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import dev.koine.terminology.ConceptMap;
import dev.koine.terminology.Equivalence;
import dev.koine.terminology.PublicationStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CSV concept-map format: a header row, then one row per source code and target, columns {@code
 * source_system,source_code,source_display,target_system,target_code,target_display, equivalence}
 * and an optional {@code comment}, read and written with Jackson's CSV module. Not API: use {@link
 * dev.koine.terminology.ConceptMaps}.
 */
public final class CsvMaps {
  /** The required columns, in the order Koine writes them. */
  public static final List<String> COLUMNS =
      List.of(
          "source_system",
          "source_code",
          "source_display",
          "target_system",
          "target_code",
          "target_display",
          "equivalence");

  /** The optional column. */
  public static final String COMMENT = "comment";

  private static final int SOURCE_SYSTEM = 0;
  private static final int SOURCE_CODE = 1;
  private static final int SOURCE_DISPLAY = 2;
  private static final int TARGET_SYSTEM = 3;
  private static final int TARGET_CODE = 4;
  private static final int TARGET_DISPLAY = 5;
  private static final int EQUIVALENCE = 6;
  private static final int COMMENT_COLUMN = 7;

  private static final CsvFactory FACTORY =
      CsvFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();
  private static final String EXPECTED_EQUIVALENCE =
      "relatedto|equivalent|equal|wider|subsumes|narrower|specializes|inexact|unmatched|disjoint";

  private CsvMaps() {}

  /**
   * Reads a CSV map.
   *
   * @param in the CSV; not closed
   * @param source the file name for error locations
   * @param url the map URL to record
   * @param version the map version to record, or null
   */
  public static ConceptMap read(Reader in, String source, String url, String version) {
    Map<String, GroupBuilder> groups = new LinkedHashMap<>();
    try (CsvParser p = FACTORY.createParser(in)) {
      int[] columnOf = null; // our column -> index in the file
      String[] cells = new String[8];
      String[] row = new String[8];
      int width = 0;
      GroupBuilder last = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          throw new KoineParseException(source + ":" + line(p), "expected a CSV row");
        }
        int line = line(p);
        int n = 0;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          if (n == row.length) {
            row = Arrays.copyOf(row, n * 2);
          }
          row[n++] = p.getText();
        }
        if (n == 1 && row[0].isEmpty()) {
          continue; // blank line
        }
        if (columnOf == null) {
          columnOf = header(Arrays.asList(row).subList(0, n), source, line);
          width = n;
          continue;
        }
        while (n > width && row[n - 1].isEmpty()) {
          n--; // trailing empty cells, as some spreadsheet exports write them
        }
        if (n > width) {
          throw new KoineParseException(
              source + ":" + line,
              "row has " + n + " cells but the header has " + width + " columns");
        }
        for (int c = 0; c < columnOf.length; c++) {
          int at = columnOf[c];
          cells[c] = at >= 0 && at < n && !row[at].isEmpty() ? row[at] : null;
        }
        last = addRow(groups, last, cells, source, line);
      }
      if (columnOf == null) {
        throw new KoineParseException(
            source + ":1", "expected a header row: " + String.join(",", COLUMNS) + "[,comment]");
      }
    } catch (JsonProcessingException e) {
      throw new KoineParseException(
          source + ":" + e.getLocation().getLineNr(),
          "malformed CSV: " + JsonTreeReader.redact(e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ConceptMap.Group> built = new ArrayList<>(groups.size());
    for (GroupBuilder g : groups.values()) {
      built.add(new ConceptMap.Group(g.source, null, g.target, null, g.elements.build(), null));
    }
    return new ConceptMap(
        url, version, null, null, PublicationStatus.UNKNOWN, null, null, null, built);
  }

  private static int line(CsvParser p) {
    return p.currentLocation().getLineNr();
  }

  private static int[] header(List<String> row, String source, int line) {
    int[] columnOf = new int[8];
    Arrays.fill(columnOf, -1);
    for (int i = 0; i < row.size(); i++) {
      String name = row.get(i).trim().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      int ours = name.equals(COMMENT) ? COMMENT_COLUMN : COLUMNS.indexOf(name);
      if (ours < 0) {
        throw new KoineParseException(
            source + ":" + line + ":" + (i + 1),
            "unexpected column; expected " + String.join(",", COLUMNS) + " and optionally comment");
      }
      if (columnOf[ours] >= 0) {
        throw new KoineParseException(
            source + ":" + line + ":" + (i + 1), "column " + name + " repeated");
      }
      columnOf[ours] = i;
    }
    for (int c = 0; c < COLUMNS.size(); c++) {
      if (columnOf[c] < 0) {
        throw new KoineParseException(source + ":" + line, "missing column " + COLUMNS.get(c));
      }
    }
    return columnOf;
  }

  private static GroupBuilder addRow(
      Map<String, GroupBuilder> groups,
      GroupBuilder last,
      String[] cells,
      String source,
      int line) {
    for (int c : new int[] {SOURCE_SYSTEM, SOURCE_CODE, TARGET_SYSTEM, TARGET_CODE}) {
      String v = cells[c];
      if (v != null && (v.isBlank() || !v.strip().equals(v))) {
        throw new KoineParseException(
            source + ":" + line,
            COLUMNS.get(c) + " has leading or trailing whitespace (FHIR codes and URIs have none)");
      }
    }
    for (String v : cells) {
      if (v != null && v.length() > StringPool.MAX_VALUE_BYTES / 3) {
        checkLength(v, source, line);
      }
    }
    GroupBuilder g = last;
    if (g == null
        || !Objects.equals(g.source, cells[SOURCE_SYSTEM])
        || !Objects.equals(g.target, cells[TARGET_SYSTEM])) {
      String key = keyPart(cells[SOURCE_SYSTEM]) + "\u0000" + keyPart(cells[TARGET_SYSTEM]);
      g = groups.get(key);
      if (g == null) {
        g = new GroupBuilder(cells[SOURCE_SYSTEM], cells[TARGET_SYSTEM]);
        groups.put(key, g);
      }
    }
    int before = g.elements.size();
    int row = g.elements.element(cells[SOURCE_CODE], cells[SOURCE_DISPLAY]);
    if (row < before) {
      String first = g.elements.display(row);
      if (first == null ? cells[SOURCE_DISPLAY] != null : !first.equals(cells[SOURCE_DISPLAY])) {
        throw new KoineParseException(
            source + ":" + line,
            "source_display differs from the one given for the same source code on line "
                + g.lineOf(row));
      }
    } else {
      g.line(row, line);
    }
    boolean hasTarget =
        cells[TARGET_CODE] != null
            || cells[TARGET_DISPLAY] != null
            || cells[EQUIVALENCE] != null
            || cells[COMMENT_COLUMN] != null;
    if (!hasTarget) {
      return g;
    }
    if (cells[EQUIVALENCE] == null) {
      throw new KoineParseException(
          source + ":" + line, "expected equivalence (" + EXPECTED_EQUIVALENCE + ")");
    }
    String eqCode = cells[EQUIVALENCE];
    Optional<Equivalence> exact = Equivalence.fromCode(eqCode);
    Equivalence eq =
        (exact.isPresent() ? exact : Equivalence.fromCode(eqCode.trim().toLowerCase(Locale.ROOT)))
            .orElseThrow(
                () ->
                    new KoineParseException(
                        source + ":" + line, "equivalence must be one of " + EXPECTED_EQUIVALENCE));
    g.elements.target(row, cells[TARGET_CODE], cells[TARGET_DISPLAY], eq, cells[COMMENT_COLUMN]);
    return g;
  }

  private static String keyPart(String system) {
    return system == null ? "\u0001" : system;
  }

  private static void checkLength(String v, String source, int line) {
    int bytes = v.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > StringPool.MAX_VALUE_BYTES) {
      throw new LimitExceededException(
          source + ":" + line, "maxValueBytes", StringPool.MAX_VALUE_BYTES, bytes);
    }
  }

  private static final class GroupBuilder {
    final String source;
    final String target;
    final ElementTable.Builder elements = new ElementTable.Builder(true);
    int[] lines = new int[8];

    GroupBuilder(String source, String target) {
      this.source = source;
      this.target = target;
    }

    void line(int row, int line) {
      if (row >= lines.length) {
        lines = Arrays.copyOf(lines, Math.max(row + 1, lines.length + (lines.length >> 1)));
      }
      lines[row] = line;
    }

    int lineOf(int row) {
      return lines[row];
    }
  }

  /**
   * Writes a map as CSV: the header (with {@code comment} only if some target has one), then one
   * row per target, or one row with empty target columns for an element without targets.
   */
  public static void write(ConceptMap map, Writer out) {
    boolean comments = false;
    for (ConceptMap.Group g : map.groups()) {
      for (ConceptMap.Element e : g.elements()) {
        for (ConceptMap.Target t : e.targets()) {
          comments |= t.comment() != null;
        }
      }
    }
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      gen.writeStartArray();
      for (String c : COLUMNS) {
        gen.writeString(c);
      }
      if (comments) {
        gen.writeString(COMMENT);
      }
      gen.writeEndArray();
      for (ConceptMap.Group g : map.groups()) {
        for (ConceptMap.Element e : g.elements()) {
          if (e.targets().isEmpty()) {
            row(gen, g, e, null, comments);
          }
          for (ConceptMap.Target t : e.targets()) {
            row(gen, g, e, t, comments);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(
      JsonGenerator gen,
      ConceptMap.Group g,
      ConceptMap.Element e,
      ConceptMap.Target t,
      boolean comments)
      throws IOException {
    gen.writeStartArray();
    cell(gen, g.source());
    cell(gen, e.code());
    cell(gen, e.display());
    cell(gen, g.target());
    cell(gen, t == null ? null : t.code());
    cell(gen, t == null ? null : t.display());
    cell(gen, t == null ? null : t.equivalence().code());
    if (comments) {
      cell(gen, t == null ? null : t.comment());
    }
    gen.writeEndArray();
  }

  private static void cell(JsonGenerator gen, String value) throws IOException {
    // Jackson's schema-less CSV writer drops writeNull() cells, shifting the row: write ""
    gen.writeString(value == null ? "" : value);
  }
}
