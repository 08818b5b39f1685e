package dev.koine.hl7v2;

import dev.koine.core.internal.Checks;
import java.util.Locale;

/**
 * A path to a segment or an element of an ER7 message, in the usual HL7 notation:
 *
 * <pre>
 * PID            the first PID segment
 * OBX[4]         the fourth OBX segment
 * PID-3          field 3 of the first PID (all its repetitions)
 * PID-3[2]       the second repetition of PID-3
 * PID-3[2].1     component 1 of that repetition
 * PID-3.1.2      sub-component 2 of component 1 of the first repetition
 * OBX[4]-5       field 5 of the fourth OBX
 * MSH-9.2        the trigger event
 * </pre>
 *
 * <p>Grammar: {@code SEG ( '[' n ']' )? ( '-' n ( '[' n ']' )? ( '.' n ( '.' n )? )? )?} where
 * {@code SEG} is an upper-case letter and two upper-case letters or digits and each {@code n} a
 * positive decimal number without leading zeros. A number that is not given is 0 in the record
 * ("not specified"): a missing segment occurrence or repetition means the first for reading.
 *
 * <p>A value: immutable and thread-safe; {@link #toString()} prints the canonical text, which
 * {@link #parse(String)} reads back to an equal path.
 *
 * @param segmentId the segment id, such as {@code PID}
 * @param segmentOccurrence which occurrence of the segment, from 1; 0 if not specified
 * @param field the field number, from 1; 0 if the path addresses the segment
 * @param repetition the repetition, from 1; 0 if not specified
 * @param component the component, from 1; 0 if not specified
 * @param subComponent the sub-component, from 1; 0 if not specified
 */
public record V2Path(
    String segmentId,
    int segmentOccurrence,
    int field,
    int repetition,
    int component,
    int subComponent) {

  /**
   * Checks the path: a valid segment id, no negative number, and no lower level without the level
   * above it (a repetition or component needs a field, a sub-component needs a component).
   *
   * @throws IllegalArgumentException if a rule is broken
   */
  public V2Path {
    Checks.notNull(segmentId, "segmentId");
    Checks.require(isSegmentId(segmentId), "segment id must be 3 upper-case letters or digits");
    Checks.require(
        segmentOccurrence >= 0 && field >= 0 && repetition >= 0 && component >= 0,
        "path numbers must not be negative");
    Checks.require(subComponent >= 0, "path numbers must not be negative");
    Checks.require(
        field > 0 || (repetition == 0 && component == 0 && subComponent == 0),
        "a repetition or component needs a field number");
    Checks.require(component > 0 || subComponent == 0, "a sub-component needs a component");
  }

  /**
   * Reads a path.
   *
   * @throws IllegalArgumentException with the position and what was expected, if the text is not a
   *     path
   */
  public static V2Path parse(String text) {
    Checks.notNull(text, "path");
    return new Reader(text).read();
  }

  /** Whether this path addresses a whole segment (it has no field number). */
  public boolean isSegment() {
    return field == 0;
  }

  /** The canonical text of this path; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(16).append(segmentId);
    if (segmentOccurrence > 0) {
      sb.append('[').append(segmentOccurrence).append(']');
    }
    if (field > 0) {
      sb.append('-').append(field);
      if (repetition > 0) {
        sb.append('[').append(repetition).append(']');
      }
      if (component > 0) {
        sb.append('.').append(component);
        if (subComponent > 0) {
          sb.append('.').append(subComponent);
        }
      }
    }
    return sb.toString();
  }

  static boolean isSegmentId(String id) {
    if (id.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = id.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z';
      boolean digit = c >= '0' && c <= '9';
      if (!(letter || (i > 0 && digit))) {
        return false;
      }
    }
    return true;
  }

  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    V2Path read() {
      if (text.length() < 3 || !isSegmentId(text.substring(0, 3))) {
        throw error(
            "expected a segment id of an upper-case letter and two upper-case letters or"
                + " digits");
      }
      String id = text.substring(0, 3);
      pos = 3;
      int occurrence = bracketed();
      int field = 0;
      int repetition = 0;
      int component = 0;
      int subComponent = 0;
      if (pos < text.length()) {
        expect('-', "'-' and a field number, or '[' and a segment occurrence");
        field = number("a field number");
        repetition = bracketed();
        if (pos < text.length()) {
          expect('.', "'.' and a component number, or '[' and a repetition");
          component = number("a component number");
          if (pos < text.length()) {
            expect('.', "'.' and a sub-component number");
            subComponent = number("a sub-component number");
          }
        }
      }
      if (pos < text.length()) {
        throw error("expected the end of the path");
      }
      return new V2Path(id, occurrence, field, repetition, component, subComponent);
    }

    private int bracketed() {
      if (pos < text.length() && text.charAt(pos) == '[') {
        pos++;
        int n = number("a number inside [ ]");
        expect(']', "']'");
        return n;
      }
      return 0;
    }

    private void expect(char c, String what) {
      if (pos >= text.length() || text.charAt(pos) != c) {
        throw error("expected " + what);
      }
      pos++;
    }

    private int number(String what) {
      int begin = pos;
      long n = 0;
      while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        n = n * 10 + (text.charAt(pos) - '0');
        if (n > Integer.MAX_VALUE) {
          throw error("expected " + what + " no larger than " + Integer.MAX_VALUE);
        }
        pos++;
      }
      if (pos == begin || text.charAt(begin) == '0') {
        pos = begin;
        throw error("expected " + what + " (a positive number without leading zeros)");
      }
      return (int) n;
    }

    private IllegalArgumentException error(String reason) {
      return new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "invalid HL7 v2 path \"%s\" at character %d: %s",
              text,
              pos + 1,
              reason));
    }
  }
}
