package dev.koine.hl7v2.internal;

import dev.koine.core.codec.Loss;
import dev.koine.hl7v2.V2Delimiters;
import dev.koine.hl7v2.V2Element;
import dev.koine.hl7v2.V2Field;
import dev.koine.hl7v2.V2Message;
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
  private final Positions consumed = new Positions();
  private Set<String> spellings = Set.of();

  /** Reads this message. */
  public V2In(V2Message message) {
    this.message = message;
  }

  /** The message read. */
  public V2Message message() {
    return message;
  }

  /**
   * Marks an element the mapping typed but the encoder writes in another spelling (CE written as
   * CWE, a default coding-system name left out, SN {@code ^n} written as NM {@code n}): it is not
   * consumed, so that it is carried verbatim and written back as it was, but its meaning is in the
   * model, so a conversion to another format does not report it as lost.
   */
  public void spelling(V2Element e) {
    if (spellings.isEmpty()) {
      spellings = new HashSet<>();
    }
    spellings.add(e.path().toString());
  }

  /** Whether {@link #spelling} marked the element at this path. */
  public boolean isSpelling(V2Element e) {
    return !spellings.isEmpty() && spellings.contains(e.path().toString());
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
    consumed.add(s.index(), f, r, c, sc);
    return value;
  }

  /** The decoded text of a leaf without consuming it; "" if empty. */
  public static String peek(V2Segment s, int f, int r, int c) {
    return s.field(f).repetition(r).component(c).subComponent(1).value();
  }

  /** Marks a leaf consumed without reading it (a value the mapping re-derives exactly). */
  public void consume(V2Segment s, int f, int r, int c, int sc) {
    V2Field field = s.field(f);
    if (r <= field.repetitionCount()
        && !field.repetition(r).component(c).subComponent(sc).isEmpty()) {
      // only non-empty leaves are counted, so that the count can tell when all were consumed
      consumed.add(s.index(), f, r, c, sc);
    }
  }

  /** Reads a leaf and consumes it only if it equals {@code expected}. */
  public boolean consumeIf(V2Segment s, int f, int r, int c, int sc, String expected) {
    V2Field field = s.field(f);
    if (r > field.repetitionCount()) {
      return false;
    }
    V2SubComponent sub = field.repetition(r).component(c).subComponent(sc);
    if (!sub.isEmpty() && !sub.isExplicitNull() && sub.value().equals(expected)) {
      consumed.add(s.index(), f, r, c, sc);
      return true;
    }
    return false;
  }

  private boolean isConsumed(V2Segment s, int f, int r, int c, int sc) {
    return consumed.contains(s.index(), f, r, c, sc);
  }

  /**
   * The unconsumed leaves, each reported at the highest level of which nothing was consumed: a
   * whole segment (not MSH), field, repetition or component, else the sub-component. The fields'
   * text is scanned for the counts (the same splitting as the ER7 tree's, on the raw delimiters);
   * paths are built only for what is reported.
   */
  public List<Loss> losses() {
    List<Loss> losses = new ArrayList<>();
    unconsumed(
        new Sink() {
          @Override
          public void segment(V2Segment s) {
            losses.add(new Loss(s.path().toString(), NO_PLACE));
          }

          @Override
          public void element(V2Element e) {
            losses.add(new Loss(e.path().toString(), NO_PLACE));
          }
        });
    return losses;
  }

  /** Receives the unconsumed content, each at the highest level of which nothing was consumed. */
  public interface Sink {
    /** A whole segment (never MSH) of which no leaf was consumed. */
    void segment(V2Segment s);

    /** A field, repetition, component or sub-component of which no leaf was consumed. */
    void element(V2Element e);

    /** A segment (never MSH) with no leaf at all: structure only, nothing to lose. */
    default void emptySegment(V2Segment s) {}
  }

  /**
   * Walks the unconsumed leaves in message order, giving each to {@code sink} at the highest level
   * of which nothing was consumed, as {@link #losses()} reports them.
   */
  public void unconsumed(Sink sink) {
    if (allConsumed()) {
      return;
    }
    for (V2Segment s : message.segments()) {
      boolean msh = s.id().equals("MSH");
      int from = msh ? 3 : 1;
      int fieldCount = s.fieldCount();
      if (fieldCount < from) {
        if (!msh) {
          sink.emptySegment(s);
        }
        continue;
      }
      V2Field[] fields = new V2Field[fieldCount - from + 1];
      String[] raws = new String[fields.length];
      long[] counts = new long[fields.length];
      long total = 0;
      boolean anyConsumed = false;
      for (int f = from; f <= fieldCount; f++) {
        V2Field field = s.field(f);
        String raw = field.raw();
        long c = count(s, f, raw, 0, raw.length(), FIELD, 0, 0);
        fields[f - from] = field;
        raws[f - from] = raw;
        counts[f - from] = c;
        total += total(c);
        anyConsumed |= used(c) > 0;
      }
      if (!msh && total == 0) {
        sink.emptySegment(s);
        continue;
      }
      if (!msh && !anyConsumed) {
        sink.segment(s);
        continue;
      }
      for (int i = 0; i < fields.length; i++) {
        if (total(counts[i]) > 0) {
          emit(s, fields[i], raws[i], counts[i], sink);
        }
      }
    }
  }

  /**
   * Whether every leaf was consumed and no segment is empty: then there is nothing to walk. The
   * consumed set holds only non-empty leaves, each once, so comparing its size with the leaf count
   * (one scan of the text, no lookups) is exact.
   */
  private boolean allConsumed() {
    int leaves = 0;
    for (V2Segment s : message.segments()) {
      boolean msh = s.id().equals("MSH");
      // MSH-1 and MSH-2 are never consumed: the walk starts at MSH-3
      int n = msh ? s.leafCount() - 2 : s.leafCount();
      if (n == 0 && !msh) {
        return false;
      }
      leaves += n;
    }
    return leaves == consumed.size();
  }

  private static final int FIELD = 0;
  private static final int REPETITION = 1;
  private static final int COMPONENT = 2;

  // Leaf counts packed in a long: the total in the high half, the consumed in the low half.
  private static long total(long counts) {
    return counts >>> 32;
  }

  private static long used(long counts) {
    return counts & 0xFFFF_FFFFL;
  }

  private static char delimiter(V2Segment s, int level) {
    V2Delimiters d = s.delimiters();
    return level == FIELD ? d.repetition() : level == REPETITION ? d.component() : d.subComponent();
  }

  /**
   * The leaf counts of {@code raw[from, to)}, a field ({@code level} FIELD), repetition {@code r}
   * or component {@code c} of field {@code f}: one leaf per non-empty sub-component.
   */
  private long count(V2Segment s, int f, String raw, int from, int to, int level, int r, int c) {
    if (from == to) {
      return 0;
    }
    char delimiter = delimiter(s, level);
    long counts = 0;
    int n = 0;
    int partStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || raw.charAt(i) == delimiter) {
        n++;
        if (level == COMPONENT) {
          if (i > partStart) {
            counts += isConsumed(s, f, r, c, n) ? (1L << 32) + 1 : 1L << 32;
          }
        } else if (level == REPETITION) {
          counts += count(s, f, raw, partStart, i, COMPONENT, r, n);
        } else {
          counts += count(s, f, raw, partStart, i, REPETITION, n, 0);
        }
        partStart = i + 1;
      }
    }
    return counts;
  }

  /** Reports the losses of one field with leaves, given its counts. */
  private void emit(V2Segment s, V2Field field, String raw, long counts, Sink out) {
    if (used(counts) == 0) {
      out.element(field);
      return;
    }
    int f = field.number();
    char rs = delimiter(s, FIELD);
    char cs = delimiter(s, REPETITION);
    char ss = delimiter(s, COMPONENT);
    int r = 0;
    int repStart = 0;
    for (int i = 0; i <= raw.length(); i++) {
      if (i < raw.length() && raw.charAt(i) != rs) {
        continue;
      }
      r++;
      long repCounts = count(s, f, raw, repStart, i, REPETITION, r, 0);
      if (total(repCounts) > 0 && used(repCounts) == 0) {
        out.element(field.repetition(r));
      } else if (total(repCounts) > 0) {
        int c = 0;
        int compStart = repStart;
        for (int j = repStart; j <= i; j++) {
          if (j < i && raw.charAt(j) != cs) {
            continue;
          }
          c++;
          long compCounts = count(s, f, raw, compStart, j, COMPONENT, r, c);
          if (total(compCounts) > 0 && used(compCounts) == 0) {
            out.element(field.repetition(r).component(c));
          } else if (total(compCounts) > 0) {
            int sc = 0;
            int subStart = compStart;
            for (int k = compStart; k <= j; k++) {
              if (k < j && raw.charAt(k) != ss) {
                continue;
              }
              sc++;
              if (k > subStart && !isConsumed(s, f, r, c, sc)) {
                out.element(field.repetition(r).component(c).subComponent(sc));
              }
              subStart = k + 1;
            }
          }
          compStart = j + 1;
        }
      }
      repStart = i + 1;
    }
  }

  /**
   * A set of positions (segment index, field, repetition, component, sub-component): open
   * addressing over three longs per entry, so that marking and looking up allocate nothing.
   */
  private static final class Positions {
    private long[] keys = new long[3 * 64];
    private boolean[] used = new boolean[64];
    private int size;

    int size() {
      return size;
    }

    void add(int seg, int f, int r, int c, int sc) {
      long a = pack(seg, f);
      long b = pack(r, c);
      if (slot(a, b, sc) >= 0) {
        return;
      }
      if ((size + 1) * 2 > used.length) {
        grow();
      }
      insert(a, b, sc);
      size++;
    }

    boolean contains(int seg, int f, int r, int c, int sc) {
      return size > 0 && slot(pack(seg, f), pack(r, c), sc) >= 0;
    }

    private static long pack(int hi, int lo) {
      return ((long) hi << 32) | (lo & 0xFFFF_FFFFL);
    }

    private int start(long a, long b, long e) {
      long h = a * 0x9E37_79B9_7F4A_7C15L + b * 0xC2B2_AE3D_27D4_EB4FL + e;
      h ^= h >>> 29;
      return (int) (h & (used.length - 1));
    }

    /** The index of the entry, or -1. */
    private int slot(long a, long b, long e) {
      int mask = used.length - 1;
      for (int i = start(a, b, e); used[i]; i = (i + 1) & mask) {
        if (keys[3 * i] == a && keys[3 * i + 1] == b && keys[3 * i + 2] == e) {
          return i;
        }
      }
      return -1;
    }

    private void insert(long a, long b, long e) {
      int mask = used.length - 1;
      int i = start(a, b, e);
      while (used[i]) {
        i = (i + 1) & mask;
      }
      used[i] = true;
      keys[3 * i] = a;
      keys[3 * i + 1] = b;
      keys[3 * i + 2] = e;
    }

    private void grow() {
      long[] oldKeys = keys;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      used = new boolean[oldUsed.length * 2];
      for (int i = 0; i < oldUsed.length; i++) {
        if (oldUsed[i]) {
          insert(oldKeys[3 * i], oldKeys[3 * i + 1], oldKeys[3 * i + 2]);
        }
      }
    }
  }
}
