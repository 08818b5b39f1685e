package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.hl7v2.internal.V2In;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link V2In} finds leaves by scanning the field's text from the scan's layout (or from the
 * segment's own text), not through the element tree: on generated messages (any delimiters,
 * escapes, empty and absent repetitions, components and sub-components, MSH-1/MSH-2) it reads every
 * position, one past each count included, exactly as the tree does.
 */
class V2InProperties {

  @Provide
  Arbitrary<Er7Generators.Message> messages() {
    return Er7Generators.message();
  }

  @Property(tries = 200)
  void reads_every_position_as_the_tree_does(@ForAll("messages") Er7Generators.Message generated) {
    V2Message m = V2Message.parse(generated.text());
    V2In fromLayout = new V2In(m, m.layout());
    V2In fromText = new V2In(m);
    for (V2Segment s : m.segments()) {
      for (int f = 1; f <= s.fieldCount() + 1; f++) {
        V2Field field = s.field(f);
        int reps = field.repetitionCount();
        for (V2In in : new V2In[] {fromLayout, fromText}) {
          assertThat(in.reps(s, f)).isEqualTo(reps);
        }
        for (int r = 1; r <= reps + 1; r++) {
          V2Repetition rep = field.repetition(r);
          int comps = rep.componentCount();
          for (int c = 1; c <= comps + 1; c++) {
            V2Component comp = rep.component(c);
            int subs = comp.subComponentCount();
            for (V2In in : new V2In[] {fromLayout, fromText}) {
              assertThat(in.components(s, f, r)).isEqualTo(comps);
              assertThat(in.subComponents(s, f, r, c)).isEqualTo(subs);
              assertThat(in.peek(s, f, r, c)).isEqualTo(comp.subComponent(1).value());
            }
            for (int sc = 1; sc <= subs + 1; sc++) {
              V2SubComponent sub = comp.subComponent(sc);
              String expected =
                  r > reps || sub.isEmpty() || sub.isExplicitNull() || sub.value().isBlank()
                      ? null
                      : sub.value();
              for (V2In in : new V2In[] {fromLayout, fromText}) {
                assertThat(in.get(s, f, r, c, sc)).isEqualTo(expected);
                assertThat(in.consumeIf(s, f, r, c, sc, sub.value()))
                    .isEqualTo(!sub.isEmpty() && !sub.isExplicitNull() && r <= reps);
                in.consume(s, f, r, c, sc);
              }
            }
          }
        }
      }
    }
    // every non-empty leaf (explicit nulls too) was consumed, in both: nothing is left to report
    assertThat(fromLayout.losses()).isEmpty();
    assertThat(fromText.losses()).isEmpty();
  }
}
