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
