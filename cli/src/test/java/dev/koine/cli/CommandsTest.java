package dev.koine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message commands end to end, on bundled examples, with the adapters found by ServiceLoader.
 */
class CommandsTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path example(String name) throws IOException {
    try (InputStream in = CommandsTest.class.getResourceAsStream("/examples/" + name)) {
      assertThat(in).as(name).isNotNull();
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  @Test
  void inspect_hl7v2Admission_namesFamilyEventAndPayloadAndMasksTheNhsNumber() throws IOException {
    Run r = run("inspect", "--json", example("ITK-ADT-A01.hl7").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("\"format\":\"hl7v2\"")
        .contains("\"family\":\"HL7V2\"")
        .contains("\"payload\":\"PatientEvent\"");
  }

  @Test
  void roundtrip_hl7v2_reportsLeavesAndLost() throws IOException {
    Run r = run("roundtrip", "--json", example("ITK-ADT-A01.hl7").toString());
    assertThat(r.out()).contains("\"leaves\":").contains("\"lost\":").contains("\"status\":");
    assertThat(r.code()).isIn(0, 1);
  }

  @Test
  void validate_barsReferral_printsAVerdictAndLocatedIssues() throws IOException {
    Run r = run("validate", example("bars-validation-request.json").toString());
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(r.out()).containsAnyOf("VALID", "INVALID");
  }

  @Test
  void ack_hl7v2EnhancedMode_writesACommitAckAnsweringMsh10() throws IOException {
    Run r = run("ack", example("ITK-ADT-A01.hl7").toString());
    assertThat(r.code()).as(r.err()).isZero();
    // the ITK message asks for an accept acknowledgement (MSH-15), so the reply is a commit ACK
    assertThat(r.out()).startsWith("MSH|").contains("ACK^A01").contains("MSA|CA|ITK00001");
  }

  @Test
  void garbageInput_isExitTwoWithOneLineNamingTheFile() throws IOException {
    Path junk = dir.resolve("junk.txt");
    Files.writeString(junk, "not a message", StandardCharsets.UTF_8);
    Run r = run("validate", junk.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1).allSatisfy(l -> assertThat(l).contains("junk.txt"));
  }

  @Test
  void translate_csvMap_printsTargetsWithProvenanceAndExitsOneWhenUnmapped() throws IOException {
    Path map = dir.resolve("map.csv");
    Files.writeString(
        map,
        "source_system,source_code,source_display,target_system,target_code,target_display,equivalence\n"
            + "urn:local,M,Male,http://hl7.org/fhir/administrative-gender,male,Male,equivalent\n",
        StandardCharsets.UTF_8);
    Run mapped = run("translate", "--map", map.toString(), "urn:local|M");
    assertThat(mapped.code()).as(mapped.err()).isZero();
    assertThat(mapped.out())
        .contains("urn:local|M -> http://hl7.org/fhir/administrative-gender|male (equivalent)");
    Run unmapped = run("translate", "--map", map.toString(), "--json", "urn:local|Q");
    assertThat(unmapped.code()).isEqualTo(1);
    assertThat(unmapped.out()).contains("\"source\":\"urn:local|Q\"").contains("\"targets\":[]");
    Run reverse =
        run(
            "translate",
            "--map",
            map.toString(),
            "--reverse",
            "http://hl7.org/fhir/administrative-gender|male");
    assertThat(reverse.code()).as(reverse.err()).isZero();
    assertThat(reverse.out()).contains("-> urn:local|M");
  }
}
