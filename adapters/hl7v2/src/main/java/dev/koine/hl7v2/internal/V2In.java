package dev.koine.hl7v2.internal;

import dev.koine.core.codec.Loss;
import dev.koine.hl7v2.V2Delimiters;
import dev.koine.hl7v2.V2Element;
import dev.koine.hl7v2.V2Field;
import dev.koine.hl7v2.V2Message;
import dev.koine.hl7v2.V2Segment;
import dev.koine.hl7v2.V2SubComponent;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
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
  private Set<String> spellings = Set.of();
  private final List<V2Segment> segments;
  private final V2Delimiters delimiters;
  private final Charset charset;
  private final Positions consumed;
  private final Er7Scanner.Layout layout;

  /** Per segment index: its text and field bounds, made on the first read of the segment. */
  private final Fields[] fields;

  /** Marks a segment whose index did not agree with the tree: it is read through the tree. */
  private static final Fields TREE = new Fields("", new int[0], 0, 0, 0, false);

  /** Reads this message. */
  public V2In(V2Message message) {
    this(message, null);
  }

  /**
   * Reads this message, whose scan found {@code layout} (or null): its field boundaries are then
   * not searched again.
   */
  public V2In(V2Message message, Er7Scanner.Layout layout) {
    this.message = message;
    this.segments = message.segments();
    this.delimiters = message.delimiters();
    this.charset = message.charset();
    this.layout =
        layout != null && layout.segmentCount == message.segments().size() ? layout : null;
    // at most every leaf is consumed: sized once, the set never grows
    this.consumed = new Positions(message.leafCount());
    this.fields = new Fields[message.segments().size()];
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
    List<V2Segment> found = null;
    for (V2Segment s : segments) {
      if (s.id().equals(id)) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(s);
      }
    }
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }

  /** The first segment with this id. */
  public Optional<V2Segment> first(String id) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).id().equals(id)) {
        return Optional.of(segments.get(i));
      }
    }
    return Optional.empty();
  }

  /** The number of repetitions of a field. */
  public int reps(V2Segment s, int field) {
    Fields l = fields(s, field);
    if (l == null) {
      return s.field(field).repetitionCount();
    }
    int from = l.from(field);
    return Splitter.count(l.text, from, l.to(field), delimiters.repetition());
  }

  /** The number of components of repetition {@code r} of a field; 0 if it is empty or absent. */
  public int components(V2Segment s, int f, int r) {
    Fields l = fields(s, f);
    if (l == null) {
      return s.field(f).repetition(r).componentCount();
    }
    long range = l.range(f, r, 0, 0, delimiters);
    return range == Splitter.ABSENT
        ? 0
        : Splitter.count(
            l.text, Splitter.start(range), Splitter.end(range), delimiters.component());
  }

  /** The number of sub-components of component {@code c} of repetition {@code r} of a field. */
  public int subComponents(V2Segment s, int f, int r, int c) {
    Fields l = fields(s, f);
    if (l == null) {
      return s.field(f).repetition(r).component(c).subComponentCount();
    }
    long range = l.range(f, r, c, 0, delimiters);
    return range == Splitter.ABSENT
        ? 0
        : Splitter.count(
            l.text, Splitter.start(range), Splitter.end(range), delimiters.subComponent());
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
    String value = leaf(s, f, r, c, sc);
    if (value == null || value.isBlank()) {
      return null;
    }
    consumed.add(s.index(), f, r, c, sc);
    return value;
  }

  /**
   * The decoded value of one leaf without consuming it; null if it is absent, empty or the explicit
   * null. Read from the field index, or from the tree where there is none.
   */
  private String leaf(V2Segment s, int f, int r, int c, int sc) {
    Fields l = fields(s, f);
    if (l == null) {
      V2Field field = s.field(f);
      if (r > field.repetitionCount()) {
        return null;
      }
      V2SubComponent sub = field.repetition(r).component(c).subComponent(sc);
      return sub.isEmpty() || sub.isExplicitNull() ? null : sub.value();
    }
    long range = l.range(f, r, c, sc, delimiters);
    if (range == Splitter.ABSENT) {
      return null;
    }
    int start = Splitter.start(range);
    int end = Splitter.end(range);
    if (start == end || Splitter.isExplicitNull(l.text, start, end)) {
      return null;
    }
    return Escapes.unescape(
        l.text, start, end, delimiters, charset, firstEscape(l.text, start, end));
  }

  /*
   * Where the message text holds escape characters, found in long stretches instead of leaf by
   * leaf: [escapeFrom, escapeAt) holds none, and escapeAt is an escape character (or -1: none from
   * escapeFrom to the end of the text). Leaves are mostly read forwards, so most are answered from
   * the stretch; a read outside it searches on from its start with String.indexOf (vectorised).
   * Scanning every leaf for escapes character by character was 2-3 % of a v2 -> FHIR conversion
   * of the ITK ADT^A01.
   */
  private int escapeFrom = Integer.MAX_VALUE;
  private int escapeAt = -1;

  /** The first escape character in {@code text[start, end)}, or -1. */
  @SuppressWarnings("ReferenceEquality") // the stretch is of the message text itself, not a copy
  private int firstEscape(String text, int start, int end) {
    char e = delimiters.escape();
    if (text != message.encode()) {
      return Escapes.indexOf(text, e, start, end); // a segment's own text: no stretch kept
    }
    if (start < escapeFrom || (escapeAt >= 0 && escapeAt < start)) {
      escapeFrom = start;
      escapeAt = text.indexOf(e, start);
    }
    return escapeAt >= 0 && escapeAt < end ? escapeAt : -1;
  }

  /**
   * The decoded text of sub-component 1 of a component without consuming it; "" if empty (the
   * explicit null is returned as written).
   */
  public String peek(V2Segment s, int f, int r, int c) {
    Fields l = fields(s, f);
    if (l == null) {
      return s.field(f).repetition(r).component(c).subComponent(1).value();
    }
    long range = l.range(f, r, c, 1, delimiters);
    if (range == Splitter.ABSENT) {
      return "";
    }
    int start = Splitter.start(range);
    int end = Splitter.end(range);
    return Escapes.unescape(
        l.text, start, end, delimiters, charset, firstEscape(l.text, start, end));
  }

  /**
   * The text of field {@code f} as written, with every leaf of it consumed, when that text is
   * already its canonical ER7 form (what writing its leaves one by one with the default delimiters,
   * escaped, would give): the message has the default delimiters, and every leaf of the field is
   * non-empty printable ASCII with no escape character, space or quote (so none is blank or the
   * explicit null, and none needs escaping). Otherwise null, with nothing consumed: the caller
   * reads the field leaf by leaf. Reading, unescaping and re-escaping each leaf of the ITK ZU
   * fields was most of the verbatim carry of their segments.
   */
  public String plainField(V2Segment s, int f) {
    if (!V2Delimiters.DEFAULT.equals(delimiters)) {
      return null;
    }
    Fields l = fields(s, f);
    if (l == null) {
      return null;
    }
    int from = l.from(f);
    int to = l.to(f);
    if (from >= to) {
      return null;
    }
    String text = l.text;
    boolean afterDelimiter = true; // a leaf may not be empty, the first included
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '^' || ch == '~' || ch == '&') {
        if (afterDelimiter) {
          return null;
        }
        afterDelimiter = true;
      } else if (ch <= ' ' || ch >= 0x7f || ch == '\\' || ch == '"' || ch == '|') {
        return null;
      } else {
        afterDelimiter = false;
      }
    }
    if (afterDelimiter) {
      return null; // the last leaf is empty
    }
    int segment = s.index();
    int r = 1;
    int c = 1;
    int sc = 1;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '~') {
        consumed.add(segment, f, r, c, sc);
        r++;
        c = 1;
        sc = 1;
      } else if (ch == '^') {
        consumed.add(segment, f, r, c, sc);
        c++;
        sc = 1;
      } else if (ch == '&') {
        consumed.add(segment, f, r, c, sc);
        sc++;
      }
    }
    consumed.add(segment, f, r, c, sc);
    return text.substring(from, to);
  }

  /** Marks a leaf consumed without reading it (a value the mapping re-derives exactly). */
  public void consume(V2Segment s, int f, int r, int c, int sc) {
    Fields l = fields(s, f);
    boolean nonEmpty;
    if (l == null) {
      V2Field field = s.field(f);
      nonEmpty =
          r <= field.repetitionCount()
              && !field.repetition(r).component(c).subComponent(sc).isEmpty();
    } else {
      long range = l.range(f, r, c, sc, delimiters);
      nonEmpty = range != Splitter.ABSENT && Splitter.start(range) < Splitter.end(range);
    }
    if (nonEmpty) {
      // only non-empty leaves are counted, so that the count can tell when all were consumed
      consumed.add(s.index(), f, r, c, sc);
    }
  }

  /** Reads a leaf and consumes it only if it equals {@code expected}. */
  public boolean consumeIf(V2Segment s, int f, int r, int c, int sc, String expected) {
    String value = leaf(s, f, r, c, sc);
    boolean equal = value != null && value.equals(expected);
    if (equal) {
      consumed.add(s.index(), f, r, c, sc);
    }
    return equal;
  }

  /**
   * The field index of the segment of field {@code f}, made on first use; null when the tree must
   * be read instead: MSH-1 and MSH-2 (not split), or a segment not of this message.
   */
  private Fields fields(V2Segment s, int f) {
    int i = s.index();
    if (i >= fields.length || segments.get(i) != s) {
      return null;
    }
    Fields l = fields[i];
    if (l == null) {
      l = layout != null ? Fields.of(message.encode(), layout, i) : Fields.of(s);
      fields[i] = l == null ? TREE : l;
    }
    return l == null || l == TREE || (l.header && f <= 2) ? null : l;
  }

  /**
   * A segment's text and the offsets of its field separators, so that a leaf is found by scanning
   * its field only, allocating nothing. Reading through the tree ({@code
   * s.field(f).repetition(r).component(c).subComponent(sc)}) makes four element objects and splits
   * the field from its start again at each level, for every leaf read: on the ITK ADT^A01 that was
   * a third of the decode's time and of its allocation.
   */
  private static final class Fields {
    final String text;
    final int[] separators;
    final int first;
    final int separatorCount;
    final int end;
    final boolean header;

    /**
     * Where the component last found starts: the data types read a repetition's components in order
     * (.1, .2, .3 ...), and each is then found from the one before instead of from the field's
     * start.
     */
    private int cursorField;

    private int cursorRepetition;
    private int cursorComponent;
    private int cursorStart;

    private Fields(
        String text, int[] separators, int first, int separatorCount, int end, boolean header) {
      this.text = text;
      this.separators = separators;
      this.first = first;
      this.separatorCount = separatorCount;
      this.end = end;
      this.header = header;
    }

    /** Segment {@code i} of a message's text, as its scan found it. */
    static Fields of(String text, Er7Scanner.Layout layout, int i) {
      int first = layout.separatorFrom[i];
      return new Fields(
          text,
          layout.separators,
          first,
          layout.separatorFrom[i + 1] - first,
          layout.ends[i],
          Er7Scanner.isHeader(layout.ids[i]));
    }

    /**
     * The index of a segment from its own text, or null if it does not agree with the segment's
     * field count (then the tree is read). Its field separators are every field separator character
     * after the id, as the scanner found them: the encoding characters of a header (MSH-2) hold
     * none.
     */
    static Fields of(V2Segment s) {
      String text = s.raw();
      char fs = s.delimiters().field();
      int count = 0;
      for (int i = 3; i < text.length(); i++) {
        if (text.charAt(i) == fs) {
          count++;
        }
      }
      int[] separators = new int[count];
      int n = 0;
      for (int i = 3; i < text.length(); i++) {
        if (text.charAt(i) == fs) {
          separators[n++] = i;
        }
      }
      boolean header = Er7Scanner.isHeader(s.id());
      if (s.fieldCount() != (header ? count + 1 : count)) {
        return null;
      }
      return new Fields(text, separators, 0, count, text.length(), header);
    }

    /** The index of the separator before field {@code f} (from 1). */
    private int before(int f) {
      return header ? f - 2 : f - 1;
    }

    /** Where field {@code f} starts in {@link #text} (the segment's end if it is not written). */
    int from(int f) {
      int k = before(f);
      return k < separatorCount ? separators[first + k] + 1 : end;
    }

    /** Where field {@code f} ends in {@link #text}. */
    int to(int f) {
      int k = before(f) + 1;
      return k < separatorCount ? separators[first + k] : end;
    }

    /**
     * The bounds of repetition {@code r} of field {@code f}, of its component {@code c} if {@code c
     * > 0}, of that component's sub-component {@code sc} if {@code sc > 0}; packed as by {@link
     * Splitter#pack}, or {@link Splitter#ABSENT} if not written. The same splitting as the tree's.
     */
    long range(int f, int r, int c, int sc, V2Delimiters d) {
      char rs = d.repetition();
      char cs = d.component();
      char ss = d.subComponent();
      int to = to(f);
      int i;
      int known;
      if (c > 0 && f == cursorField && r == cursorRepetition && c >= cursorComponent) {
        i = cursorStart;
        known = cursorComponent;
      } else {
        i = from(f);
        for (int n = 1; n < r; n++) {
          int k = Splitter.leafEnd(text, i, to, rs, rs, rs);
          if (k == to) {
            return Splitter.ABSENT;
          }
          i = k + 1;
        }
        if (c == 0) {
          return Splitter.pack(i, Splitter.leafEnd(text, i, to, rs, rs, rs));
        }
        known = 1;
      }
      for (int n = known; n < c; n++) {
        int k = Splitter.leafEnd(text, i, to, cs, rs, rs);
        if (k == to || text.charAt(k) != cs) {
          return Splitter.ABSENT;
        }
        i = k + 1;
      }
      cursorField = f;
      cursorRepetition = r;
      cursorComponent = c;
      cursorStart = i;
      if (sc == 0) {
        return Splitter.pack(i, Splitter.leafEnd(text, i, to, cs, rs, rs));
      }
      for (int n = 1; n < sc; n++) {
        int k = Splitter.leafEnd(text, i, to, ss, cs, rs);
        if (k == to || text.charAt(k) != ss) {
          return Splitter.ABSENT;
        }
        i = k + 1;
      }
      return Splitter.pack(i, Splitter.leafEnd(text, i, to, ss, cs, rs));
    }
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
   * A set of positions (segment index, field, repetition, component, sub-component), each packed in
   * one long (20 bits for the segment, 11 for each other number): open addressing over a long
   * array, so that marking and looking up allocate nothing. A position with a number too large to
   * pack (only in a message read with raised {@link dev.koine.hl7v2.Limits}) is kept in a plain set
   * instead.
   */
  private static final class Positions {
    private static final int NUMBER_BITS = 11;
    private static final int NUMBER_LIMIT = 1 << NUMBER_BITS;
    private static final int SEGMENT_LIMIT = 1 << (64 - 4 * NUMBER_BITS);

    /** The packed positions; 0 is a free slot (a packed position is never 0: sc >= 1). */
    private long[] keys;

    private int size;
    private Set<List<Integer>> unpacked;

    /**
     * A set that holds {@code expected} positions without growing (up to a bound, so that a huge
     * message with few leaves read does not reserve for all; it grows past that).
     */
    Positions(int expected) {
      int capacity = 16;
      while (capacity < 2 * Math.min(expected, 1 << 12) + 2) {
        capacity *= 2;
      }
      keys = new long[capacity];
    }

    int size() {
      return size;
    }

    void add(int seg, int f, int r, int c, int sc) {
      long key = pack(seg, f, r, c, sc);
      if (key == 0) {
        if (unpacked == null) {
          unpacked = new HashSet<>();
        }
        if (unpacked.add(List.of(seg, f, r, c, sc))) {
          size++;
        }
        return;
      }
      int mask = keys.length - 1;
      int i = start(key, mask);
      while (keys[i] != 0) {
        if (keys[i] == key) {
          return;
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      size++;
      if (size * 2 > keys.length) {
        grow();
      }
    }

    boolean contains(int seg, int f, int r, int c, int sc) {
      if (size == 0) {
        return false;
      }
      long key = pack(seg, f, r, c, sc);
      if (key == 0) {
        return unpacked != null && unpacked.contains(List.of(seg, f, r, c, sc));
      }
      int mask = keys.length - 1;
      for (int i = start(key, mask); keys[i] != 0; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return true;
        }
      }
      return false;
    }

    /** The position in one long, or 0 if a number does not fit. */
    private static long pack(int seg, int f, int r, int c, int sc) {
      if (seg < 0
          || seg >= SEGMENT_LIMIT
          || f >= NUMBER_LIMIT
          || r >= NUMBER_LIMIT
          || c >= NUMBER_LIMIT
          || sc >= NUMBER_LIMIT
          || f < 1
          || r < 1
          || c < 1
          || sc < 1) {
        return 0;
      }
      return ((long) seg << (4 * NUMBER_BITS))
          | ((long) f << (3 * NUMBER_BITS))
          | ((long) r << (2 * NUMBER_BITS))
          | ((long) c << NUMBER_BITS)
          | sc;
    }

    private static int start(long key, int mask) {
      long h = key * 0x9E37_79B9_7F4A_7C15L;
      return (int) (h >>> 32) & mask;
    }

    private void grow() {
      long[] old = keys;
      keys = new long[old.length * 2];
      int mask = keys.length - 1;
      for (long key : old) {
        if (key != 0) {
          int i = start(key, mask);
          while (keys[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = key;
        }
      }
    }
  }
}
