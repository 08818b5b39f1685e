package dev.koine.hl7v2;

import dev.koine.hl7v2.internal.Escapes;
import dev.koine.hl7v2.internal.Splitter;

/**
 * One sub-component: a leaf of the ER7 tree. See {@link V2Element} for values; immutable and
 * thread-safe.
 */
public final class V2SubComponent implements V2Element {
  private final V2Component component;
  private final int number;
  private final int start;
  private final int end;
  private final boolean atomic;

  V2SubComponent(V2Component component, int number, int start, int end, boolean atomic) {
    this.component = component;
    this.number = number;
    this.start = start;
    this.end = end;
    this.atomic = atomic;
  }

  /** The sub-component number, from 1. */
  public int number() {
    return number;
  }

  /** The component this sub-component belongs to. */
  public V2Component component() {
    return component;
  }

  @Override
  public String raw() {
    return component.source().substring(start, end);
  }

  @Override
  public String value() {
    if (atomic) {
      return raw();
    }
    V2Segment segment = component.repetition().field().segment();
    return Escapes.unescape(
        component.source(), start, end, segment.delimiters(), segment.charset());
  }

  @Override
  public boolean isEmpty() {
    return start == end;
  }

  @Override
  public boolean isExplicitNull() {
    return Splitter.isExplicitNull(component.source(), start, end);
  }

  @Override
  public V2Path path() {
    V2Path p = component.path();
    return new V2Path(
        p.segmentId(), p.segmentOccurrence(), p.field(), p.repetition(), p.component(), number);
  }

  /** Structure only: {@code V2SubComponent[PID-3.4.2]}. */
  @Override
  public String toString() {
    return "V2SubComponent[" + path() + "]";
  }
}
