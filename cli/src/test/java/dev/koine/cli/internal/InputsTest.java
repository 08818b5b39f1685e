package dev.koine.cli.internal;

import static dev.koine.cli.internal.Fixtures.adt;
import static dev.koine.cli.internal.Fixtures.batch;
import static dev.koine.cli.internal.Fixtures.referralLine;
import static dev.koine.cli.internal.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.hl7v2.Mllp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How arguments become inputs: directories, NDJSON records, HL7 v2 batches, laziness. */
class InputsTest {
  @TempDir Path dir;

  private static List<Inputs.Item> all(String... args) {
    List<Inputs.Item> items = new ArrayList<>();
    Inputs.of(List.of(args), new ByteArrayInputStream(new byte[0])).forEachRemaining(items::add);
    return items;
  }

  private static List<String> names(List<Inputs.Item> items) {
    return items.stream().map(i -> i.getClass().getSimpleName() + " " + i.name()).toList();
  }

  @Test
  void directory_isWalkedRecursivelyInSortedOrderSkippingHiddenAndNonMessages() {
    Path root = dir.resolve("in");
    write(root.resolve("b.hl7"), adt("B"));
    write(root.resolve("a/z.hl7"), adt("Z"));
    write(root.resolve("a/deeper/y.hl7"), adt("Y"));
    write(root.resolve("c.json"), referralLine());
    write(root.resolve("notes.txt"), "not a message\n");
    write(root.resolve(".hidden.hl7"), adt("H"));
    write(root.resolve(".git/x.hl7"), adt("X"));
    String r = root.toString();
    assertThat(names(all(r)))
        .containsExactly(
            "Input " + r + "/a/deeper/y.hl7",
            "Input " + r + "/a/z.hl7",
            "Input " + r + "/b.hl7",
            "Input " + r + "/c.json",
            "Skipped " + r + "/notes.txt");
    Inputs.Input deep = (Inputs.Input) all(r).get(0);
    assertThat(deep.outBase()).isEqualTo("a/deeper/y");
  }

  @Test
  void explicitFile_thatIsNotAMessage_isAnInputNotSkipped() {
    Path junk = write(dir.resolve("notes.txt"), "not a message\n");
    assertThat(names(all(junk.toString()))).containsExactly("Input " + junk);
  }

  @Test
  void missingFile_isUnreadable() {
    String missing = dir.resolve("missing.hl7").toString();
    assertThat(all(missing))
        .singleElement()
        .isEqualTo(new Inputs.Unreadable(missing, "cannot read: no such file"));
  }

  @Test
  void ndjson_givesOneInputPerNonBlankLineNamedByLineNumber() {
    Path file = write(dir.resolve("feed.ndjson"), referralLine() + "\n\n" + referralLine() + "\n");
    List<Inputs.Item> items = all(file.toString());
    assertThat(names(items)).containsExactly("Input " + file + ":1", "Input " + file + ":3");
    assertThat(((Inputs.Input) items.get(1)).outBase()).isEqualTo("feed-3");
    assertThat(new String(((Inputs.Input) items.get(0)).content(), StandardCharsets.UTF_8))
        .isEqualTo(referralLine());
  }

  @Test
  void ndjson_isAlsoToldFromContentWhateverTheName() {
    Path file = write(dir.resolve("feed.json"), referralLine() + "\r\n" + referralLine());
    assertThat(names(all(file.toString())))
        .containsExactly("Input " + file + ":1", "Input " + file + ":2");
  }

