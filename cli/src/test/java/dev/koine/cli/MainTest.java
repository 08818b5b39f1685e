package dev.koine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void version_exitsZeroAndNamesKoine() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("koine ");
  }

  @Test
  void help_listsDemoAndExitCodes() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("demo").contains("Exit codes").contains("internal error");
  }

  @Test
  void noCommand_isAUsageErrorOnOneLine() {
    Run r = run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("koine: ").doesNotContain("\tat ");
  }

  @Test
  void unknownOption_isAUsageError() {
    Run r = run("demo", "--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--no-such-option").doesNotContain("Exception");
  }

  @Test
  void demo_writesOneExampleOfEveryPayloadTypeAndMasksNhsNumbers(@TempDir Path dir)
      throws IOException {
    Run r = run("demo", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files).filteredOn(f -> f.endsWith(".summary.txt")).hasSize(9);
    // wire formats where an adapter maps the payload: BaRS referral in FHIR R4, ITK008M in STU3,
    // ADT and ORU in HL7 v2
    assertThat(files)
        .contains("01-referral.r4.json", "01-referral.r4.xml", "07-patientevent.hl7")
        .contains("08-acknowledgement.stu3.json", "06-labreport.hl7");
    assertThat(r.out())
        .contains(
            "Referral",
            "ReferralResponse",
            "BookingRequest",
            "CareDocument",
            "LabOrder",
            "LabReport",
            "PatientEvent",
            "Acknowledgement")
        .contains("900*****09")
        .doesNotContain("9000000009");
    // the EVENT column is the event as written in each format, not the example's
    assertThat(r.out().lines())
        .anyMatch(l -> l.matches("Referral +hl7v2 +I12 +.*01-referral\\.hl7"))
        .anyMatch(l -> l.matches("LabReport +fhir-stu3-json +ITK012M +.*"))
        .anyMatch(l -> l.matches("Acknowledgement +hl7v2 +ACK +.*"));
  }

  @Test
  void convert_zone_writesV2LocalTimesWithTheZonesOffset(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("oru.hl7");
    Files.writeString(
        in,
        "MSH|^~\\&|LAB|RX1|EPR|RX1|20240712113000||ORU^R01^ORU_R01|Z1|P|2.4\r"
            + "PID|1||9434765919^^^NHS^NH||SMITH^JANE||19800115|F\r"
            + "OBR|1||R1|1022441000000108^Full blood count^http://snomed.info/sct|||20240712090000\r"
            + "OBX|1|NM|1022431000000105^Haemoglobin^http://snomed.info/sct||140|g/L|||||F\r");
    Run plain = run("convert", "--to", "fhir-r4-json", in.toString());
    assertThat(plain.code()).as(plain.err()).isIn(0, 1);
    assertThat(plain.out()).doesNotContain("\"timestamp\"");
    assertThat(plain.err())
        .contains("LOSS Bundle.timestamp a FHIR instant needs a time-zone offset");
    Run zoned = run("convert", "--to", "fhir-r4-json", "--zone", "Europe/London", in.toString());
    assertThat(zoned.out()).contains("\"timestamp\": \"2024-07-12T11:30:00+01:00\"");
    assertThat(zoned.err())
        .contains(
            "LOSS Bundle.timestamp a local time (no offset) written with the offset of Europe/London");
    Run bad = run("convert", "--to", "fhir-r4-json", "--zone", "Mars/Base", in.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("not a time-zone id");
  }

  @Test
  void demo_showIdentifiers_printsThemUnmasked(@TempDir Path dir) {
    Run r = run("demo", "--out", dir.toString(), "--show-identifiers");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("9000000009");
  }

  @Test
  void demo_json_isOneObjectPerFileWithTheContractFields(@TempDir Path dir) throws IOException {
    Run r = run("demo", "--out", dir.toString(), "--json");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    try (Stream<Path> written = Files.list(dir)) {
      assertThat(lines).hasSize((int) written.count());
    }
    JsonFactory json = new JsonFactory();
    for (String line : lines) {
      Map<String, String> fields = new HashMap<>();
      try (JsonParser p = json.createParser(line)) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          fields.put(name, p.getText());
        }
      }
      assertThat(fields).containsKeys("file", "type", "format");
      assertThat(Path.of(fields.get("file"))).exists();
    }
  }
}
