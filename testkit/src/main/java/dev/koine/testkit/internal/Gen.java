package dev.koine.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * Small combinators shared by the arbitraries: weighted choices, optional values and lists that are
 * often empty.
 *
 * <p>jqwik's own {@code oneOf}, {@code frequencyOf} and {@code injectNull} choose through {@code
 * flatMap}, which asks the chosen arbitrary for a (memoised) generator on every draw; on deep model
 * trees that dominates the run time. The choice here builds each alternative's generator once and
 * picks among them per draw (shrinking stays within the chosen alternative), which makes whole
 * messages about ten times cheaper to generate.
 */
public final class Gen {
  private Gen() {}

  /** A weighted alternative. */
  public record Weighted<T>(int weight, Arbitrary<? extends T> arbitrary) {}

  /** An alternative of weight {@code weight}. */
  public static <T> Weighted<T> w(int weight, Arbitrary<? extends T> arbitrary) {
    return new Weighted<>(weight, arbitrary);
  }

  /** Chooses one alternative per draw, each with probability proportional to its weight. */
  public static <T> Arbitrary<T> choose(List<Weighted<T>> alternatives) {
    return new Choice<>(List.copyOf(alternatives));
  }

  /** One of the arbitraries, each equally likely. */
  public static <T> Arbitrary<T> oneOf(List<? extends Arbitrary<? extends T>> choices) {
    List<Weighted<T>> all = new ArrayList<>();
    for (Arbitrary<? extends T> a : choices) {
      all.add(new Weighted<>(1, a));
    }
    return choose(all);
  }

  /** Absent ({@code null}) half of the time. */
  public static <T> Arbitrary<T> opt(Arbitrary<T> arbitrary) {
    return nullable(arbitrary, 0.5);
  }

  /** Absent ({@code null}) most of the time (80%). */
  public static <T> Arbitrary<T> rare(Arbitrary<T> arbitrary) {
    return nullable(arbitrary, 0.8);
  }

  /** Absent ({@code null}) with the given probability. */
  public static <T> Arbitrary<T> nullable(Arbitrary<T> arbitrary, double nullProbability) {
    int nulls = (int) Math.round(nullProbability * 100);
    return choose(List.of(w(nulls, Arbitraries.just((T) null)), w(100 - nulls, arbitrary)));
  }

  /** A list of 0..3 elements, empty half of the time. */
  public static <T> Arbitrary<List<T>> listOf(Arbitrary<T> element) {
    return choose(
        List.of(
            w(1, Arbitraries.just(List.<T>of())), w(1, element.list().ofMinSize(1).ofMaxSize(3))));
  }

  /** A list of 1..3 elements. */
  public static <T> Arbitrary<List<T>> nonEmptyListOf(Arbitrary<T> element) {
    return element.list().ofMinSize(1).ofMaxSize(3);
  }

  /** A list of 0..2 elements, empty 80% of the time (for costly elements). */
  public static <T> Arbitrary<List<T>> sparseListOf(Arbitrary<T> element) {
    return choose(
        List.of(
            w(4, Arbitraries.just(List.<T>of())), w(1, element.list().ofMinSize(1).ofMaxSize(2))));
  }

  /** A list of 0..2 elements, empty 90% of the time (for entity lists). */
  public static <T> Arbitrary<List<T>> scarceListOf(Arbitrary<T> element) {
    return choose(
        List.of(
            w(9, Arbitraries.just(List.<T>of())), w(1, element.list().ofMinSize(1).ofMaxSize(2))));
  }

  private static final Map<Object, Memo<?>> MEMOS = new ConcurrentHashMap<>();

  /**
   * The one shared arbitrary for {@code key}, built by {@code build} on first use. Sharing turns
   * the model's arbitrary tree into a small graph: each building block (a concept, a reference,
   * extras...) and its generator exist once, instead of once per place that uses it.
   */
  public static <T> Arbitrary<T> memo(Object key, Supplier<Arbitrary<T>> build) {
    return cast(MEMOS.computeIfAbsent(key, k -> new Memo<>(build)));
  }

  @SuppressWarnings("unchecked") // a key is always used with the same element type
  private static <T> Arbitrary<T> cast(Memo<?> memo) {
    return (Arbitrary<T>) memo;
  }

  /** A lazily built arbitrary whose generators are built once per generation size. */
  private static final class Memo<T> implements Arbitrary<T> {
    private final Supplier<Arbitrary<T>> build;
    private volatile Arbitrary<T> delegate;
    private final Map<Integer, RandomGenerator<T>> generators = new ConcurrentHashMap<>();

    Memo(Supplier<Arbitrary<T>> build) {
      this.build = build;
    }

    private Arbitrary<T> delegate() {
      Arbitrary<T> d = delegate;
      if (d == null) {
        synchronized (this) {
          d = delegate;
          if (d == null) {
            d = build.get();
            delegate = d;
          }
        }
      }
      return d;
    }

    @Override
    public RandomGenerator<T> generator(int genSize) {
      RandomGenerator<T> g = generators.get(genSize);
      if (g == null) {
        g = delegate().generator(genSize);
        generators.putIfAbsent(genSize, g);
      }
      return g;
    }

    @Override
    public RandomGenerator<T> generator(int genSize, boolean withEdgeCases) {
      return generator(genSize);
    }

    @Override
    public RandomGenerator<T> generatorWithEmbeddedEdgeCases(int genSize) {
      return generator(genSize);
    }

    @Override
    public EdgeCases<T> edgeCases(int maxEdgeCases) {
      return EdgeCases.none();
    }
  }

  /** Generator-once weighted choice. */
  private static final class Choice<T> implements Arbitrary<T> {
    private final List<Weighted<T>> alternatives;

    Choice(List<Weighted<T>> alternatives) {
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("a choice needs at least one alternative");
      }
      this.alternatives = alternatives;
    }

    @Override
    public RandomGenerator<T> generator(int genSize, boolean withEdgeCases) {
      return generator(genSize);
    }

    @Override
    public RandomGenerator<T> generatorWithEmbeddedEdgeCases(int genSize) {
      return generator(genSize);
    }

    @Override
    public RandomGenerator<T> generator(int genSize) {
      List<RandomGenerator<? extends T>> generators = new ArrayList<>();
      int[] upTo = new int[alternatives.size()];
      int total = 0;
      for (int i = 0; i < alternatives.size(); i++) {
        Weighted<T> a = alternatives.get(i);
        generators.add(a.arbitrary().generator(genSize));
        total += a.weight();
        upTo[i] = total;
      }
      int sum = total;
      return random -> {
        int k = random.nextInt(sum);
        int i = 0;
        while (k >= upTo[i]) {
          i++;
        }
        return widen(generators.get(i), random);
      };
    }

    private static <T> Shrinkable<T> widen(RandomGenerator<? extends T> generator, Random random) {
      return generator.next(random).map(Function.<T>identity());
    }

    @Override
    public EdgeCases<T> edgeCases(int maxEdgeCases) {
      return EdgeCases.none();
    }
  }
}
