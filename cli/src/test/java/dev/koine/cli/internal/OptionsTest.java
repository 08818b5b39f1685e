package dev.koine.cli.internal;

import static dev.koine.cli.internal.Fixtures.adt;
import static dev.koine.cli.internal.Fixtures.run;
import static dev.koine.cli.internal.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, masking, --debug, --help examples, --version and shell completion. */
class OptionsTest {
  static final List<String> COMMANDS =
      List.of("demo", "inspect", "validate", "convert", "roundtrip", "ack", "translate");

  @TempDir Path dir;

  @Test
  void exitZero_whenEveryInputPasses() {
    Fixtures.Run r = run("inspect", write(dir.resolve("a.hl7"), adt("A1")).toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void exitOne_whenAnInputFailsTheCheck_strictConvertOfALossyMessage() {
    Path a = write(dir.resolve("a.hl7"), adt("A1"));
    // the v2 event (MSH-9) has no FHIR form: a reported loss
    Fixtures.Run r =
        run("convert", "--strict", "--to", "fhir-r4-json", "--out", dir + "/o", a + "");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("LOSS Envelope.event ");
  }

  @Test
  void exitTwo_forUsageErrorsAndUnparseableInputs() {
    assertThat(run("convert", "--to", "no-such-format", "x").code()).isEqualTo(2);
    assertThat(run("inspect").code()).isEqualTo(2);
    Path junk = write(dir.resolve("junk.txt"), "not a message");
    Fixtures.Run r = run("validate", junk.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("junk.txt"));
  }

  @Test
  void exitThree_forABugMetOnOneInput_andTheOtherInputsStillRun() {
    Path bug = write(dir.resolve("bug.txt"), FailingTestCodec.MAGIC + "\n");
    Path ok = write(dir.resolve("ok.hl7"), adt("A1"));
    for (String command : List.of("inspect", "validate", "roundtrip", "ack")) {
      Fixtures.Run r = run(command, "--json", bug.toString(), ok.toString());
      assertThat(r.code()).as(command).isEqualTo(3);
      assertThat(r.err())
          .as(command)
          .contains(
              "koine: internal error (a bug): java.lang.IllegalStateException: simulated bug in a"
                  + " codec (in "
                  + bug
                  + ")")
          .doesNotContain("\tat ");
      assertThat(r.out()).as(command).contains(ok.toString());
    }
    Fixtures.Run convert =
        run("convert", "--to", "fhir-r4-json", "--out", dir + "/o", bug + "", ok + "");
    assertThat(convert.code()).isEqualTo(3);
    assertThat(convert.err()).contains("koine: 2 inputs: 0 converted, 1 lossy");
  }

  @Test
  void exitThree_outranksTwoAndOne() {
    assertThat(FileCommand.worse(ExitCodes.USAGE, ExitCodes.INTERNAL)).isEqualTo(3);
    assertThat(FileCommand.worse(ExitCodes.FAILED, ExitCodes.USAGE)).isEqualTo(2);
    assertThat(FileCommand.worse(ExitCodes.OK, ExitCodes.FAILED)).isEqualTo(1);
  }

  @Test
  void debug_printsTheStackTraceOfParseErrorsAndBugs() {
    Path junk = write(dir.resolve("junk.txt"), "not a message");
    Fixtures.Run plain = run("validate", junk.toString());
    assertThat(plain.err()).doesNotContain("\tat ");
    Fixtures.Run debug = run("validate", "--debug", junk.toString());
    assertThat(debug.code()).isEqualTo(2);
    assertThat(debug.err()).contains("KoineParseException").contains("\tat ");
    Path bug = write(dir.resolve("bug.txt"), FailingTestCodec.MAGIC);
    Fixtures.Run bugDebug = run("inspect", "--debug", bug.toString());
    assertThat(bugDebug.code()).isEqualTo(3);
    assertThat(bugDebug.err())
        .contains("internal error (a bug)")
        .contains("\tat dev.koine.cli.internal.FailingTestCodec.decode");
  }

  @Test
  void patientIdentifiers_areMaskedUnlessShowIdentifiers() {
    Path a = write(dir.resolve("a.hl7"), adt("A1"));
    Fixtures.Run masked = run("inspect", a.toString());
    assertThat(masked.out())
        .contains("NHS number 943*****19")
        .contains("RX1****67")
        .doesNotContain("9434765919")
        .doesNotContain("RX1234567");
    Fixtures.Run shown = run("inspect", "--show-identifiers", a.toString());
    assertThat(shown.out()).contains("NHS number 9434765919").contains("RX1234567");
  }

  @Test
  void noReportingCommand_printsARawPatientIdentifier_inTextOrJson() {
    Path a = write(dir.resolve("a.hl7"), adt("A1"));
    Path bad = write(dir.resolve("bad.hl7"), adt("A2").replace("9434765919", "9434765918"));
    for (String command : List.of("inspect", "validate", "roundtrip")) {
      for (boolean json : List.of(false, true)) {
        Fixtures.Run r =
            json
                ? run(command, "--json", a.toString(), bad.toString())
                : run(command, a.toString(), bad.toString());
        assertThat(r.out() + r.err())
            .as(command + (json ? " --json" : ""))
            .doesNotContain("9434765919")
            .doesNotContain("9434765918")
            .doesNotContain("RX1234567");
      }
    }
  }

  @Test
  void progressBar_isNeverShownWithoutATerminal_evenAfterASecond() throws InterruptedException {
    try (Progress progress = Progress.start("test")) {
      progress.step();
      Thread.sleep(1100);
      progress.step();
      assertThat(progress.visible()).isFalse();
      assertThat(progress.seconds()).isGreaterThan(1.0);
    }
  }

  @Test
  void everyCommand_hasHelpWithAnExample_versionDebugAndShowIdentifiers() {
    for (String command : COMMANDS) {
      Fixtures.Run help = run(command, "--help");
      assertThat(help.code()).as(command).isZero();
      assertThat(help.out())
          .as(command)
          .contains("Examples:")
          .contains("  koine " + command + " ")
          .contains("--debug")
          .contains("--show-identifiers")
          .contains("--version");
      Fixtures.Run version = run(command, "--version");
      assertThat(version.out()).as(command).startsWith("koine ");
    }
  }

  @Test
  void completion_printsABashCompletionScriptNamingTheCommands() {
    Fixtures.Run r = run("completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F").contains("convert").contains("--show-identifiers");
  }

  @Test
  void mainHelp_listsEveryCommandAndTheExitCodes() {
    StringWriter out = new StringWriter();
    int code =
        Main.execute(
            new String[] {"--help"},
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    for (String command : COMMANDS) {
      assertThat(out.toString()).contains("  " + command + " ");
    }
    assertThat(out.toString()).contains("completion").contains("3   internal error (a bug)");
  }
}
