package dev.koine.hl7v2.internal;

import dev.koine.core.codec.Loss;
import dev.koine.hl7v2.V2Component;
import dev.koine.hl7v2.V2Field;
import dev.koine.hl7v2.V2Message;
import dev.koine.hl7v2.V2Repetition;
import dev.koine.hl7v2.V2Segment;
import dev.koine.hl7v2.V2SubComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Read access to a parsed message that remembers which leaves (non-empty sub-components) a mapping
 * consumed, so that everything else can be reported as a loss. One instance per decode; not
 * thread-safe.
 */
public final class V2In {
  /** The reason given for every leaf the mapping did not consume. */
  public static final String NO_PLACE = "no place in the model";

  private final V2Message message;
  private final Set<String> consumed = new HashSet<>();

  /** Reads this message. */
  public V2In(V2Message message) {
    this.message = message;
  }

  /** The message read. */
  public V2Message message() {
    return message;
  }

  /** All segments with this id, in order. */
  public List<V2Segment> all(String id) {
    return message.segments(id);
  }

  /** The first segment with this id. */
  public Optional<V2Segment> first(String id) {
    List<V2Segment> list = message.segments(id);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** The number of repetitions of a field. */
  public int reps(V2Segment s, int field) {
    return s.field(field).repetitionCount();
  }

  /** Field {@code f}, repetition 1, component 1, sub-component 1. */
  public String get(V2Segment s, int f) {
    return get(s, f, 1, 1, 1);
  }

  /** Field {@code f}, repetition 1, component {@code c}, sub-component 1. */
  public String get(V2Segment s, int f, int c) {
    return get(s, f, 1, c, 1);
  }

  /**
   * The decoded value of one leaf, marked as consumed; null if it is empty or the explicit null or
   * blank (which are then left unconsumed, so that they are reported).
   */
  public String get(V2Segment s, int f, int r, int c, int sc) {
    V2Field field = s.field(f);
    if (r > field.repetitionCount()) {
      return null;
    }
    V2SubComponent sub = field.repetition(r).component(c).subComponent(sc);
    if (sub.isEmpty() || sub.isExplicitNull()) {
      return null;
    }
    String value = sub.value();
    if (value.isBlank()) {
      return null;
    }
    consumed.add(key(s, f, r, c, sc));
    return value;
  }

  /** The decoded text of a leaf without consuming it; "" if empty. */
  public static String peek(V2Segment s, int f, int r, int c) {
    return s.field(f).repetition(r).component(c).subComponent(1).value();
  }

  /** Marks a leaf consumed without reading it (a value the mapping re-derives exactly). */
  public void consume(V2Segment s, int f, int r, int c, int sc) {
    consumed.add(key(s, f, r, c, sc));
  }

  /** Reads a leaf and consumes it only if it equals {@code expected}. */
  public boolean consumeIf(V2Segment s, int f, int r, int c, int sc, String expected) {
    V2Field field = s.field(f);
    if (r > field.repetitionCount()) {
      return false;
    }
    V2SubComponent sub = field.repetition(r).component(c).subComponent(sc);
    if (!sub.isEmpty() && !sub.isExplicitNull() && sub.value().equals(expected)) {
      consumed.add(key(s, f, r, c, sc));
      return true;
    }
    return false;
  }

  private static String key(V2Segment s, int f, int r, int c, int sc) {
    return s.index() + ":" + f + ":" + r + ":" + c + ":" + sc;
  }

  /**
   * Every non-empty leaf not consumed, grouped as high as possible: a whole segment, field,
   * repetition or component when nothing in it was consumed.
   */
  public List<Loss> losses() {
    List<Loss> losses = new ArrayList<>();
    for (V2Segment s : message.segments()) {
      List<Loss> inSegment = new ArrayList<>();
      boolean anyConsumed = false;
      boolean anyLeaf = false;
      int from = s.id().equals("MSH") ? 3 : 1;
      for (int f = from; f <= s.fieldCount(); f++) {
        int[] counts = new int[2];
        field(s, s.field(f), inSegment, counts);
        anyLeaf |= counts[0] > 0;
        anyConsumed |= counts[1] > 0;
      }
      if (anyLeaf && !anyConsumed && !s.id().equals("MSH")) {
        losses.add(new Loss(s.path().toString(), NO_PLACE));
      } else {
        losses.addAll(inSegment);
      }
    }
    return losses;
  }

  /** Counts leaves [total, consumed] of a field and adds the losses grouped. */
  private void field(V2Segment s, V2Field field, List<Loss> out, int[] counts) {
    List<Loss> inField = new ArrayList<>();
    int total = 0;
    int used = 0;
    int r = 0;
    for (V2Repetition rep : field.repetitions()) {
      r++;
      List<Loss> inRep = new ArrayList<>();
      int repTotal = 0;
      int repUsed = 0;
      int c = 0;
      for (V2Component comp : rep.components()) {
        c++;
        List<Loss> inComp = new ArrayList<>();
        int compTotal = 0;
        int compUsed = 0;
        int sc = 0;
        for (V2SubComponent sub : comp.subComponents()) {
          sc++;
          if (sub.isEmpty()) {
            continue;
          }
          compTotal++;
          if (consumed.contains(key(s, field.number(), r, c, sc))) {
            compUsed++;
          } else {
            inComp.add(new Loss(sub.path().toString(), NO_PLACE));
          }
        }
        if (compTotal > 0 && compUsed == 0) {
          inRep.add(new Loss(comp.path().toString(), NO_PLACE));
        } else {
          inRep.addAll(inComp);
        }
        repTotal += compTotal;
        repUsed += compUsed;
      }
      if (repTotal > 0 && repUsed == 0) {
        inField.add(new Loss(rep.path().toString(), NO_PLACE));
      } else {
        inField.addAll(inRep);
      }
      total += repTotal;
      used += repUsed;
    }
    if (total > 0 && used == 0) {
      out.add(new Loss(field.path().toString(), NO_PLACE));
    } else {
      out.addAll(inField);
    }
    counts[0] += total;
    counts[1] += used;
  }
}
