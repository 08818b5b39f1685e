package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.testkit.internal.Gen;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Records are equal if and only if their components are; equal records hash alike. */
class EqualityProperties {

  private static final Map<Class<?>, Arbitrary<?>> RECORDS = Samples.records();

  /** Two values of one record type and a component index. */
  record Pair(Record a, Record b, int index) {}

  @Provide
  Arbitrary<Record> records() {
    return Gen.oneOf(Samples.list(RECORDS)).map(Record.class::cast);
  }

  @Provide
  Arbitrary<Pair> pairs() {
    List<Arbitrary<Pair>> perType =
        RECORDS.values().stream()
            .map(
                a ->
                    Combinators.combine(a, a, Arbitraries.integers().between(0, 1_000))
                        .as((x, y, i) -> new Pair((Record) x, (Record) y, i)))
            .toList();
    return Gen.oneOf(perType);
  }

  @Property(tries = 600)
  void aRecordRebuiltFromItsComponentsIsEqual(@ForAll("records") Record value) {
    Record copy = Graph.construct(value.getClass(), Graph.components(value));
    assertThat(copy).isEqualTo(value).hasSameHashCodeAs(value);
    assertThat(value).isEqualTo(copy);
    assertThat(value).isNotEqualTo(null).isNotEqualTo(new Object());
    Statistics.collect(value.getClass().getSimpleName());
  }

  @Property(tries = 600)
  void changingOneComponentChangesEqualityExactlyWhenTheComponentDiffers(
      @ForAll("pairs") Pair pair) {
    List<Object> a = Graph.components(pair.a());
    List<Object> b = Graph.components(pair.b());
    int i = pair.index() % a.size();
    Record mixed;
    try {
      mixed = Graph.with(pair.a(), i, b.get(i));
    } catch (IllegalArgumentException | NullPointerException e) {
      // the other value's component breaks a cross-component invariant (a reference needs a
      // target, an identifier or a display; a fraction needs FRACTION precision...)
      Statistics.label("mixed").collect("refused by an invariant");
      return;
    }
    Statistics.label("mixed").collect("built");
    boolean sameComponent = Objects.equals(Graph.components(mixed).get(i), a.get(i));
    assertThat(mixed.equals(pair.a())).isEqualTo(sameComponent);
    assertThat(pair.a().equals(mixed)).isEqualTo(sameComponent);
    if (sameComponent) {
      assertThat(mixed.hashCode()).isEqualTo(pair.a().hashCode());
    }
    Statistics.label("component equal").collect(sameComponent);
    Statistics.label("mixed").coverage(c -> c.check("built").percentage(p -> p > 70));
  }

  @Property(tries = 600)
  void twoValuesAreEqualIffAllTheirComponentsAre(@ForAll("pairs") Pair pair) {
    boolean componentsEqual = Graph.components(pair.a()).equals(Graph.components(pair.b()));
    assertThat(pair.a().equals(pair.b())).isEqualTo(componentsEqual);
    if (componentsEqual) {
      assertThat(pair.a().hashCode()).isEqualTo(pair.b().hashCode());
    }
  }
}
