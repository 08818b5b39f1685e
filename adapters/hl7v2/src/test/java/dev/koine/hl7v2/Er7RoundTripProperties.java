package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.hl7v2.Er7Generators.Leaf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The lossless contract of the ER7 codec on generated messages. */
class Er7RoundTripProperties {

  @Provide
  Arbitrary<Er7Generators.Message> messages() {
    return Er7Generators.message();
  }

  @Property(tries = 300)
  void encode_of_parse_is_the_input(@ForAll("messages") Er7Generators.Message generated) {
    String text = generated.text();
    assertThat(V2Message.parse(text).encode()).isEqualTo(text);
  }

  @Property(tries = 100)
  void bytes_round_trip_exactly(@ForAll("messages") Er7Generators.Message generated) {
    byte[] bytes = generated.text().getBytes(StandardCharsets.UTF_8);
    assertThat(V2Message.parse(bytes).encodeBytes()).isEqualTo(bytes);
  }

  @Property(tries = 150)
  void tree_matches_what_was_generated(@ForAll("messages") Er7Generators.Message generated) {
    V2Message message = V2Message.parse(generated.text());
    assertThat(message.delimiters()).isEqualTo(generated.delimiters());
    assertThat(message.segments()).hasSize(generated.segments().size());
    for (int i = 0; i < generated.segments().size(); i++) {
      Er7Generators.Segment expected = generated.segments().get(i);
      V2Segment actual = message.segments().get(i);
      assertThat(actual.id()).isEqualTo(expected.id());
      assertThat(actual.raw()).isEqualTo(expected.render(generated.delimiters()));
      assertThat(actual.terminator()).isEqualTo(expected.terminator());
      int offset = expected.id().equals("MSH") ? 2 : 0;
      assertThat(actual.fieldCount()).isEqualTo(expected.fields().size() + offset);
      for (int f = 0; f < expected.fields().size(); f++) {
        V2Field field = actual.field(Er7Generators.Message.fieldNumber(expected, f));
        List<List<List<Leaf>>> reps = expected.fields().get(f);
        assertThat(field.raw()).isEqualTo(Er7Generators.renderField(reps, generated.delimiters()));
        for (int r = 0; r < reps.size(); r++) {
          for (int c = 0; c < reps.get(r).size(); c++) {
            for (int s = 0; s < reps.get(r).get(c).size(); s++) {
              Leaf leaf = reps.get(r).get(c).get(s);
              V2SubComponent sub = field.repetition(r + 1).component(c + 1).subComponent(s + 1);
              assertThat(sub.raw()).isEqualTo(leaf.raw());
              assertThat(sub.value()).isEqualTo(leaf.value());
              assertThat(sub.isExplicitNull()).isEqualTo(leaf.raw().equals("\"\""));
            }
          }
        }
        Leaf first = reps.get(0).get(0).get(0);
        assertThat(field.value()).isEqualTo(first.value());
      }
    }
    if (generated.segments().size() > 0) {
      assertThat(message.get("MSH-1")).isEqualTo(String.valueOf(generated.delimiters().field()));
      assertThat(message.get("MSH-2")).isEqualTo(generated.delimiters().encodingCharacters());
      assertThat(message.controlId()).isEqualTo("CTRL1");
      assertThat(message.version()).isEqualTo("2.4");
      assertThat(message.structure())
          .isEqualTo(message.messageType() + "_" + message.triggerEvent());
    }
  }

