package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Paths print and parse back; anything else is refused with IllegalArgumentException. */
class V2PathProperties {

  @Provide
  Arbitrary<V2Path> paths() {
    Arbitrary<String> id =
        Combinators.combine(
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.of('A', 'Z', '0', '9', 'X'),
                Arbitraries.of('A', 'Z', '1', '8', 'H'))
            .as((a, b, c) -> "" + a + b + c);
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 30).edgeCases(c -> c.add(0));
    return Combinators.combine(id, n, n, n, n, n)
        .as(
            (s, occ, f, r, c, sc) -> {
              int field = f;
              int rep = field == 0 ? 0 : r;
              int comp = field == 0 ? 0 : c;
              int sub = comp == 0 ? 0 : sc;
              return new V2Path(s, occ, field, rep, comp, sub);
            });
  }

  @Property
  void parse_reads_back_what_to_string_prints(@ForAll("paths") V2Path path) {
    assertThat(V2Path.parse(path.toString())).isEqualTo(path);
  }

  @Property
  void any_text_parses_or_is_refused_as_misuse(@ForAll("pathLike") String text) {
    try {
      V2Path path = V2Path.parse(text);
      assertThat(path.toString()).isEqualTo(text);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).startsWith("invalid HL7 v2 path");
    }
  }

  @Provide
  Arbitrary<String> pathLike() {
    return Arbitraries.strings().withChars("PIDOBX0129-[].x ").ofMaxLength(14);
  }

  @Example
  void errors_say_where_and_what() {
    assertThatThrownBy(() -> V2Path.parse("PID-x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid HL7 v2 path \"PID-x\" at character 5: expected a field number (a positive"
                + " number without leading zeros)");
    assertThatThrownBy(() -> V2Path.parse("pid-3")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> V2Path.parse("PID-3[0]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> V2Path.parse("PID-99999999999"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(V2Path.parse("OBX[4]-5[2].1.3")).isEqualTo(new V2Path("OBX", 4, 5, 2, 1, 3));
    assertThat(V2Path.parse("MSH").isSegment()).isTrue();
  }
}
