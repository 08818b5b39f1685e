package dev.koine.hl7v2;

import dev.koine.core.internal.Checks;
import dev.koine.hl7v2.internal.Escapes;
import dev.koine.hl7v2.internal.Splitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A field of a segment: one or more repetitions separated by the repetition separator. See {@link
 * V2Element} for values; immutable and thread-safe.
 */
public final class V2Field implements V2Element {
  private final V2Segment segment;
  private final int number;
  private final int start;
  private final int end;
  private final boolean atomic;

  V2Field(V2Segment segment, int number, int start, int end, boolean atomic) {
    this.segment = segment;
    this.number = number;
    this.start = start;
    this.end = end;
    this.atomic = atomic;
  }

  /** The field number, from 1. */
  public int number() {
    return number;
  }

  /** The segment this field belongs to. */
  public V2Segment segment() {
    return segment;
  }

  @Override
  public String raw() {
    return segment.source().substring(start, end);
  }

  @Override
  public String value() {
    if (atomic) {
      return raw();
    }
    V2Delimiters d = segment.delimiters();
    String s = segment.source();
    int leafEnd = Splitter.leafEnd(s, start, end, d.repetition(), d.component(), d.subComponent());
    return Escapes.unescape(s, start, leafEnd, d, segment.charset());
  }

  @Override
  public boolean isEmpty() {
    return start == end;
  }

  @Override
  public boolean isExplicitNull() {
    return Splitter.isExplicitNull(segment.source(), start, end);
  }

  /** The number of repetitions written; 0 for an empty field. */
  public int repetitionCount() {
    if (atomic) {
      return 1;
    }
    return Splitter.count(segment.source(), start, end, segment.delimiters().repetition());
  }

  /**
   * Repetition {@code n} (from 1); empty if beyond {@link #repetitionCount()}.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public V2Repetition repetition(int n) {
    Checks.require(n >= 1, "repetition numbers start at 1, not %d", n);
    if (atomic) {
      return n == 1
          ? new V2Repetition(this, 1, start, end, true)
          : new V2Repetition(this, n, end, end, true);
    }
    long range = Splitter.nth(segment.source(), start, end, segment.delimiters().repetition(), n);
    if (range == Splitter.ABSENT) {
      return new V2Repetition(this, n, end, end, false);
    }
    return new V2Repetition(this, n, Splitter.start(range), Splitter.end(range), false);
  }

  /** All repetitions written, in order; empty for an empty field. */
  public List<V2Repetition> repetitions() {
    if (atomic) {
      return List.of(repetition(1));
    }
    List<V2Repetition> list = new ArrayList<>();
    if (start == end) {
      return List.of();
    }
    String s = segment.source();
    char rs = segment.delimiters().repetition();
    int partStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == rs) {
        list.add(new V2Repetition(this, list.size() + 1, partStart, i, false));
        partStart = i + 1;
      }
    }
    return Collections.unmodifiableList(list);
  }

  @Override
  public V2Path path() {
    V2Path p = segment.path();
    return new V2Path(p.segmentId(), p.segmentOccurrence(), number, 0, 0, 0);
  }

  String source() {
    return segment.source();
  }

  /** Structure only: {@code V2Field[PID-3, 2 repetitions]}. */
  @Override
  public String toString() {
    return "V2Field[" + path() + ", " + repetitionCount() + " repetitions]";
  }
}
