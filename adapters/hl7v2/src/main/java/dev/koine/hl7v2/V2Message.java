package dev.koine.hl7v2;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import dev.koine.hl7v2.internal.CharsetRule;
import dev.koine.hl7v2.internal.Er7Editor;
import dev.koine.hl7v2.internal.Er7Scanner;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HL7 v2 message in ER7 (pipe-and-hat) encoding, kept as its exact text: an unchanged parsed
 * message {@linkplain #encode() re-encodes} byte for byte (delimiters, trailing delimiters, empty
 * versus {@code ""}, escape sequences, segment terminators, a byte order mark and trailing blank
 * lines included).
 *
 * <p>One codec for HL7 v2.3 to v2.8: there are no per-version classes; the structure comes from
 * MSH-9 ({@link #messageType()}, {@link #triggerEvent()}, {@link #structure()}). Read values by
 * {@linkplain V2Path path} ({@code get("PID-3[2].1")}) or walk the tree {@link #segments()} →
 * {@link V2Segment#fields()} → {@link V2Field#repetitions()} → {@link V2Repetition#components()} →
 * {@link V2Component#subComponents()}. Edits ({@link #with(String, String)}, {@link
 * #withSegmentAppended(String)}, ...) return a new message in which only the edited element
 * changed.
 *
 * <p>Immutable and thread-safe. Parsing is one pass over the characters (no regular expressions);
 * fields are located during that pass, lower levels are split when read. {@link #toString()} shows
 * the message type and segment count only, never content.
 */
public final class V2Message {

  /** The explicit null {@code ""}: in HL7 v2 it tells the receiver to delete the value. */
  public static final String EXPLICIT_NULL = "\"\"";

  private final String text;
  private final Charset charset;
  private final V2Delimiters delimiters;
  private final List<V2Segment> segments;

  private V2Message(String text, Charset charset, Er7Scanner.Layout layout) {
    this.text = text;
    this.charset = charset;
    this.delimiters = layout.delimiters;
    List<V2Segment> list = new ArrayList<>(layout.segmentCount);
    Map<String, int[]> occurrences = new HashMap<>();
    for (int i = 0; i < layout.segmentCount; i++) {
      String id = layout.ids[i];
      int[] seen = occurrences.computeIfAbsent(id, k -> new int[1]);
      seen[0]++;
      list.add(
          new V2Segment(
              text,
              delimiters,
              charset,
              id,
              i,
              seen[0],
              layout.starts[i],
              layout.starts[i],
              layout.ends[i],
              layout.terminatorEnds[i],
              layout.separators,
              layout.separatorFrom[i],
              layout.separatorFrom[i + 1],
              i == 0,
              layout.leafCounts[i]));
    }
    this.segments = Collections.unmodifiableList(list);
  }

  /**
   * Parses ER7 text with the {@linkplain Limits#defaults() default limits}.
   *
   * @throws KoineParseException if the text is not an ER7 message (located, without values)
   * @throws LimitExceededException if a default limit is passed
   */
  public static V2Message parse(String text) {
    return parse(text, Limits.defaults());
  }

  /**
   * Parses ER7 text. {@link #charset()} is then the set MSH-18 names, if recognised, else UTF-8.
   *
   * @throws KoineParseException if the text is not an ER7 message (located, without values)
   * @throws LimitExceededException if a limit is passed
   */
  public static V2Message parse(String text, Limits limits) {
    Checks.notNull(text, "text");
    Checks.notNull(limits, "limits");
    Charset declared = CharsetRule.declared(text);
    return parse(text, limits, declared == null ? StandardCharsets.UTF_8 : declared, "");
  }

  /**
   * Parses ER7 bytes with the default limits, choosing the character set by the rule of {@link
   * #parse(byte[], Limits)}.
   *
   * @throws KoineParseException if the bytes are not an ER7 message
   */
  public static V2Message parse(byte[] bytes) {
    return parse(bytes, Limits.defaults());
  }

  /**
   * Parses ER7 bytes. The character set is: the byte order mark's (UTF-8, UTF-16BE, UTF-16LE; the
   * mark is kept); else the one MSH-18 names (HL7 table 0211: {@code ASCII}, {@code 8859/1} to
   * {@code 8859/9}, {@code 8859/15}, {@code UNICODE UTF-8}, {@code ISO IR6/IR100/IR192}, {@code GB
   * 18030-2000}, {@code KS X 1001}, {@code BIG-5}), and bytes invalid in it are an error; else
   * UTF-8 if the bytes are valid UTF-8; else ISO-8859-1. {@link #encodeBytes()} gives the same
   * bytes back.
   *
   * @throws KoineParseException if the bytes are not an ER7 message
   * @throws LimitExceededException if a limit is passed
   */
  public static V2Message parse(byte[] bytes, Limits limits) {
    Checks.notNull(bytes, "bytes");
    Checks.notNull(limits, "limits");
    checkSize(bytes, limits);
    CharsetRule.Decoded decoded = CharsetRule.decode(bytes);
    return parse(decoded.text, limits, decoded.charset, "");
  }

  /**
   * Parses ER7 bytes in a given character set; bytes invalid in it are an error.
   *
   * @throws KoineParseException if the bytes are not an ER7 message
   * @throws LimitExceededException if a limit is passed
   */
  public static V2Message parse(byte[] bytes, Charset charset, Limits limits) {
    Checks.notNull(bytes, "bytes");
    Checks.notNull(charset, "charset");
    Checks.notNull(limits, "limits");
    checkSize(bytes, limits);
    CharsetRule.Decoded decoded = CharsetRule.decode(bytes, charset);
    return parse(decoded.text, limits, decoded.charset, "");
  }

  static V2Message parse(String text, Limits limits, Charset charset, String context) {
    Er7Scanner.Layout layout =
        Er7Scanner.scan(text, limits, Er7Scanner.Mode.MESSAGE, null, context);
    return new V2Message(text, charset, layout);
  }

  private static void checkSize(byte[] bytes, Limits limits) {
    if (bytes.length > limits.maxMessageBytes()) {
      throw new LimitExceededException(
          "message", "Limits.maxMessageBytes", limits.maxMessageBytes(), bytes.length);
    }
  }

  /**
   * The boundaries the scan of {@link #encode()} found, for the codec's reads ({@code V2In}):
   * gathered again from the segments (a few small arrays), so that a message does not keep the
   * scan's own.
   */
  Er7Scanner.Layout layout() {
    int n = segments.size();
    String[] ids = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int[] terminatorEnds = new int[n];
    int[] separatorFrom = new int[n + 1];
    int[] leafCounts = new int[n];
    for (int i = 0; i < n; i++) {
      V2Segment s = segments.get(i);
      ids[i] = s.id();
      starts[i] = s.start();
      ends[i] = s.end();
      terminatorEnds[i] = s.terminatorEnd();
      separatorFrom[i] = s.separatorFrom();
      separatorFrom[i + 1] = s.separatorTo();
      leafCounts[i] = s.leafCount();
    }
    return new Er7Scanner.Layout(
        delimiters,
        n,
        ids,
        starts,
        ends,
        terminatorEnds,
        separatorFrom,
        n == 0 ? new int[0] : segments.get(0).separators(),
        leafCounts);
  }

  /** The exact text of the message: for a parsed, unedited message, the input itself. */
  public String encode() {
    return text;
  }

  /** The text encoded in {@link #charset()}: for a message parsed from bytes, those bytes. */
  public byte[] encodeBytes() {
    return text.getBytes(charset);
  }

  /** The character set the message was decoded with (or, for text input, MSH-18's or UTF-8). */
  public Charset charset() {
    return charset;
  }

  /** The delimiters from MSH-1 and MSH-2. */
  public V2Delimiters delimiters() {
    return delimiters;
  }

  /** All segments in order; MSH first. */
  public List<V2Segment> segments() {
    return segments;
  }

  /** The segments with the given id, in order (empty if there are none). */
  public List<V2Segment> segments(String id) {
    Checks.notNull(id, "id");
    List<V2Segment> found = new ArrayList<>();
    for (V2Segment s : segments) {
      if (s.id().equals(id)) {
        found.add(s);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * The segment a segment path names: {@code "PID"} (the first) or {@code "OBX[4]"}.
   *
   * @throws IllegalArgumentException if the text is not a segment path
   */
  public Optional<V2Segment> segment(String selector) {
    V2Path path = V2Path.parse(selector);
    Checks.require(path.isSegment(), "\"%s\" is not a segment path such as OBX[2]", selector);
    return segmentFor(path);
  }

  private Optional<V2Segment> segmentFor(V2Path path) {
    int wanted = Math.max(1, path.segmentOccurrence());
    for (V2Segment s : segments) {
      if (s.id().equals(path.segmentId()) && s.occurrence() == wanted) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The element a path names, if its segment exists. Elements past the last one written are
   * returned empty. A path without a repetition but with a component reads the first repetition.
   *
   * @throws IllegalArgumentException if the text is not a path to a field or below
   */
  public Optional<V2Element> element(String path) {
    V2Path p = V2Path.parse(path);
    Checks.require(!p.isSegment(), "\"%s\" names a segment, not a field", path);
    return segmentFor(p).map(s -> resolve(s.field(p.field()), p));
  }

  private static V2Element resolve(V2Field field, V2Path p) {
    if (p.repetition() == 0 && p.component() == 0) {
      return field;
    }
    V2Repetition repetition = field.repetition(Math.max(1, p.repetition()));
    if (p.component() == 0) {
      return repetition;
    }
    V2Component component = repetition.component(p.component());
    if (p.subComponent() == 0) {
      return component;
    }
    return component.subComponent(p.subComponent());
  }

  /**
   * The decoded value at a path, or {@code ""} if the segment or element is absent or empty. A path
   * that stops above the sub-component reads the first repetition, component and sub-component
   * ({@code get("MSH-9")} is the message type); see {@link V2Element#value()}.
   *
   * @throws IllegalArgumentException if the text is not a path to a field or below
   */
  public String get(String path) {
    return element(path).map(V2Element::value).orElse("");
  }

  /**
   * The decoded value at a path, or empty if the segment or element is absent or empty.
   *
   * @throws IllegalArgumentException if the text is not a path to a field or below
   */
  public Optional<String> find(String path) {
    String value = get(path);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Every non-empty value a path matches when an unspecified segment occurrence or repetition means
   * "all": {@code getAll("PID-3.1")} gives the first component of each repetition of PID-3, {@code
   * getAll("OBX-5")} the value of every OBX-5 repetition of every OBX. In message order.
   *
   * @throws IllegalArgumentException if the text is not a path to a field or below
   */
  public List<String> getAll(String path) {
    V2Path p = V2Path.parse(path);
    Checks.require(!p.isSegment(), "\"%s\" names a segment, not a field", path);
    List<String> values = new ArrayList<>();
    for (V2Segment s : segments) {
      if (!s.id().equals(p.segmentId())
          || (p.segmentOccurrence() > 0 && s.occurrence() != p.segmentOccurrence())) {
        continue;
      }
      V2Field field = s.field(p.field());
      List<V2Repetition> repetitions =
          p.repetition() > 0 ? List.of(field.repetition(p.repetition())) : field.repetitions();
      for (V2Repetition r : repetitions) {
        V2Element e = r;
        if (p.component() > 0) {
          V2Component c = r.component(p.component());
          e = p.subComponent() > 0 ? c.subComponent(p.subComponent()) : c;
        }
        String value = e.value();
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
    }
    return Collections.unmodifiableList(values);
  }

  /** MSH-9.1, the message type ({@code ADT}); empty if not written. */
  public String messageType() {
    return get("MSH-9.1");
  }

  /** MSH-9.2, the trigger event ({@code A01}); empty if not written. */
  public String triggerEvent() {
    return get("MSH-9.2");
  }

  /** MSH-9.3, the message structure ({@code ADT_A01}); empty if not written (before v2.3.1). */
  public String structure() {
    return get("MSH-9.3");
  }

  /** MSH-10, the message control id; empty if not written. */
  public String controlId() {
    return get("MSH-10");
  }

  /** MSH-12.1, the version id ({@code 2.4}); empty if not written. */
  public String version() {
    return get("MSH-12.1");
  }

  /**
   * The number of non-empty sub-components of all fields of all segments (MSH-1 and MSH-2 count as
   * one each; segment ids do not count): the "leaves" of the message.
   */
  public int leafCount() {
    int count = 0;
    for (V2Segment s : segments) {
      count += s.leafCount();
    }
    return count;
  }

  // ---------------------------------------------------------------------------------- editing

  /**
   * A copy with the element at {@code path} replaced by {@code value}, escaped (delimiters, line
   * breaks and control characters become escape sequences). The element becomes exactly that one
   * value: {@code with("PID-3", x)} leaves one repetition, {@code with("PID-3[2]", x)} replaces the
   * second repetition only, {@code with("PID-5.2", x)} one component (of the first repetition).
   * Missing fields, repetitions and components are added with delimiters; every other character
   * stays as it was. Write the explicit null with {@code withRaw(path, EXPLICIT_NULL)}.
   *
   * @throws IllegalArgumentException if the path is not a field or below, names MSH-1 or MSH-2, or
   *     its segment does not exist
   */
  public V2Message with(String path, String value) {
    Checks.notNull(value, "value");
    return replace(path, delimiters.escapeValue(value), false);
  }

  /**
   * A copy with the element at {@code path} replaced by ER7 text written as-is: escape sequences
   * and the delimiters of the levels below the element are allowed (a field may hold repetitions, a
   * repetition components, a component sub-components); line breaks, control characters other than
   * TAB, the field separator and delimiters of the element's own level or above are not.
   *
   * @throws IllegalArgumentException if the text does not fit the element, or as for {@link
   *     #with(String, String)}
   */
  public V2Message withRaw(String path, String raw) {
    Checks.notNull(raw, "raw");
    return replace(path, raw, true);
  }

  private V2Message replace(String path, String raw, boolean check) {
    V2Path p = V2Path.parse(path);
    V2Segment s = editedSegment(p, path);
    String segmentText = edit(s, s.raw(), p, raw, check);
    return reparse(text.substring(0, s.start()) + segmentText + text.substring(s.end()));
  }

  /**
   * A copy with each edit of {@code rawByPath} applied in turn, exactly as a chain of {@link
   * #withRaw(String, String)} calls would apply them, but with the message read once at the end
   * instead of after every edit: putting back hundreds of elements (what an HL7 v2 encode does with
   * the content it carries verbatim) cost a read of the whole message per element. An edit cannot
   * add or remove a segment, so each one is made to the text of its segment.
   *
   * @param rawByPath the paths and their ER7 texts, in the order to apply them
   * @throws IllegalArgumentException as {@link #withRaw(String, String)}, for the first edit that
   *     does not fit (then none is applied)
   */
  public V2Message withRaw(List<Map.Entry<String, String>> rawByPath) {
    Checks.notNull(rawByPath, "rawByPath");
    if (rawByPath.isEmpty()) {
      return this;
    }
    Map<Integer, String> edited = new HashMap<>();
    for (Map.Entry<String, String> e : rawByPath) {
      String path = Checks.notNull(e.getKey(), "path");
      String raw = Checks.notNull(e.getValue(), "raw");
      V2Path p = V2Path.parse(path);
      V2Segment s = editedSegment(p, path);
      edited.put(s.index(), edit(s, edited.getOrDefault(s.index(), s.raw()), p, raw, true));
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    for (V2Segment s : segments) {
      String t = edited.get(s.index());
      if (t != null) {
        out.append(text, at, s.start()).append(t);
        at = s.end();
      }
    }
    return reparse(out.append(text, at, text.length()).toString());
  }

  /** The segment an edit at {@code p} changes (checked: a field or below, not MSH-1/MSH-2). */
  private V2Segment editedSegment(V2Path p, String path) {
    Checks.require(!p.isSegment(), "\"%s\" names a segment, not a field", path);
    V2Segment s =
        segmentFor(p)
            .orElseThrow(
                () -> new IllegalArgumentException("the message has no segment " + segmentOf(p)));
    Checks.require(
        !(s.isHeader() && p.field() <= 2),
        "%s-1 and %s-2 are the delimiters and cannot be edited",
        s.id(),
        s.id());
    return s;
  }

  /** The text of segment {@code s}, now {@code current}, with the element at {@code p} replaced. */
  private String edit(V2Segment s, String current, V2Path p, String raw, boolean check) {
    int repetition = p.repetition() == 0 && p.component() > 0 ? 1 : p.repetition();
    if (check) {
      int level = p.subComponent() > 0 ? 3 : p.component() > 0 ? 2 : repetition > 0 ? 1 : 0;
      checkRaw(raw, level);
    }
    int part = s.isHeader() ? p.field() : p.field() + 1;
    char[] separators = {
      delimiters.field(), delimiters.repetition(), delimiters.component(), delimiters.subComponent()
    };
    int[] indexes = {part, repetition, p.component(), p.subComponent()};
    return Er7Editor.replace(current, separators, indexes, raw);
  }

  private static String segmentOf(V2Path p) {
    return new V2Path(p.segmentId(), p.segmentOccurrence(), 0, 0, 0, 0).toString();
  }

  /** Level 0 field, 1 repetition, 2 component, 3 sub-component. */
  private void checkRaw(String raw, int level) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      Checks.require(
          c >= 0x20 || c == '\t', "raw text must not hold line breaks or control characters");
      Checks.require(c != delimiters.field(), "raw text must not hold the field separator");
      Checks.require(
          level < 1 || c != delimiters.repetition(),
          "raw text of a repetition or below must not hold the repetition separator");
      Checks.require(
          level < 2 || c != delimiters.component(),
          "raw text of a component or below must not hold the component separator");
      Checks.require(
          level < 3 || c != delimiters.subComponent(),
          "raw text of a sub-component must not hold the sub-component separator");
    }
  }

  /**
   * A copy with a segment added at the end. The new segment takes over the terminator the last
   * segment had (none, if the message had no final terminator); the previous last segment gets the
   * message's usual terminator (that of MSH).
   *
   * @param segment one segment in this message's delimiters, without terminator, such as {@code
   *     ZU1|1|x}; not MSH or a batch segment
   * @throws IllegalArgumentException if the text is not one such segment
   */
  public V2Message withSegmentAppended(String segment) {
    return withSegmentInserted(segments.size(), segment);
  }

  /**
   * A copy with a segment inserted before the segment at {@code index} (0-based; {@code
   * segments().size()} appends, see {@link #withSegmentAppended(String)}). It ends with the
   * message's usual terminator (that of MSH).
   *
   * @throws IllegalArgumentException if the index is 0 or out of range, or the text is not one
   *     segment as for {@link #withSegmentAppended(String)}
   */
  public V2Message withSegmentInserted(int index, String segment) {
    Checks.require(
        index >= 1 && index <= segments.size(),
        "a segment can be inserted at 1 to %d, not %d",
        segments.size(),
        index);
    checkSegment(segment);
    String usual = usualTerminator();
    if (index < segments.size()) {
      int at = segments.get(index).start();
      return reparse(text.substring(0, at) + segment + usual + text.substring(at));
    }
    V2Segment last = segments.get(segments.size() - 1);
    return reparse(text.substring(0, last.end()) + usual + segment + last.terminator());
  }

  /**
   * A copy without the segment at {@code index} (0-based; MSH cannot be removed). Removing the last
   * segment gives its terminator to the new last segment.
   *
   * @throws IllegalArgumentException if the index is 0 or out of range
   */
  public V2Message withoutSegment(int index) {
    Checks.require(
        index >= 1 && index < segments.size(),
        "segments 1 to %d can be removed, not %d",
        segments.size() - 1,
        index);
    V2Segment s = segments.get(index);
    if (index < segments.size() - 1) {
      return reparse(text.substring(0, s.start()) + text.substring(s.terminatorEnd()));
    }
    V2Segment previous = segments.get(index - 1);
    return reparse(text.substring(0, previous.end()) + s.terminator());
  }

  /**
   * A copy without the segment a segment path names ({@code "ZU1"} is the first, {@code "OBX[2]"}
   * the second OBX).
   *
   * @throws IllegalArgumentException if there is no such segment, or it is MSH
   */
  public V2Message withoutSegment(String selector) {
    V2Segment s =
        segment(selector)
            .orElseThrow(
                () -> new IllegalArgumentException("the message has no segment " + selector));
    return withoutSegment(s.index());
  }

  /**
   * A copy without any segment with this id (unchanged if there is none).
   *
   * @throws IllegalArgumentException if the id is MSH
   */
  public V2Message withoutSegments(String id) {
    Checks.require(!"MSH".equals(id), "MSH cannot be removed");
    V2Message result = this;
    List<V2Segment> found = segments(id);
    for (int i = found.size() - 1; i >= 0; i--) {
      result = result.withoutSegment(found.get(i).index());
    }
    return result;
  }

  private void checkSegment(String segment) {
    Checks.notNull(segment, "segment");
    String id = Er7Scanner.readId(segment, 0, delimiters.field());
    Checks.require(
        id != null,
        "a segment starts with an id of 3 upper-case letters or digits and the field separator");
    Checks.require(
        !Er7Scanner.isHeader(id) && !Er7Scanner.isBatchControl(id),
        "%s cannot be added to a message",
        id);
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      Checks.require(
          c >= 0x20 || c == '\t', "a segment must not hold line breaks or control characters");
    }
  }

  private String usualTerminator() {
    String first = segments.get(0).terminator();
    if (first.startsWith("\r\n")) {
      return "\r\n";
    }
    if (first.isEmpty()) {
      return "\r";
    }
    return first.substring(0, 1);
  }

  private V2Message reparse(String edited) {
    try {
      return parse(edited, Limits.none(), charset, "");
    } catch (KoineParseException e) {
      throw new IllegalArgumentException(
          "the edit would not give an ER7 message: " + e.getMessage(), e);
    }
  }

  /** Structure only, never content: {@code V2Message[ADT^A01, 7 segments]}. */
  @Override
  public String toString() {
    return "V2Message["
        + code(messageType())
        + "^"
        + code(triggerEvent())
        + ", "
        + segments.size()
        + " segments]";
  }

  private static String code(String value) {
    if (value.length() != 3) {
      return "?";
    }
    for (int i = 0; i < 3; i++) {
      char c = value.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return "?";
      }
    }
    return value;
  }
}
