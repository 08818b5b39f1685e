package dev.koine.cli.internal;

import static dev.koine.cli.internal.Fixtures.adt;
import static dev.koine.cli.internal.Fixtures.batch;
import static dev.koine.cli.internal.Fixtures.example;
import static dev.koine.cli.internal.Fixtures.referralLine;
import static dev.koine.cli.internal.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/cli.md is the CLI reference: every command and option is in it, and every {@code console}
 * example in it is run here and must print what the document shows (times, message ids and
 * timestamps normalised). {@code 2>/dev/null} keeps standard output only, {@code >/dev/null}
 * standard error only, single quotes around a word are removed as a shell does, and a trailing
 * {@code | grep -v '^LOSS'} drops the loss lines; otherwise both streams are shown as a terminal
 * would.
 */
class DocsTest {
  private static final Path DOC = Path.of("..", "docs", "cli.md");
  private static final Pattern TIME = Pattern.compile(" in \\d+\\.\\d s");

  @TempDir Path dir;

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  @Test
  void everyCommandAndOptionIsDocumented() throws IOException {
    String doc = doc();
    CommandLine cl = new CommandLine(new Main());
    for (String command : OptionsTest.COMMANDS) {
      assertThat(doc).as(command).contains("## `koine " + command);
      for (OptionSpec option : cl.getSubcommands().get(command).getCommandSpec().options()) {
        assertThat(doc).as(command + " " + option.longestName()).contains(option.longestName());
      }
    }
    assertThat(doc).contains("koine completion");
    for (String code : List.of("| `0` |", "| `1` |", "| `2` |", "| `3` |")) {
      assertThat(doc).contains(code);
    }
  }

  /** One documented example: the command line and the output shown under it. */
  record Example(String commandLine, String expected) {}

  static List<Example> examples(String doc) {
    List<Example> examples = new ArrayList<>();
    boolean inConsole = false;
    String command = null;
    StringBuilder expected = new StringBuilder();
    for (String line : doc.split("\n", -1)) {
      if (!inConsole) {
        inConsole = line.equals("```console");
        continue;
      }
      if (line.startsWith("```") || line.startsWith("$ ")) {
        if (command != null) {
          examples.add(new Example(command, expected.toString()));
        }
        command = null;
        expected.setLength(0);
        if (line.startsWith("```")) {
          inConsole = false;
          continue;
        }
        command = line.substring(2);
        continue;
      }
      expected.append(line).append('\n');
    }
    return examples;
  }

  @Test
  void everyConsoleExampleInTheDocPrintsWhatItShows() throws IOException {
    setUpFiles();
    List<Example> examples = examples(doc());
    assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
    StringBuilder actualDoc = new StringBuilder();
    List<String> mismatches = new ArrayList<>();
    for (Example example : examples) {
      String actual = run(example.commandLine());
      actualDoc.append("$ ").append(example.commandLine()).append('\n').append(actual);
      if (!normalise(actual).equals(normalise(example.expected()))) {
        mismatches.add(example.commandLine());
      }
    }
    Path report = Path.of("target", "docs-cli-actual.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, actualDoc, StandardCharsets.UTF_8);
    assertThat(mismatches).as("examples whose output differs; actual in " + report).isEmpty();
  }

  private void setUpFiles() {
    write(dir.resolve("ITK-ADT-A01.hl7"), adt("ITK00001"));
    write(
        dir.resolve("referral.json"),
        new String(example("bars-validation-request.json"), StandardCharsets.UTF_8));
    write(dir.resolve("adt-batch.hl7"), batch(3));
    write(dir.resolve("referrals.ndjson"), referralLine() + "\n" + referralLine() + "\n");
    write(dir.resolve("inbox/adt-batch.hl7"), batch(3));
    write(dir.resolve("inbox/wards/ward-12.hl7"), adt("W12-0001"));
    write(dir.resolve("inbox/README.txt"), "Messages from the PAS, one file each.\n");
    write(dir.resolve("inbox/.processed"), "");
    write(
        dir.resolve("local-gender.csv"),
        "source_system,source_code,source_display,target_system,target_code,target_display,"
            + "equivalence\n"
            + "urn:local:sex,M,Male,http://hl7.org/fhir/administrative-gender,male,Male,equivalent\n"
            + "urn:local:sex,F,Female,http://hl7.org/fhir/administrative-gender,female,Female,"
            + "equivalent\n");
  }

  /** Runs one documented command line in-process, inside the temporary directory. */
  private String run(String commandLine) {
    String line = commandLine;
    boolean dropLoss = false;
    if (line.endsWith("| grep -v '^LOSS'")) {
      dropLoss = true;
      line = line.substring(0, line.indexOf('|')).replace("2>&1", "").strip();
    }
    boolean stdoutOnly = line.endsWith(" 2>/dev/null");
    boolean stderrOnly = !stdoutOnly && line.endsWith(" >/dev/null");
    line = line.replace(" 2>/dev/null", "").replace(" >/dev/null", "");
    List<String> words = new ArrayList<>(List.of(line.split(" +")));
    assertThat(words.remove(0)).isEqualTo("koine");
    List<String> args = new ArrayList<>();
    String previous = "";
    for (String quoted : words) {
      String word =
          quoted.length() > 1 && quoted.startsWith("'") && quoted.endsWith("'")
              ? quoted.substring(1, quoted.length() - 1)
              : quoted;
      boolean path =
          !word.startsWith("-") && (Files.exists(dir.resolve(word)) || previous.equals("--out"));
      args.add(path ? dir.resolve(word).toString() : word);
      previous = word;
    }
    StringWriter both = new StringWriter();
    StringWriter none = new StringWriter();
    PrintWriter all = new PrintWriter(both, true);
    PrintWriter discard = new PrintWriter(none, true);
    Main.execute(
        args.toArray(String[]::new), stderrOnly ? discard : all, stdoutOnly ? discard : all);
    String text =
        both.toString()
            .replace("\r\n", "\n")
            .replace('\r', '\n') // HL7 v2 segments end with CR: one per line here
            .replace("file://" + dir, "file:///path/to")
            .replace(dir + "/", "")
            .replace(dir.toString(), ".");
    if (dropLoss) {
      text =
          String.join(
              "", text.lines().filter(l -> !l.startsWith("LOSS")).map(l -> l + "\n").toList());
    }
    return text;
  }

  private static String normalise(String text) {
    return TIME.matcher(text)
        .replaceAll(" in 0.1 s")
        .replaceAll("\\b\\d{14}([+-]\\d{4})?\\b", "<time>")
        .replaceAll("\\b[0-9a-f]{20}\\b", "<id>")
        .replaceAll("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b", "<uuid>")
        .stripTrailing();
  }
}
