package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.KoineParseException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every real message of the copied corpus re-encodes byte for byte. */
class CorpusTest {

  /** The corpus holds 459 message files today; a floor catches a broken copy. */
  private static final int FLOOR = 450;

  @TestFactory
  Stream<DynamicNode> every_corpus_message_re_encodes_byte_for_byte() {
    List<Path> files = Corpus.files();
    Map<String, String> notEr7 = Corpus.notEr7();
    List<DynamicTest> er7 = new ArrayList<>();
    List<DynamicTest> rejected = new ArrayList<>();
    for (Path file : files) {
      String name = Corpus.name(file);
      if (notEr7.containsKey(name)) {
        rejected.add(
            DynamicTest.dynamicTest(
                name + " (not ER7: " + notEr7.get(name) + ")",
                () ->
                    assertThatThrownBy(() -> V2Message.parse(Corpus.bytes(file)))
                        .isInstanceOf(KoineParseException.class)));
      } else {
        er7.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  byte[] bytes = Corpus.bytes(file);
                  V2Message message = V2Message.parse(bytes);
                  assertThat(message.encodeBytes()).isEqualTo(bytes);
                  assertThat(message.segments().get(0).id()).isEqualTo("MSH");
                  assertThat(message.messageType()).isNotEmpty();
                  assertThat(message.leafCount()).isPositive();
                  assertThat(message.toString()).startsWith("V2Message[");
                }));
      }
    }
    return Stream.of(
        DynamicContainer.dynamicContainer(
            "ER7 corpus: " + er7.size() + " messages re-encode byte for byte", er7.stream()),
        DynamicContainer.dynamicContainer(
            "not ER7: " + rejected.size() + " files rejected as listed in NOT-ER7.txt",
            rejected.stream()));
  }

  @Test
  void corpus_is_complete() {
    List<Path> files = Corpus.files();
    assertThat(files.size()).isGreaterThanOrEqualTo(FLOOR);
    for (String listed : Corpus.notEr7().keySet()) {
      assertThat(files).extracting(Corpus::name).contains(listed);
    }
    assertThat(Corpus.root().resolve("linuxforhealth-hl7v2-fhir/_SOURCE.txt")).exists();
    assertThat(Corpus.root().resolve("ms-fhir-converter/_SOURCE.txt")).exists();
    assertThat(Corpus.root().resolve("hl7-v2-to-fhir/_SOURCE.txt")).exists();
  }

  @Test
  void every_corpus_message_edits_locally() {
    Map<String, String> notEr7 = Corpus.notEr7();
    for (Path file : Corpus.files()) {
      if (notEr7.containsKey(Corpus.name(file))) {
        continue;
      }
      V2Message message = V2Message.parse(Corpus.bytes(file));
      V2Message edited = message.with("MSH-10", "KOINE|1");
      assertThat(edited.controlId()).isEqualTo("KOINE|1");
      String before = message.encode();
      String after = edited.encode();
      V2Segment msh = message.segments().get(0);
      assertThat(after.substring(after.length() - (before.length() - msh.end())))
          .isEqualTo(before.substring(msh.end()));
    }
  }
}
