package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Batch files: round trip whole and streamed, control segments kept, limits per message. */
class V2BatchProperties {

  /** A generated batch: its parts' texts and how many are messages. */
  record Generated(List<String> parts, int messages) {
    String text() {
      return String.join("", parts);
    }
  }

  private static String terminated(String text) {
    return text.endsWith("\r") || text.endsWith("\n") || text.endsWith(" ") || text.endsWith("\t")
        ? text.stripTrailing() + "\r"
        : text + "\r";
  }

  @Provide
  Arbitrary<Generated> batches() {
    Arbitrary<List<String>> messages =
        Er7Generators.message(false).map(Er7Generators.Message::text).list().ofMaxSize(3);
    Arbitrary<List<List<String>>> batches = messages.list().ofMinSize(1).ofMaxSize(2);
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    Arbitrary<String> end = Arbitraries.of("", "\r", "\n", "\r\n", "\r\n\r\n");
    return Combinators.combine(batches, flag, flag, flag, end)
        .as(
            (bs, fileHeader, batchHeaders, fileTrailer, ending) -> {
              List<String> parts = new ArrayList<>();
              int count = 0;
              if (fileHeader) {
                parts.add("FHS|^~\\&|APP|RX1||||20240101\r");
              }
              for (int i = 0; i < bs.size(); i++) {
                if (batchHeaders) {
                  parts.add("BHS|^~\\&|APP|RX1|||||" + i + "\n");
                }
                for (String m : bs.get(i)) {
                  parts.add(terminated(m));
                  count++;
                }
                if (batchHeaders) {
                  parts.add("BTS|" + bs.get(i).size() + "\r\n");
                }
              }
              if (fileTrailer && fileHeader) {
                parts.add("FTS|" + bs.size() + "\r");
              }
              if (parts.isEmpty()) {
                parts.add("FHS|^~\\&\r");
              }
              String last = parts.remove(parts.size() - 1);
              parts.add(last.stripTrailing() + ending);
              if (!(parts.get(0).startsWith("FHS")
                  || parts.get(0).startsWith("BHS")
                  || parts.get(0).startsWith("MSH"))) {
                parts.add(0, "BHS|^~\\&\r");
              }
              return new Generated(parts, count);
            });
  }

  @Property(tries = 80)
  void a_batch_round_trips_whole_and_streamed(@ForAll("batches") Generated generated) {
    String text = generated.text();
    V2Batch batch = V2Batch.parse(text);
    assertThat(batch.encode()).isEqualTo(text);
    assertThat(batch.messages()).hasSize(generated.messages());
    assertThat(batch.parts()).hasSize(generated.parts().size());
    for (int i = 0; i < generated.parts().size(); i++) {
      assertThat(batch.parts().get(i).encode()).isEqualTo(generated.parts().get(i));
    }
    try (Stream<V2Batch.Part> parts = V2Batch.stream(new StringReader(text))) {
      assertThat(parts.map(V2Batch.Part::encode).collect(Collectors.joining())).isEqualTo(text);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(V2Batch.parse(bytes).encodeBytes()).isEqualTo(bytes);
    try (Stream<V2Batch.Part> parts =
        V2Batch.stream(
            new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, Limits.defaults())) {
      assertThat(parts.count()).isEqualTo(generated.parts().size());
    }
  }

  @Property(tries = 40)
  void each_message_is_limited_on_its_own(@ForAll("batches") Generated generated) {
    if (generated.messages() == 0) {
      return;
    }
    Limits limits = Limits.builder().maxSegments(1).build();
    boolean anyLong =
        V2Batch.parse(generated.text()).messages().stream().anyMatch(m -> m.segments().size() > 1);
    if (anyLong) {
      assertThatThrownBy(() -> V2Batch.parse(generated.text(), limits))
          .isInstanceOfSatisfying(
              LimitExceededException.class,
              e -> {
                assertThat(e.setting()).isEqualTo("Limits.maxSegments");
                assertThat(e.location()).startsWith("message ");
              });
    } else {
      assertThat(V2Batch.parse(generated.text(), limits).encode()).isEqualTo(generated.text());
    }
  }

  @Example
  void control_segments_are_kept_and_read() {
    String text =
        "\uFEFFFHS|^~\\&|APP|RX1\rBHS|^~\\&|APP\rMSH|^~\\&|A|B|||||ADT^A01|1|P|2.4\rPID|1\r"
            + "MSH|^~\\&|A|B|||||ADT^A08|2|P|2.4\rBTS|2\rFTS|1";
    V2Batch batch = V2Batch.parse(text);
    assertThat(batch.encode()).isEqualTo(text);
    assertThat(batch.messages()).extracting(V2Message::controlId).containsExactly("1", "2");
    assertThat(batch.controlSegments())
        .extracting(V2Segment::id)
        .containsExactly("FHS", "BHS", "BTS", "FTS");
    assertThat(batch.fileHeader().orElseThrow().field(3).value()).isEqualTo("APP");
    assertThat(batch.controlSegments().get(2).field(1).value()).isEqualTo("2");
    assertThat(batch).hasToString("V2Batch[2 messages, 4 control segments]");
    try (Stream<V2Message> messages = V2Batch.messages(new StringReader(text), Limits.defaults())) {
      assertThat(messages.count()).isEqualTo(2);
    }
  }

  @Example
  void not_a_batch_is_rejected_with_a_location() {
    assertThatThrownBy(() -> V2Batch.parse("PID|1\r"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("batch segment 1");
    assertThatThrownBy(() -> V2Batch.parse("FHS|^~\\&\rPID|1\r"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("batch segment 2");
    assertThatThrownBy(() -> V2Batch.parse("MSH|^~\\&\rFTS|1\rMSH|^~\\&\r"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("after the file trailer");
    assertThatThrownBy(() -> V2Batch.parse(" \r\n"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> V2Batch.parse("MSH|^~\\&\rPID|1\u0000\r"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("message 1, segment 2 (PID), field 1");
  }
}
