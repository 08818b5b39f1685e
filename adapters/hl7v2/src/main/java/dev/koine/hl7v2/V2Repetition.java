package dev.koine.hl7v2;

import dev.koine.core.internal.Checks;
import dev.koine.hl7v2.internal.Escapes;
import dev.koine.hl7v2.internal.Splitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One repetition of a field: components separated by the component separator. See {@link V2Element}
 * for values; immutable and thread-safe.
 */
public final class V2Repetition implements V2Element {
  private final V2Field field;
  private final int number;
  private final int start;
  private final int end;
  private final boolean atomic;

  V2Repetition(V2Field field, int number, int start, int end, boolean atomic) {
    this.field = field;
    this.number = number;
    this.start = start;
    this.end = end;
    this.atomic = atomic;
  }

  /** The repetition number, from 1. */
  public int number() {
    return number;
  }

  /** The field this repetition belongs to. */
  public V2Field field() {
    return field;
  }

  private V2Delimiters delimiters() {
    return field.segment().delimiters();
  }

  @Override
  public String raw() {
    return field.source().substring(start, end);
  }

  @Override
  public String value() {
    if (atomic) {
      return raw();
    }
    V2Delimiters d = delimiters();
    String s = field.source();
    int leafEnd = Splitter.leafEnd(s, start, end, d.component(), d.subComponent(), '\0');
    return Escapes.unescape(s, start, leafEnd, d, field.segment().charset());
  }

  @Override
  public boolean isEmpty() {
    return start == end;
  }

  @Override
  public boolean isExplicitNull() {
    return Splitter.isExplicitNull(field.source(), start, end);
  }

  /** The number of components written; 0 for an empty repetition. */
  public int componentCount() {
    if (atomic) {
      return start == end ? 0 : 1;
    }
    return Splitter.count(field.source(), start, end, delimiters().component());
  }

  /**
   * Component {@code n} (from 1); empty if beyond {@link #componentCount()}.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public V2Component component(int n) {
    Checks.require(n >= 1, "component numbers start at 1, not %d", n);
    if (atomic) {
      return n == 1
          ? new V2Component(this, 1, start, end, true)
          : new V2Component(this, n, end, end, true);
    }
    long range = Splitter.nth(field.source(), start, end, delimiters().component(), n);
    if (range == Splitter.ABSENT) {
      return new V2Component(this, n, end, end, false);
    }
    return new V2Component(this, n, Splitter.start(range), Splitter.end(range), false);
  }

  /** All components written, in order; empty for an empty repetition. */
  public List<V2Component> components() {
    if (start == end) {
      return List.of();
    }
    if (atomic) {
      return List.of(component(1));
    }
    List<V2Component> list = new ArrayList<>();
    String s = field.source();
    char cs = delimiters().component();
    int partStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == cs) {
        list.add(new V2Component(this, list.size() + 1, partStart, i, false));
        partStart = i + 1;
      }
    }
    return Collections.unmodifiableList(list);
  }

  @Override
  public V2Path path() {
    V2Path p = field.path();
    return new V2Path(p.segmentId(), p.segmentOccurrence(), p.field(), number, 0, 0);
  }

  String source() {
    return field.source();
  }

  /** Structure only: {@code V2Repetition[PID-3[2], 5 components]}. */
  @Override
  public String toString() {
    return "V2Repetition[" + path() + ", " + componentCount() + " components]";
  }
}
