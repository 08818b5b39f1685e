package dev.koine.hl7v2;

import dev.koine.core.internal.Checks;
import dev.koine.hl7v2.internal.Escapes;
import dev.koine.hl7v2.internal.Splitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One component of a repetition: sub-components separated by the sub-component separator. See
 * {@link V2Element} for values; immutable and thread-safe.
 */
public final class V2Component implements V2Element {
  private final V2Repetition repetition;
  private final int number;
  private final int start;
  private final int end;
  private final boolean atomic;

  V2Component(V2Repetition repetition, int number, int start, int end, boolean atomic) {
    this.repetition = repetition;
    this.number = number;
    this.start = start;
    this.end = end;
    this.atomic = atomic;
  }

  /** The component number, from 1. */
  public int number() {
    return number;
  }

  /** The repetition this component belongs to. */
  public V2Repetition repetition() {
    return repetition;
  }

  private V2Segment segment() {
    return repetition.field().segment();
  }

  @Override
  public String raw() {
    return repetition.source().substring(start, end);
  }

  @Override
  public String value() {
    if (atomic) {
      return raw();
    }
    V2Delimiters d = segment().delimiters();
    String s = repetition.source();
    int leafEnd = Splitter.leafEnd(s, start, end, d.subComponent(), '\0', '\0');
    return Escapes.unescape(s, start, leafEnd, d, segment().charset());
  }

  @Override
  public boolean isEmpty() {
    return start == end;
  }

  @Override
  public boolean isExplicitNull() {
    return Splitter.isExplicitNull(repetition.source(), start, end);
  }

  /** The number of sub-components written; 0 for an empty component. */
  public int subComponentCount() {
    if (atomic) {
      return start == end ? 0 : 1;
    }
    return Splitter.count(repetition.source(), start, end, segment().delimiters().subComponent());
  }

  /**
   * Sub-component {@code n} (from 1); empty if beyond {@link #subComponentCount()}.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public V2SubComponent subComponent(int n) {
    Checks.require(n >= 1, "sub-component numbers start at 1, not %d", n);
    if (atomic) {
      return n == 1
          ? new V2SubComponent(this, 1, start, end, true)
          : new V2SubComponent(this, n, end, end, true);
    }
    long range =
        Splitter.nth(repetition.source(), start, end, segment().delimiters().subComponent(), n);
    if (range == Splitter.ABSENT) {
      return new V2SubComponent(this, n, end, end, false);
    }
    return new V2SubComponent(this, n, Splitter.start(range), Splitter.end(range), false);
  }

  /** All sub-components written, in order; empty for an empty component. */
  public List<V2SubComponent> subComponents() {
    if (start == end) {
      return List.of();
    }
    if (atomic) {
      return List.of(subComponent(1));
    }
    List<V2SubComponent> list = new ArrayList<>();
    String s = repetition.source();
    char ss = segment().delimiters().subComponent();
    int partStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == ss) {
        list.add(new V2SubComponent(this, list.size() + 1, partStart, i, false));
        partStart = i + 1;
      }
    }
    return Collections.unmodifiableList(list);
  }

  @Override
  public V2Path path() {
    V2Path p = repetition.path();
    return new V2Path(
        p.segmentId(),
        p.segmentOccurrence(),
        p.field(),
        p.repetition() > 1 ? p.repetition() : 0,
        number,
        0);
  }

  String source() {
    return repetition.source();
  }

  /** Structure only: {@code V2Component[PID-3.1, 2 sub-components]}. */
  @Override
  public String toString() {
    return "V2Component[" + path() + ", " + subComponentCount() + " sub-components]";
  }
}