  @Test
  void prettyPrintedOrSingleLineJson_isOneInput() {
    byte[] pretty = Fixtures.example("bars-validation-request.json");
    assertThat(Inputs.isNdjson("x.json", pretty)).isFalse();
    assertThat(Inputs.isNdjson("x.json", referralLine().getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(Inputs.isNdjson("x.json", (referralLine() + "\n").getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  @Test
  void v2Batch_withFileAndBatchHeaders_isSplitIntoItsMessages() {
    Path file = write(dir.resolve("adt.hl7"), batch(3));
    List<Inputs.Item> items = all(file.toString());
    assertThat(names(items))
        .containsExactly("Input " + file + "#1", "Input " + file + "#2", "Input " + file + "#3");
    assertThat(new String(((Inputs.Input) items.get(2)).content(), StandardCharsets.UTF_8))
        .isEqualTo(adt("ITK00003"));
    assertThat(((Inputs.Input) items.get(2)).outBase()).isEqualTo("adt-3");
  }

  @Test
  void severalMshMessagesInOneFile_areABatch_oneMessageIsNot() {
    Path two = write(dir.resolve("two.hl7"), adt("A1") + adt("A2"));
    assertThat(names(all(two.toString())))
        .containsExactly("Input " + two + "#1", "Input " + two + "#2");
    Path one = write(dir.resolve("one.hl7"), adt("A1"));
    assertThat(names(all(one.toString()))).containsExactly("Input " + one);
  }

  @Test
  void severalMllpFrames_areSplitIntoTheirMessages_oneFrameIsNot() throws IOException {
    byte[] one = Mllp.frame(adt("F1").getBytes(StandardCharsets.UTF_8));
    byte[] two = Mllp.frame(adt("F2").getBytes(StandardCharsets.UTF_8));
    Path stream = dir.resolve("capture.mllp");
    Files.write(stream, concat(one, "\n".getBytes(StandardCharsets.UTF_8), two));
    List<Inputs.Item> items = all(stream.toString());
    assertThat(names(items)).containsExactly("Input " + stream + "#1", "Input " + stream + "#2");
    assertThat(new String(((Inputs.Input) items.get(1)).content(), StandardCharsets.UTF_8))
        .isEqualTo(adt("F2"));
    Path single = dir.resolve("single.mllp");
    Files.write(single, one);
    assertThat(names(all(single.toString()))).containsExactly("Input " + single);
    Path truncated = dir.resolve("truncated.mllp");
    Files.write(truncated, concat(one, Arrays.copyOf(two, two.length - 2)));
    assertThat(names(all(truncated.toString())))
        .containsExactly("Input " + truncated + "#1", "Unreadable " + truncated + "#2");
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void malformedBatch_reportsTheFailingMessageAndStopsThatFileOnly() {
    Path broken = write(dir.resolve("broken.hl7"), "BHS|^~\\&\rXYZ|1\r" + adt("A3"));
    Path next = write(dir.resolve("next.hl7"), adt("A2"));
    List<Inputs.Item> items = all(broken.toString(), next.toString());
    assertThat(names(items)).containsExactly("Unreadable " + broken + "#1", "Input " + next);
    assertThat(((Inputs.Unreadable) items.get(0)).reason()).contains("outside a message");
  }

  @Test
  void largeBatchAndNdjsonFiles_areStreamedRecordByRecord() {
    StringBuilder batch = new StringBuilder();
    int messages = 0;
    while (batch.length() <= Inputs.HEAD_BYTES) {
      messages++;
      batch.append(adt("L" + messages));
    }
    Path big = write(dir.resolve("big.hl7"), batch.toString());
    List<Inputs.Item> items = all(big.toString());
    assertThat(items).hasSize(messages).allMatch(i -> i instanceof Inputs.Input);
    assertThat(items.get(messages - 1).name()).isEqualTo(big + "#" + messages);
    assertThat(
            new String(((Inputs.Input) items.get(messages - 1)).content(), StandardCharsets.UTF_8))
        .isEqualTo(adt("L" + messages));

    StringBuilder ndjson = new StringBuilder();
    int lines = 0;
    while (ndjson.length() <= Inputs.HEAD_BYTES) {
      lines++;
      ndjson.append(referralLine()).append("\r\n");
    }
    Path feed = write(dir.resolve("feed.json"), ndjson.toString());
    List<Inputs.Item> records = all(feed.toString());
    assertThat(records).hasSize(lines);
    assertThat(records.get(lines - 1).name()).isEqualTo(feed + ":" + lines);
    assertThat(((Inputs.Input) records.get(lines - 1)).content())
        .isEqualTo(referralLine().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void standardInput_isSplitLikeAFile() {
    byte[] content = batch(2).getBytes(StandardCharsets.UTF_8);
    List<Inputs.Item> items = new ArrayList<>();
    Inputs.of(List.of("-"), new ByteArrayInputStream(content)).forEachRemaining(items::add);
    assertThat(names(items)).containsExactly("Input -#1", "Input -#2");
    assertThat(((Inputs.Input) items.get(0)).outBase()).isEqualTo("stdin-1");
  }

  @Test
  void filesAreReadOneAtATime_whenTheIteratorReachesThem() throws IOException {
    Path root = dir.resolve("lazy");
    write(root.resolve("1.hl7"), adt("A1"));
    Path second = write(root.resolve("2.hl7"), adt("A2"));
    Iterator<Inputs.Item> items = Inputs.of(List.of(root.toString()), System.in);
    assertThat(items.next().name()).endsWith("1.hl7");
    Files.writeString(second, adt("CHANGED"), StandardCharsets.UTF_8);
    Inputs.Input read = (Inputs.Input) items.next();
    assertThat(new String(read.content(), StandardCharsets.UTF_8)).contains("CHANGED");
    assertThat(items.hasNext()).isFalse();
  }
}
