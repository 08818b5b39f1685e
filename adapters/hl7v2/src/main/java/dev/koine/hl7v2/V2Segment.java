package dev.koine.hl7v2;

import dev.koine.core.internal.Checks;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One segment of an ER7 message: its id and its fields, over the exact text of the message.
 *
 * <p>Fields are numbered from 1 as in HL7 ({@code PID-3} is {@code field(3)}). In MSH (and the
 * batch headers FHS and BHS) field 1 is the field separator itself and field 2 the encoding
 * characters; neither is split into repetitions or components and their {@link V2Field#value()} is
 * the text as written.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the id and the field count only, never
 * content.
 */
public final class V2Segment {
  private final String source;
  private final V2Delimiters delimiters;
  private final Charset charset;
  private final String id;
  private final int index;
  private final int occurrence;
  private final int wireStart;
  private final int start;
  private final int end;
  private final int terminatorEnd;
  private final int[] separators;
  private final int separatorFrom;
  private final int separatorTo;
  private final boolean header;

  /** {@link #leafCount()}, counted by the scan. */
  private final int leafCount;

  V2Segment(
      String source,
      V2Delimiters delimiters,
      Charset charset,
      String id,
      int index,
      int occurrence,
      int wireStart,
      int start,
      int end,
      int terminatorEnd,
      int[] separators,
      int separatorFrom,
      int separatorTo,
      boolean header,
      int leafCount) {
    this.source = source;
    this.delimiters = delimiters;
    this.charset = charset;
    this.id = id;
    this.index = index;
    this.occurrence = occurrence;
    this.wireStart = wireStart;
    this.start = start;
    this.end = end;
    this.terminatorEnd = terminatorEnd;
    this.separators = separators;
    this.separatorFrom = separatorFrom;
    this.separatorTo = separatorTo;
    this.header = header;
    this.leafCount = leafCount;
  }

  /** The segment id, such as {@code PID}. */
  public String id() {
    return id;
  }

  /** The 0-based position of this segment in its message (MSH is 0). */
  public int index() {
    return index;
  }

  /** Which occurrence of its id this segment is in the message, from 1 ({@code OBX[4]} is 4). */
  public int occurrence() {
    return occurrence;
  }

  /** The delimiters this segment is written with. */
  public V2Delimiters delimiters() {
    return delimiters;
  }

  /**
   * The number of fields written, trailing empty fields included: {@code PID|1||x||} has 4. For
   * MSH, MSH-1 and MSH-2 count.
   */
  public int fieldCount() {
    int separatorCount = separatorTo - separatorFrom;
    return header ? separatorCount + 1 : separatorCount;
  }

  /**
   * Field {@code n} (from 1). A field beyond {@link #fieldCount()} is returned empty, as ER7 allows
   * trailing empty fields to be left out.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public V2Field field(int n) {
    Checks.require(n >= 1, "field numbers start at 1, not %d", n);
    int count = fieldCount();
    if (n > count) {
      return new V2Field(this, n, end, end, false);
    }
    if (header) {
      int first = separators[separatorFrom];
      if (n == 1) {
        return new V2Field(this, 1, first, first + 1, true);
      }
      int from = separators[separatorFrom + n - 2] + 1;
      int to = n - 1 < count - 1 ? separators[separatorFrom + n - 1] : end;
      return new V2Field(this, n, from, to, n == 2);
    }
    int from = separators[separatorFrom + n - 1] + 1;
    int to = n < count ? separators[separatorFrom + n] : end;
    return new V2Field(this, n, from, to, false);
  }

  /** Fields 1 to {@link #fieldCount()}. */
  public List<V2Field> fields() {
    int count = fieldCount();
    List<V2Field> fields = new ArrayList<>(count);
    for (int n = 1; n <= count; n++) {
      fields.add(field(n));
    }
    return Collections.unmodifiableList(fields);
  }

  /** The segment's text exactly as written, without its terminator. */
  public String raw() {
    return source.substring(start, end);
  }

  /**
   * The line break(s) that end this segment as written: {@code "\r"}, {@code "\n"}, {@code "\r\n"},
   * more than one when blank lines follow, or empty for a last segment written without one.
   */
  public String terminator() {
    return source.substring(end, terminatorEnd);
  }

  /**
   * The exact wire text of this segment: its text and terminator, preceded by a byte order mark or
   * blank lines only for a batch control segment that opens its input.
   */
  public String encode() {
    return source.substring(wireStart, terminatorEnd);
  }

  /** The path of this segment: {@code PID} or, from the second occurrence, {@code OBX[2]}. */
  public V2Path path() {
    return new V2Path(id, occurrence > 1 ? occurrence : 0, 0, 0, 0, 0);
  }

  String source() {
    return source;
  }

  Charset charset() {
    return charset;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  int[] separators() {
    return separators;
  }

  int separatorFrom() {
    return separatorFrom;
  }

  int separatorTo() {
    return separatorTo;
  }

  int terminatorEnd() {
    return terminatorEnd;
  }

  boolean isHeader() {
    return header;
  }

  /**
   * The number of non-empty sub-components of this segment's fields (for MSH, MSH-1 and MSH-2 count
   * as one each; the segment id does not count): its "leaves".
   */
  public int leafCount() {
    return leafCount;
  }

  /** Structure only, never content: {@code V2Segment[PID, 30 fields]}. */
  @Override
  public String toString() {
    return "V2Segment[" + id + ", " + fieldCount() + " fields]";
  }
}
