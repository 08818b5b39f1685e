package dev.koine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the ratio table (Koine ÷ peer per operation, and Koine ÷ the token-loop limit) from JMH
 * JSON results. Run with {@code java -cp bench/target/benchmarks.jar dev.koine.bench.RatioTable
 * [--merge OUT.json] RESULTS.json...}: {@code --merge} first writes all results as one JMH JSON
 * array.
 */
public final class RatioTable {
  private static final String FHIR = "FhirBenchmark.";
  private static final String V2 = "Hl7v2Benchmark.";
  private static final String V2FHIR = "V2ToFhirBenchmark.";
  private static final String COLD = "ColdStartBenchmark.";
  private static final String TERM = "TerminologyBenchmark.";
  private static final String MODEL = "ModelBenchmark.";

  /** One JMH result: its score in a known unit, and its error. */
  record Score(double value, double error, String unit, String mode) {
    /** Operations per second (throughput modes) or milliseconds per operation (time modes). */
    double normalised() {
      return value * factor();
    }

    double normalisedError() {
      return Double.isNaN(error) ? Double.NaN : error * factor();
    }

    boolean isTime() {
      return unit.endsWith("/op");
    }

    private double factor() {
      return switch (unit) {
        case "ops/s" -> 1;
        case "ops/ms" -> 1e3;
        case "ops/us" -> 1e6;
        case "ops/ns" -> 1e9;
        case "ops/min" -> 1.0 / 60;
        case "s/op" -> 1e3;
        case "ms/op" -> 1;
        case "us/op" -> 1e-3;
        case "ns/op" -> 1e-6;
        default -> throw new IllegalArgumentException("unknown JMH unit " + unit);
      };
    }
  }

  /** A row: an operation, Koine's benchmark, its peer's, the limit's, the target. */
  record Row(String operation, String koine, String peer, String limit, String target) {}

  private final Map<String, Score> scores;

  RatioTable(Map<String, Score> scores) {
    this.scores = scores;
  }

