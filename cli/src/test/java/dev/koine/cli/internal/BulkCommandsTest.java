package dev.koine.cli.internal;

import static dev.koine.cli.internal.Fixtures.adt;
import static dev.koine.cli.internal.Fixtures.batch;
import static dev.koine.cli.internal.Fixtures.referralLine;
import static dev.koine.cli.internal.Fixtures.run;
import static dev.koine.cli.internal.Fixtures.runWithThreads;
import static dev.koine.cli.internal.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands over many inputs: directories, batches, NDJSON, order, summary, parallelism. */
class BulkCommandsTest {
  private static final JsonFactory JSON = new JsonFactory();

  @TempDir Path dir;

  /** in/: a.hl7, notes.txt (skipped), sub/batch.hl7 (3 messages), sub/feed.ndjson (2). */
  private Path inbox() {
    Path in = dir.resolve("in");
    write(in.resolve("a.hl7"), adt("A0001"));
    write(in.resolve("notes.txt"), "not a message\n");
    write(in.resolve("sub/batch.hl7"), batch(3));
    write(in.resolve("sub/feed.ndjson"), referralLine() + "\n" + referralLine() + "\n");
    return in;
  }

  /** The value of a string field of a JSON object line. */
  static String field(String line, String name) throws IOException {
    try (JsonParser p = JSON.createParser(line)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals(name)) {
          return p.getText();
        }
        p.skipChildren();
      }
    }
    return null;
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void convertOut_onADirectory_mirrorsSubdirectoriesInInputOrderWithASummaryOnStderr()
      throws IOException {
    Path in = inbox();
    Path out = dir.resolve("out");
    Fixtures.Run r =
        run("convert", "--to", "hl7v2", "--json", "--out", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(files(out))
        .containsExactly(
            "a.hl7",
            "sub/batch-1.hl7",
            "sub/batch-2.hl7",
            "sub/batch-3.hl7",
            "sub/feed-1.hl7",
            "sub/feed-2.hl7");
    List<String> lines = r.out().lines().toList();
    List<String> names = new ArrayList<>();
    for (String line : lines) {
      names.add(field(line, "file"));
      assertThat(field(line, "to")).isEqualTo("hl7v2");
      assertThat(Path.of(field(line, "output"))).exists();
    }
    assertThat(names)
        .containsExactly(
            in + "/a.hl7",
            in + "/sub/batch.hl7#1",
            in + "/sub/batch.hl7#2",
            in + "/sub/batch.hl7#3",
            in + "/sub/feed.ndjson:1",
            in + "/sub/feed.ndjson:2");
    assertThat(Files.readString(out.resolve("sub/batch-2.hl7"))).contains("ITK00002");
    assertThat(r.err())
        .contains("koine: skipped " + in + "/notes.txt: not a message")
        .containsPattern(
            "koine: 6 inputs: 4 converted, 2 lossy \\(\\d+ losses\\), 0 failed, 1 skipped in"
                + " \\d+\\.\\d s\\n$");
    assertThat(r.out()).doesNotContain("koine:").doesNotContain("LOSS");
  }

  @Test
  void parallelConvert_isByteIdenticalToSequential() throws IOException {
    Path in = dir.resolve("many");
    for (int i = 0; i < 12; i++) {
      write(in.resolve(String.format(java.util.Locale.ROOT, "m%02d.hl7", i)), adt("P" + i));
    }
    write(in.resolve("x/batch.hl7"), batch(8));
    write(in.resolve("x/bad.hl7"), "MSH|^~\\&|broken");
    write(in.resolve("y/feed.ndjson"), referralLine() + "\n" + referralLine() + "\n");
    Path seq = dir.resolve("seq");
    Path par = dir.resolve("par");
    Fixtures.Run one =
        runWithThreads(1, "convert", "--to", "hl7v2", "--json", "--out", seq.toString(), in + "");
    Fixtures.Run four =
        runWithThreads(4, "convert", "--to", "hl7v2", "--json", "--out", par.toString(), in + "");
    assertThat(four.code()).isEqualTo(one.code());
    assertThat(four.out()).isEqualTo(one.out().replace(seq.toString(), par.toString()));
    assertThat(withoutTime(four.err())).isEqualTo(withoutTime(one.err()));
    assertThat(files(par)).isEqualTo(files(seq)).hasSize(22);
    for (String f : files(seq)) {
      assertThat(Files.readAllBytes(par.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(seq.resolve(f)));
    }
  }

  private static String withoutTime(String err) {
    return err.replaceAll(" in \\d+\\.\\d s", " in T s");
  }

  @Test
  void everyBulkCommand_printsItsSummaryOnStderrOnlyWhenThereIsMoreThanOneInput() {
    Path in = inbox();
    Fixtures.Run validate = run("validate", "--json", in.toString());
    assertThat(validate.err())
        .containsPattern("koine: 6 inputs: \\d+ valid, \\d+ invalid, 0 failed");
    Fixtures.Run roundtrip = run("roundtrip", in.toString());
    assertThat(roundtrip.err())
        .containsPattern("koine: 6 inputs: \\d+ lossless, \\d+ lossy \\(\\d+ losses\\), 0 failed");
    Fixtures.Run inspect = run("inspect", "--json", in.toString());
    assertThat(inspect.err()).contains("koine: 6 inputs: 6 inspected, 0 failed, 1 skipped in ");
    assertThat(inspect.out().lines()).hasSize(6).allSatisfy(l -> assertThat(l).startsWith("{"));
    Fixtures.Run single = run("inspect", in.resolve("a.hl7").toString());
    assertThat(single.err()).isEmpty();
  }

  @Test
  void walkedNonMessages_doNotFailTheRun_butAnExplicitOneIsExitTwo() {
    Path in = inbox();
    assertThat(run("inspect", in.toString()).code()).isZero();
    Fixtures.Run explicit = run("inspect", in.resolve("notes.txt").toString());
    assertThat(explicit.code()).isEqualTo(2);
    assertThat(explicit.err()).contains("notes.txt").doesNotContain("skipped");
  }

  @Test
  void aBadInput_isReportedAndTheOthersStillRun_withAJsonLineOfItsOwn() throws IOException {
    Path in = dir.resolve("mixed");
    write(in.resolve("1.hl7"), adt("A1"));
    write(in.resolve("2.hl7"), "MSH|^~\\&|broken");
    write(in.resolve("3.hl7"), adt("A3"));
    Fixtures.Run r = run("inspect", "--json", in.toString());
    assertThat(r.code()).isEqualTo(2);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(field(lines.get(1), "file")).isEqualTo(in + "/2.hl7");
    assertThat(field(lines.get(1), "error")).isNotBlank();
    assertThat(field(lines.get(2), "payload")).isEqualTo("PatientEvent");
    assertThat(r.err()).contains(in + "/2.hl7").contains("2 inspected, 1 failed");
  }

  @Test
  void convertOut_neverOverwritesAnEarlierInputsOutput() throws IOException {
    Path in = dir.resolve("same");
    write(in.resolve("a.hl7"), adt("FIRST"));
    write(in.resolve("a.v2"), adt("SECOND"));
    Path out = dir.resolve("out");
    Fixtures.Run r = run("convert", "--to", "hl7v2", "--out", out.toString(), in.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(files(out)).containsExactly("a.hl7");
    assertThat(Files.readString(out.resolve("a.hl7"))).contains("FIRST");
    assertThat(r.err()).contains(in + "/a.v2: its output " + out + "/a.hl7 would overwrite");
  }

  @Test
  void convertWithoutOut_writesASingleInputToStdout() {
    Path file = write(dir.resolve("one.hl7"), adt("A1"));
    Fixtures.Run r = run("convert", "--to", "hl7v2", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("MSH|").contains("A1");
    // HL7 v2 to HL7 v2: what has no typed home is carried verbatim, so nothing is lost
    assertThat(r.err()).doesNotContain("LOSS ").doesNotContain("inputs:");
  }
}
