package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import dev.koine.hl7v2.Er7Generators.Leaf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Bad input never escapes as anything but a located KoineParseException; limits name the knob. */
class Er7HostileInputProperties {

  /** Parses; on success the text must round-trip, on failure only KoineParseException. */
  private static void parseOrReject(String text) {
    try {
      V2Message message = V2Message.parse(text);
      assertThat(message.encode()).isEqualTo(text);
      assertThat(message.leafCount()).isNotNegative();
      assertThat(message.toString()).isNotEmpty();
    } catch (KoineParseException expected) {
      assertThat(expected.reason()).isNotBlank();
    }
  }

  @Property(tries = 300)
  void random_text_is_rejected_cleanly(@ForAll("garbage") String text) {
    parseOrReject(text);
  }

  @Provide
  Arbitrary<String> garbage() {
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(80);
    Arbitrary<String> er7ish =
        Arbitraries.strings()
            .withChars("MSHPID|^~\\&#\r\n\u0000\u000b\u001c \"AZ09".toCharArray())
            .ofMaxLength(80);
    Arbitrary<String> mshPrefixed = er7ish.map(s -> "MSH" + s);
    return Arbitraries.oneOf(any, er7ish, mshPrefixed);
  }

  @Property(tries = 300)
  void mutated_messages_are_parsed_or_rejected_cleanly(@ForAll("mutations") String mutated) {
    parseOrReject(mutated);
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<Er7Generators.Message> messages = Er7Generators.message();
    Arbitrary<Character> inserted =
        Arbitraries.of(
            '\u0000', '\u000b', '\u001c', '|', '^', '~', '\\', '&', '\r', '\n', 'x', ' ');
    Arbitrary<Integer> where = Arbitraries.integers().between(0, 10_000);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
    return Combinators.combine(messages, inserted, where, where, kind)
        .as(
            (m, c, a, b, k) -> {
              String text = m.text();
              int i = a % (text.length() + 1);
              int j = b % (text.length() + 1);
              switch (k) {
                case 0:
                  return text.substring(0, i) + c + text.substring(i);
                case 1:
                  return text.substring(0, Math.min(i, j)) + text.substring(Math.max(i, j));
                default:
                  return text.substring(0, i);
              }
            });
  }

  @Property(tries = 200)
  void random_bytes_are_rejected_cleanly(@ForAll byte[] bytes) {
    try {
      V2Message message = V2Message.parse(bytes);
      assertThat(message.encodeBytes()).isEqualTo(bytes);
    } catch (KoineParseException expected) {
      assertThat(expected.location()).isNotNull();
    }
  }

  @Property(tries = 100)
  void mllp_framed_or_batch_input_gets_a_hint(@ForAll("messageTexts") String text) {
    assertThatThrownBy(() -> V2Message.parse("\u000b" + text + "\u001c\r"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("Mllp.unwrapIfFramed");
    assertThatThrownBy(() -> V2Message.parse(text + "\r" + text))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("V2Batch");
  }

  @Provide
  Arbitrary<String> messageTexts() {
    return Er7Generators.message(false).map(Er7Generators.Message::text);
  }

  /** Which limit to pass. */
  enum Knob {
    MESSAGE_BYTES,
    SEGMENTS,
    FIELDS,
    REPETITIONS,
    COMPONENTS,
    SUB_COMPONENTS
  }

  @Property(tries = 200)
  void each_limit_triggers_with_its_name(
      @ForAll("messages") Er7Generators.Message generated, @ForAll Knob knob) {
    String text = generated.text();
    int segments = generated.segments().size();
    int fields = 0;
    int reps = 0;
    int comps = 0;
    int subs = 0;
    for (Er7Generators.Segment s : generated.segments()) {
      fields = Math.max(fields, s.fields().size() + (s.id().equals("MSH") ? 2 : 0));
      for (List<List<List<Leaf>>> f : s.fields()) {
        reps = Math.max(reps, f.size());
        for (List<List<Leaf>> r : f) {
          comps = Math.max(comps, r.size());
          for (List<Leaf> c : r) {
            subs = Math.max(subs, c.size());
          }
        }
      }
    }
    Limits.Builder builder = Limits.builder();
    String setting;
    int actual;
    switch (knob) {
      case MESSAGE_BYTES:
        actual = text.length();
        builder.maxMessageBytes(actual - 1);
        setting = "Limits.maxMessageBytes";
        break;
      case SEGMENTS:
        actual = segments;
        builder.maxSegments(Math.max(1, actual - 1));
        setting = "Limits.maxSegments";
        break;
      case FIELDS:
        actual = fields;
        builder.maxFieldsPerSegment(Math.max(1, actual - 1));
        setting = "Limits.maxFieldsPerSegment";
        break;
      case REPETITIONS:
        actual = reps;
        builder.maxRepetitions(Math.max(1, actual - 1));
        setting = "Limits.maxRepetitions";
        break;
      case COMPONENTS:
        actual = comps;
        builder.maxComponents(Math.max(1, actual - 1));
        setting = "Limits.maxComponents";
        break;
      default:
        actual = subs;
        builder.maxSubComponents(Math.max(1, actual - 1));
        setting = "Limits.maxSubComponents";
        break;
    }
    Limits limits = builder.build();
    if (actual <= 1) {
      assertThat(V2Message.parse(text, limits).encode()).isEqualTo(text);
      return;
    }
    assertThatThrownBy(() -> V2Message.parse(text, limits))
        .isInstanceOfSatisfying(
            LimitExceededException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(setting);
              assertThat(e.limit()).isEqualTo(actual - 1L);
              assertThat(e.getMessage()).contains(setting);
            });
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> V2Message.parse(bytes, limits))
        .isInstanceOf(LimitExceededException.class);
  }

  @Provide
  Arbitrary<Er7Generators.Message> messages() {
    return Er7Generators.message();
  }

  @Property(tries = 50)
  void error_messages_never_hold_values(@ForAll @IntRange(min = 1, max = 5) int field) {
    String secret = "9434765919";
    String text = "MSH|^~\\&|A\rPID|1||" + secret + "\u0000" + "|x".repeat(field);
    assertThatThrownBy(() -> V2Message.parse(text))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("segment 2 (PID), field 3")
        .hasMessageNotContaining(secret);
  }
}