  /** Reads the JMH JSON arrays into one map keyed {@code Class.method[param=value,...]}. */
  static Map<String, Score> read(List<JsonNode> arrays) {
    Map<String, Score> out = new LinkedHashMap<>();
    for (JsonNode array : arrays) {
      for (JsonNode r : array) {
        String name = r.path("benchmark").asText();
        int dot = name.lastIndexOf('.', name.lastIndexOf('.') - 1);
        StringBuilder key = new StringBuilder(name.substring(dot + 1));
        JsonNode params = r.path("params");
        if (params.isObject() && params.size() > 0) {
          key.append('[');
          Iterator<Map.Entry<String, JsonNode>> it = params.properties().iterator();
          while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            key.append(e.getKey()).append('=').append(e.getValue().asText());
            if (it.hasNext()) {
              key.append(',');
            }
          }
          key.append(']');
        }
        JsonNode m = r.path("primaryMetric");
        double err = m.path("scoreError").isNumber() ? m.path("scoreError").asDouble() : Double.NaN;
        out.put(
            key.toString(),
            new Score(
                m.path("score").asDouble(),
                err,
                m.path("scoreUnit").asText(),
                r.path("mode").asText()));
      }
    }
    return out;
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String size : List.of("small", "large")) {
      String label = "small".equals(size) ? "~5 KB" : "~500 KB";
      String p = "[size=" + size + "]";
      String t = "small".equals(size) ? "≥ 4×" : "";
      rows.add(
          new Row(
              "FHIR R4 JSON decode, " + label + " bundle (vs HAPI parse)",
              FHIR + "koineDecodeJson" + p,
              FHIR + "hapiParseJson" + p,
              FHIR + "jacksonTokenLoop" + p,
              t));
      rows.add(
          new Row(
              "FHIR R4 XML decode, " + label + " bundle (vs HAPI parse)",
              FHIR + "koineDecodeXml" + p,
              FHIR + "hapiParseXml" + p,
              FHIR + "staxEventLoop" + p,
              ""));
      rows.add(
          new Row(
              "FHIR R4 JSON encode, " + label + " bundle, compact (vs HAPI encode, compact)",
              FHIR + "koineEncodeJsonCompact" + p,
              FHIR + "hapiEncodeJson" + p,
              null,
              t));
      rows.add(
          new Row(
              "FHIR R4 JSON encode, " + label + " bundle, pretty-printed (vs HAPI, pretty-printed)",
              FHIR + "koineEncodeJson" + p,
              FHIR + "hapiEncodeJsonPretty" + p,
              null,
              t));
      rows.add(
          new Row(
              "FHIR R4 JSON encode, "
                  + label
                  + " bundle, each default (Koine pretty-printed vs HAPI compact)",
              FHIR + "koineEncodeJson" + p,
              FHIR + "hapiEncodeJson" + p,
              null,
              ""));
      rows.add(
          new Row(
              "FHIR R4 XML encode, " + label + " bundle (vs HAPI encode)",
              FHIR + "koineEncodeXml" + p,
              FHIR + "hapiEncodeXml" + p,
              null,
              ""));
    }
    for (String msg : List.of("ADT_A01", "ORU_R01")) {
      String p = "[message=" + msg + "]";
      String label = msg.replace('_', '^');
      rows.add(
          new Row(
              "HL7 v2 " + label + " parse to ER7 tree (vs HAPI PipeParser)",
              V2 + "koineParse" + p,
              V2 + "hapiParse" + p,
              null,
              "≥ 3×"));
      rows.add(
          new Row(
              "HL7 v2 " + label + " decode to model (vs HAPI PipeParser)",
              V2 + "koineDecode" + p,
              V2 + "hapiParse" + p,
              null,
              ""));
    }
    rows.add(
        new Row(
            "HL7 v2 ADT^A01 → FHIR R4 JSON, compact like LinuxForHealth's (vs LinuxForHealth)",
            V2FHIR + "koineV2ToFhirR4JsonCompact",
            V2FHIR + "lfhConvert",
            null,
            "≥ 100×"));
    rows.add(
        new Row(
            "HL7 v2 ADT^A01 → FHIR R4 JSON, Koine pretty-printed (vs LinuxForHealth, compact)",
            V2FHIR + "koineV2ToFhirR4Json",
            V2FHIR + "lfhConvert",
            null,
            ""));
    rows.add(
        new Row(
            "Cold start: first FHIR decode in a fresh JVM (vs HAPI forR4 + parse)",
            COLD + "koineFirstDecode",
            COLD + "hapiFirstParse",
            null,
            "< 500 ms"));
    return rows;
  }

  /** Prints both tables. */
  void print(PrintStream out) {
    out.println("| operation | Koine | peer | Koine ÷ peer (× faster) | target | Koine ÷ limit |");
    out.println("|---|---|---|---|---|---|");
    List<String> notes = new ArrayList<>();
    for (Row r : rows()) {
      Score k = scores.get(r.koine());
      Score p = scores.get(r.peer());
      Score l = r.limit() == null ? null : scores.get(r.limit());
      if (k == null && p == null) {
        continue;
      }
      String ratio = "—";
      if (k != null && p != null) {
        double x = k.isTime() ? p.normalised() / k.normalised() : k.normalised() / p.normalised();
        ratio = String.format(Locale.ROOT, "%.2f×", x);
      }
      String limit = "—";
      if (k != null && l != null) {
        limit = String.format(Locale.ROOT, "%.0f%%", 100 * k.normalised() / l.normalised());
      }
      String koine = k == null ? "not measured" : format(k);
      if (k == null) {
        notes.add(r.operation() + ": " + reason(r.koine()));
      }
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s |%n",
          r.operation(),
          koine,
          p == null ? "not measured" : format(p),
          ratio,
          r.target().isEmpty() ? "—" : r.target(),
          limit);
    }
    out.println();
    out.println(
        "Throughput in operations per second (higher is better); cold start in ms (lower is"
            + " better, ratio = peer time ÷ Koine time). Limit: a Jackson token loop (JSON) or"
            + " StAX event loop (XML) over the same bytes, nothing built.");
    for (String n : notes) {
      out.println();
      out.println("- " + n);
    }
    List<String> other = new ArrayList<>();
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      if (e.getKey().startsWith(TERM) || e.getKey().startsWith(MODEL)) {
        other.add("| `" + e.getKey() + "` | " + format(e.getValue()) + " |");
      }
    }
    if (!other.isEmpty()) {
      out.println();
      out.println("| benchmark (no peer) | result |");
      out.println("|---|---|");
      other.forEach(out::println);
    }
  }

  private static String reason(String koineKey) {
    if (koineKey.startsWith(V2FHIR)) {
      Optional<String> why = V2ToFhirBenchmark.koineUnavailable();
      if (why.isPresent()) {
        return why.get();
      }
    }
    return "no result in the JMH output (the benchmark failed or was not run)";
  }

  static String format(Score s) {
    double v = s.normalised();
    double e = s.normalisedError();
    String err =
        Double.isNaN(e) || v == 0
            ? ""
            : String.format(Locale.ROOT, " ± %.0f%%", Math.min(999, 100 * e / v));
    if (s.isTime()) {
      return String.format(Locale.ROOT, "%,.1f ms%s", v, err);
    }
    if (v >= 1e6) {
      return String.format(Locale.ROOT, "%,.1f M/s%s", v / 1e6, err);
    }
    if (v < 100) {
      return String.format(Locale.ROOT, "%.1f/s%s", v, err);
    }
    return String.format(Locale.ROOT, "%,.0f/s%s", v, err);
  }

  /**
   * Prints the table.
   *
   * @param args {@code [--merge OUT.json] RESULTS.json...}
   */
  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path merge = null;
    List<JsonNode> arrays = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if ("--merge".equals(args[i]) && i + 1 < args.length) {
        merge = Path.of(args[++i]);
      } else {
        Path p = Path.of(args[i]);
        if (p.toFile().isFile() && p.toFile().length() > 0) {
          arrays.add(json.readTree(p.toFile()));
        } else {
          System.err.println("ratio table: no results in " + p);
        }
      }
    }
    if (arrays.isEmpty()) {
      System.err.println(
          "usage: java -cp benchmarks.jar dev.koine.bench.RatioTable [--merge OUT] RESULTS.json...");
      System.exit(2);
    }
    if (merge != null) {
      ArrayNode all = json.createArrayNode();
      for (JsonNode a : arrays) {
        for (JsonNode r : a) {
          all.add(r);
        }
      }
      json.writerWithDefaultPrettyPrinter().writeValue(merge.toFile(), all);
    }
    new RatioTable(read(arrays)).print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }
}