  @Property(tries = 100)
  void leaf_count_counts_non_empty_sub_components(
      @ForAll("messages") Er7Generators.Message generated) {
    int expected = 2; // MSH-1 and MSH-2
    for (Er7Generators.Segment s : generated.segments()) {
      for (List<List<List<Leaf>>> field : s.fields()) {
        for (List<List<Leaf>> rep : field) {
          for (List<Leaf> comp : rep) {
            for (Leaf leaf : comp) {
              if (!leaf.raw().isEmpty()) {
                expected++;
              }
            }
          }
        }
      }
    }
    assertThat(V2Message.parse(generated.text()).leafCount()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> anyValue() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().ofMaxLength(12)),
        net.jqwik.api.Tuple.of(
            3,
            Arbitraries.strings()
                .withChars((Er7Generators.DELIMITER_POOL + "ab\r\n\t\u0000\u001f\"é").toCharArray())
                .ofMaxLength(12)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("\"\"")));
  }

  @Provide
  Arbitrary<String> editPaths() {
    Arbitrary<String> segment = Arbitraries.of("MSH", "PID", "OBX", "OBX[2]", "ZU1", "EVN");
    Arbitrary<Integer> field = Arbitraries.integers().between(1, 15);
    Arbitrary<Integer> rep = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> comp = Arbitraries.integers().between(0, 5);
    Arbitrary<Integer> sub = Arbitraries.integers().between(0, 3);
    return Combinators.combine(segment, field, rep, comp, sub)
        .as(
            (s, f, r, c, sc) -> {
              int fieldNumber = s.equals("MSH") ? Math.max(3, f) : f;
              StringBuilder p = new StringBuilder(s).append('-').append(fieldNumber);
              if (r > 0) {
                p.append('[').append(r).append(']');
              }
              if (c > 0) {
                p.append('.').append(c);
                if (sc > 0) {
                  p.append('.').append(sc);
                }
              }
              return p.toString();
            });
  }

  @Property(tries = 200)
  void edit_then_read_gives_the_value_and_keeps_the_rest(
      @ForAll("messages") Er7Generators.Message generated,
      @ForAll("editPaths") String path,
      @ForAll("anyValue") String value) {
    V2Message message = V2Message.parse(generated.text());
    V2Path p = V2Path.parse(path);
    if (message
        .segment(
            p.segmentId() + (p.segmentOccurrence() > 0 ? "[" + p.segmentOccurrence() + "]" : ""))
        .isEmpty()) {
      return;
    }
    V2Message edited = message.with(path, value);
    assertThat(edited.get(path)).isEqualTo(value);
    V2Message reparsed = V2Message.parse(edited.encode());
    assertThat(reparsed.get(path)).isEqualTo(value);
    assertThat(reparsed.segments()).hasSameSizeAs(message.segments());
    int edited1 =
        message
            .segment(new V2Path(p.segmentId(), p.segmentOccurrence(), 0, 0, 0, 0).toString())
            .orElseThrow()
            .index();
    for (int i = 0; i < message.segments().size(); i++) {
      V2Segment before = message.segments().get(i);
      V2Segment after = edited.segments().get(i);
      assertThat(after.terminator()).isEqualTo(before.terminator());
      if (i != edited1) {
        assertThat(after.raw()).isEqualTo(before.raw());
      } else {
        // only the edited field changed
        for (int f = 1; f <= Math.max(before.fieldCount(), after.fieldCount()); f++) {
          if (f != p.field()) {
            assertThat(after.field(f).raw()).isEqualTo(before.field(f).raw());
          }
        }
      }
    }
  }

  @Property
  void unescape_inverts_escape(
      @ForAll("delimiterSets") V2Delimiters d, @ForAll("anyValue") String value) {
    String escaped = d.escapeValue(value);
    assertThat(d.unescapeValue(escaped)).isEqualTo(value);
    assertThat(escaped)
        .doesNotContain(String.valueOf(d.field()))
        .doesNotContain(String.valueOf(d.component()))
        .doesNotContain(String.valueOf(d.repetition()))
        .doesNotContain(String.valueOf(d.subComponent()))
        .doesNotContain("\r")
        .doesNotContain("\n");
  }

  @Provide
  Arbitrary<V2Delimiters> delimiterSets() {
    return Er7Generators.delimiters();
  }

  @Property(tries = 100)
  void to_string_never_shows_values(@ForAll("markedMessages") Er7Generators.Message generated) {
    V2Message message = V2Message.parse(generated.text());
    StringBuilder shown = new StringBuilder(message.toString());
    for (V2Segment s : message.segments()) {
      shown.append(s);
      for (V2Field f : s.fields()) {
        shown.append(f).append(f.path());
        for (V2Repetition r : f.repetitions()) {
          shown.append(r);
          for (V2Component c : r.components()) {
            shown.append(c);
            for (V2SubComponent sc : c.subComponents()) {
              shown.append(sc);
            }
          }
        }
      }
    }
    String text = shown.toString();
    for (Er7Generators.Segment s : generated.segments()) {
      if (s.id().equals("MSH")) {
        continue;
      }
      for (List<List<List<Leaf>>> field : s.fields()) {
        for (List<List<Leaf>> rep : field) {
          for (List<Leaf> comp : rep) {
            for (Leaf leaf : comp) {
              if (!leaf.raw().isEmpty()) {
                assertThat(text).doesNotContain(leaf.raw());
              }
            }
          }
        }
      }
    }
  }

  /** Messages whose non-MSH leaves are marker words that cannot occur in structure output. */
  @Provide
  Arbitrary<Er7Generators.Message> markedMessages() {
    return Er7Generators.message()
        .map(
            m -> {
              int[] counter = {0};
              List<Er7Generators.Segment> segments =
                  m.segments().stream()
                      .map(
                          s ->
                              s.id().equals("MSH")
                                  ? s
                                  : new Er7Generators.Segment(
                                      s.id(),
                                      s.fields().stream()
                                          .map(
                                              f ->
                                                  f.stream()
                                                      .map(
                                                          r ->
                                                              r.stream()
                                                                  .map(
                                                                      c ->
                                                                          c.stream()
                                                                              .map(
                                                                                  l -> {
                                                                                    String v =
                                                                                        "qz"
                                                                                            + "wx"
                                                                                            + counter[
                                                                                                0]++;
                                                                                    return new Leaf(
                                                                                        v, v);
                                                                                  })
                                                                              .toList())
                                                                  .toList())
                                                      .toList())
                                          .toList(),
                                      s.terminator()))
                      .toList();
              return new Er7Generators.Message(m.delimiters(), m.prefix(), segments);
            });
  }
}
