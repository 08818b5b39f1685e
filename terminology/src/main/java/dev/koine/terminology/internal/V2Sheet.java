package dev.koine.terminology.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.koine.core.issue.KoineParseException;
import dev.koine.terminology.CodeSystem;
import dev.koine.terminology.ConceptDefinition;
import dev.koine.terminology.ConceptMap;
import dev.koine.terminology.Equivalence;
import dev.koine.terminology.PublicationStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the vocabulary mapping sheets of the HL7 v2-to-FHIR implementation guide ({@code
 * mappings/codesystems/HL7 Concept Map_ <Name> - Sheet1.csv}).
 *
 * <p>Their layout: row 1 names sections ({@code HL7 v2}, {@code Condition (IF True)}, {@code HL7
 * FHIR}, {@code Comments}); row 2 names the columns inside them ({@code Code, Text, Code System}
 * for v2; {@code Code, Display, Code System} for FHIR, sometimes with an unnamed column after the
 * FHIR code that some sheets use for the display). Column positions differ between sheets, so
 * everything is located by these headers.
 *
 * <p>Conversion: each row with a v2 code becomes an element in the group of its (v2 table, FHIR
 * system) pair; with a FHIR code it gets one target, {@code equivalent} (as the IG's own generated
 * ConceptMaps say); without one it gets an {@code unmatched} target carrying the row's comment.
 * Condition and comment text go into the target comment. Rows without a v2 code (FHIR codes with no
 * v2 source) are skipped. Codes and texts are trimmed, including no-break spaces (a spreadsheet
 * artefact after some codes). Not API.
 */
public final class V2Sheet {
  /** Canonical base for the maps Koine derives from the sheets. */
  public static final String URL_BASE = "https://koine.dev/fhir/ConceptMap/v2-to-fhir-";

  /** The commit of HL7/v2-to-fhir the sheets were copied from, used as the map version. */
  public static final String VERSION = "git-8c9b414b";

  /**
   * The HL7 v2 tables bundled as code systems, each derived from the v2 side of the one sheet that
   * lists the whole table (table number → sheet name). Sheets that list only part of a table (e.g.
   * OrderStatus lacks 0038 code A) are not used for tables.
   */
  public static final Map<String, String> TABLES =
      Map.ofEntries(
          Map.entry("0001", "AdministrativeSex"),
          Map.entry("0002", "MaritalStatus"),
          Map.entry("0003", "EventType"),
          Map.entry("0004", "PatientClass[EncounterStatus]"),
          Map.entry("0007", "AdmissionType"),
          Map.entry("0063", "Relationship"),
          Map.entry("0078", "InterpretationCodes"),
          Map.entry("0085", "ObservationResultStatusCodesInterpretation"),
          Map.entry("0103", "ProcessingID"),
          Map.entry("0123", "ResultStatus[Non-Queries]"),
          Map.entry("0127", "AllergyType"),
          Map.entry("0128", "AllergySeverity[AllergyIntolerance.criticality]"),
          Map.entry("0131", "ContactRole"),
          Map.entry("0136", "YesNoIndicator"),
          Map.entry("0203", "IdentifierType"),
          Map.entry("0207", "ProcessingMode"),
          Map.entry("0276", "AppointmentReasonCodes"),
          Map.entry("0354", "MessageStructure"),
          Map.entry("0493", "SpecimenCondition"));

  private static final String V2_TABLE_BASE = "http://terminology.hl7.org/CodeSystem/v2-";
  private static final Pattern TABLE = Pattern.compile("HL7?-?0*(\\d{1,4})");
  private static final Pattern SHEET = Pattern.compile("HL7 Concept Map_ (.+) - Sheet1\\.csv");
  private static final CsvFactory FACTORY =
      CsvFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private final ConceptMap map;
  private final Map<String, List<ConceptDefinition>> tables;

  private V2Sheet(ConceptMap map, Map<String, List<ConceptDefinition>> tables) {
    this.map = map;
    this.tables = tables;
  }

  /** The concept map derived from the sheet. */
  public ConceptMap map() {
    return map;
  }

  /**
   * The HL7 v2 table (as a code system) whose codes the sheet lists on its v2 side.
   *
   * @param table the four-digit table number, e.g. {@code 0001}
   */
  public CodeSystem table(String table, String fileName) {
    List<ConceptDefinition> concepts = tables.get(table);
    if (concepts == null) {
      throw new IllegalArgumentException("the sheet lists no codes of table " + table);
    }
    return new CodeSystem(
        V2_TABLE_BASE + table,
        null,
        "v2." + table,
        "HL7 v2 table " + table,
        PublicationStatus.ACTIVE,
        CodeSystem.Content.COMPLETE,
        true,
        "HL7 v2 table "
            + table
            + " as listed on the v2 side of the HL7 v2-to-FHIR IG mapping sheet '"
            + fileName
            + "' (HL7/v2-to-fhir "
            + VERSION
            + ", Apache-2.0). Derived by Koine.",
        concepts);
  }

  /** The sheet's name between {@code HL7 Concept Map_} and {@code - Sheet1.csv}. */
  public static String sheetName(String fileName) {
    Matcher m = SHEET.matcher(fileName);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a v2-to-FHIR concept map sheet name: " + fileName);
    }
    return m.group(1);
  }

  /** The URL Koine gives the map derived from a sheet. */
  public static String mapUrl(String fileName) {
    return URL_BASE + sheetName(fileName).replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("-$", "");
  }

  /** The code system URL of a v2 table code ({@code HL70001}, {@code HL7-0354}), or null. */
  static String tableUrl(String v2System) {
    if (v2System == null) {
      return null;
    }
    Matcher m = TABLE.matcher(v2System.trim());
    if (!m.matches()) {
      return null;
    }
    return V2_TABLE_BASE + String.format(Locale.ROOT, "%04d", Integer.parseInt(m.group(1)));
  }

  /**
   * Reads a sheet.
   *
   * @param in the CSV; not closed
   * @param fileName the sheet's file name (it names the map)
   */
  public static V2Sheet read(Reader in, String fileName) {
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (CsvParser p = FACTORY.createParser(in)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        int line = p.currentLocation().getLineNr();
        List<String> row = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          row.add(p.getText());
        }
        rows.add(row.toArray(new String[0]));
        lines.add(line);
      }
    } catch (JsonProcessingException e) {
      throw new KoineParseException(
          fileName + ":" + e.getLocation().getLineNr(),
          "malformed CSV: " + JsonTreeReader.redact(e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rows.size() < 2) {
      throw new KoineParseException(fileName + ":1", "expected two header rows");
    }
    Layout layout = Layout.of(rows.get(0), rows.get(1), fileName);

    // the sheet's own table, for rows that leave the v2 code system empty
    String sheetTable = null;
    for (int r = 2; r < rows.size() && sheetTable == null; r++) {
      sheetTable = tableUrl(cell(rows.get(r), layout.v2System));
    }

    Map<String, ElementTable.Builder> groups = new LinkedHashMap<>();
    Map<String, String[]> groupSystems = new LinkedHashMap<>();
    Map<String, List<ConceptDefinition>> tables = new LinkedHashMap<>();
    Map<String, Set<String>> tableCodes = new LinkedHashMap<>();
    for (int r = 2; r < rows.size(); r++) {
      String[] row = rows.get(r);
      String code = cell(row, layout.v2Code);
      if (code == null) {
        continue;
      }
      String text = cell(row, layout.v2Text);
      String rowSystem = cell(row, layout.v2System);
      String source = rowSystem == null ? sheetTable : tableUrl(rowSystem);
      if (rowSystem != null && source == null) {
        throw new KoineParseException(
            fileName + ":" + lines.get(r), "expected an HL7 v2 table id such as HL70001");
      }
      if (source != null && rowSystem != null) {
        String table = source.substring(V2_TABLE_BASE.length());
        if (tableCodes.computeIfAbsent(table, k -> new HashSet<>()).add(code)) {
          tables
              .computeIfAbsent(table, k -> new ArrayList<>())
              .add(ConceptDefinition.of(code, text));
        }
      }
      String fhirCode = cell(row, layout.fhirCode);
      String target = fhirCode == null ? null : cell(row, layout.fhirSystem);
      String key = source + "\u0000" + target;
      ElementTable.Builder b = groups.get(key);
      if (b == null) {
        b = new ElementTable.Builder(true);
        groups.put(key, b);
        groupSystems.put(key, new String[] {source, target});
      }
      int element = b.element(code, text);
      String comment = join(conditions(row, layout), cell(row, layout.comment));
      if (fhirCode == null) {
        b.target(element, null, null, Equivalence.UNMATCHED, comment);
      } else {
        String display = cell(row, layout.fhirDisplay);
        if (display == null) {
          display = cell(row, layout.fhirAltDisplay);
        }
        b.target(element, fhirCode, display, Equivalence.EQUIVALENT, comment);
      }
    }
    List<ConceptMap.Group> built = new ArrayList<>();
    for (Map.Entry<String, ElementTable.Builder> e : groups.entrySet()) {
      String[] systems = groupSystems.get(e.getKey());
      built.add(
          new ConceptMap.Group(systems[0], null, systems[1], null, e.getValue().build(), null));
    }
    String name = sheetName(fileName);
    ConceptMap map =
        new ConceptMap(
            mapUrl(fileName),
            VERSION,
            "V2ToFhir" + name.replaceAll("[^A-Za-z0-9]", ""),
            "HL7 v2-to-FHIR vocabulary map " + name,
            PublicationStatus.ACTIVE,
            "Derived by Koine from the HL7 v2-to-FHIR IG mapping sheet '"
                + fileName
                + "' (HL7/v2-to-fhir "
                + VERSION
                + ", Apache-2.0). Every mapped row is 'equivalent', as in the IG's generated"
                + " ConceptMaps; rows without a FHIR code are 'unmatched'.",
            sheetTable,
            null,
            built);
    return new V2Sheet(map, tables);
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }

  private static String conditions(String[] row, Layout layout) {
    StringBuilder sb = new StringBuilder();
    for (int c = layout.conditionFrom; c < layout.conditionTo; c++) {
      String v = cell(row, c);
      if (v != null) {
        sb.append(sb.length() == 0 ? "Condition: " : "; ").append(v);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static String cell(String[] row, int column) {
    if (column < 0 || column >= row.length) {
      return null;
    }
    String v = trim(row[column]);
    return v.isEmpty() ? null : v;
  }

  /** Strips whitespace including no-break spaces (the sheets have {@code "<\u00A0"}). */
  static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && blank(s.charAt(from))) {
      from++;
    }
    while (to > from && blank(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Column positions, found from the two header rows. */
  private record Layout(
      int v2Code,
      int v2Text,
      int v2System,
      int conditionFrom,
      int conditionTo,
      int fhirCode,
      int fhirAltDisplay,
      int fhirDisplay,
      int fhirSystem,
      int comment) {

    static Layout of(String[] sections, String[] names, String fileName) {
      int v2 = -1;
      int condition = -1;
      int fhir = -1;
      int comment = -1;
      for (int c = 0; c < sections.length; c++) {
        String s = sections[c].strip().toLowerCase(Locale.ROOT);
        if (s.equals("hl7 v2")) {
          v2 = c;
        } else if (s.startsWith("condition")) {
          condition = c;
        } else if (s.equals("hl7 fhir")) {
          fhir = c;
        } else if (s.startsWith("comment")) {
          comment = c;
        }
      }
      if (v2 < 0 || fhir < 0 || condition < 0) {
        throw new KoineParseException(
            fileName + ":1", "expected sections HL7 v2, Condition and HL7 FHIR in the first row");
      }
      int fhirEnd = comment >= 0 ? comment : Math.max(names.length, sections.length);
      int v2Code = find(names, v2, condition, "code");
      int fhirCode = find(names, fhir, fhirEnd, "code");
      int alt =
          fhirCode + 1 < fhirEnd && fhirCode + 1 < names.length && names[fhirCode + 1].isBlank()
              ? fhirCode + 1
              : -1;
      Layout layout =
          new Layout(
              v2Code,
              find(names, v2, condition, "text"),
              find(names, v2, condition, "code system"),
              condition,
              fhir,
              fhirCode,
              alt,
              find(names, fhir, fhirEnd, "display"),
              find(names, fhir, fhirEnd, "code system"),
              comment);
      if (layout.v2Code < 0 || layout.fhirCode < 0) {
        throw new KoineParseException(
            fileName + ":2", "expected a Code column under HL7 v2 and under HL7 FHIR");
      }
      return layout;
    }

    private static int find(String[] names, int from, int to, String name) {
      for (int c = from; c < Math.min(to, names.length); c++) {
        if (names[c].strip().equalsIgnoreCase(name)) {
          return c;
        }
      }
      return -1;
    }
  }
}
