package dev.koine.hl7v2.internal;

import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import dev.koine.hl7v2.Limits;
import dev.koine.hl7v2.V2Delimiters;
import java.util.Arrays;
import java.util.Locale;

/**
 * The single pass over ER7 text: finds the delimiters (MSH-1/MSH-2), the segment boundaries, the
 * segment terminators and the field separators, checks the {@link Limits} and rejects what is not
 * ER7. Repetitions, components and sub-components are only counted here; they are split lazily on
 * access. No regular expressions, no copy of the text.
 */
public final class Er7Scanner {
  private Er7Scanner() {}

  /** What the scanned text must be. */
  public enum Mode {
    /** One message: MSH first, no other header or trailer segment. */
    MESSAGE,
    /** One batch control segment (FHS, BHS, BTS or FTS) on its own. */
    CONTROL
  }

  /** The boundaries found by a scan; arrays are owned by the caller and must not be changed. */
  public static final class Layout {
    /** The delimiters. */
    public final V2Delimiters delimiters;

    /** Number of segments. */
    public final int segmentCount;

    /** Segment ids, one per segment. */
    public final String[] ids;

    /** Start offset of each segment (its id). */
    public final int[] starts;

    /** End offset of each segment's text (before its terminator). */
    public final int[] ends;

    /** End offset of each segment's terminator. */
    public final int[] terminatorEnds;

    /**
     * Index in {@link #separators} of each segment's first field separator; one extra at the end.
     */
    public final int[] separatorFrom;

    /** Offsets of the field separators of all segments, in order. */
    public final int[] separators;

    /**
     * The number of non-empty sub-components of each segment's fields (for a header, its fields 1
     * and 2 count as one each): its leaves, counted in the same pass.
     */
    public final int[] leafCounts;

    /** A layout of these boundaries (the scan's, or a message's segments' again). */
    public Layout(
        V2Delimiters delimiters,
        int segmentCount,
        String[] ids,
        int[] starts,
        int[] ends,
        int[] terminatorEnds,
        int[] separatorFrom,
        int[] separators,
        int[] leafCounts) {
      this.delimiters = delimiters;
      this.segmentCount = segmentCount;
      this.ids = ids;
      this.starts = starts;
      this.ends = ends;
      this.terminatorEnds = terminatorEnds;
      this.separatorFrom = separatorFrom;
      this.separators = separators;
      this.leafCounts = leafCounts;
    }
  }

  /** Whether the id is a segment that defines delimiters in its fields 1 and 2. */
  public static boolean isHeader(String id) {
    return "MSH".equals(id) || "FHS".equals(id) || "BHS".equals(id);
  }

  /** Whether the id is a batch control segment. */
  public static boolean isBatchControl(String id) {
    return "FHS".equals(id) || "BHS".equals(id) || "BTS".equals(id) || "FTS".equals(id);
  }

  /** Whether a character is white space that may lead or trail the segments (not a terminator). */
  static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** Whether a character ends a segment. */
  static boolean isLineBreak(char c) {
    return c == '\r' || c == '\n';
  }

  /** The offset where the first segment starts: after a leading byte order mark and blank lines. */
  public static int contentStart(String text) {
    int i = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    while (i < text.length() && (isBlank(text.charAt(i)) || isLineBreak(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  /**
   * The end of the terminator that starts at {@code p} (a CR or LF): the run of CR and LF, and any
   * following lines that hold only spaces and tabs, and trailing blanks at the end of the text.
   */
  public static int terminatorEnd(String text, int p) {
    int n = text.length();
    int q = p;
    while (q < n && isLineBreak(text.charAt(q))) {
      q++;
    }
    while (true) {
      int r = q;
      while (r < n && isBlank(text.charAt(r))) {
        r++;
      }
      if (r == n) {
        return n;
      }
      if (r > q && isLineBreak(text.charAt(r))) {
        q = r;
        while (q < n && isLineBreak(text.charAt(q))) {
          q++;
        }
        continue;
      }
      return q;
    }
  }

  /**
   * Reads the segment id at {@code pos}: three characters, an upper-case letter then upper-case
   * letters or digits, followed by the field separator, a line break or the end.
   *
   * @return the id, or {@code null} if there is none
   */
  public static String readId(String text, int pos, char fieldSeparator) {
    int n = text.length();
    if (pos + 3 > n) {
      return null;
    }
    char a = text.charAt(pos);
    char b = text.charAt(pos + 1);
    char c = text.charAt(pos + 2);
    if (!(a >= 'A' && a <= 'Z') || !isIdChar(b) || !isIdChar(c)) {
      return null;
    }
    if (pos + 3 < n) {
      char next = text.charAt(pos + 3);
      if (next != fieldSeparator && !isLineBreak(next)) {
        return null;
      }
    }
    return text.substring(pos, pos + 3);
  }

  private static boolean isIdChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Scans ER7 text.
   *
   * @param text the whole text, which may start with a byte order mark and blank lines
   * @param limits the limits to apply
   * @param mode what the text must hold
   * @param contextDelimiters delimiters for a trailer segment (BTS, FTS) that defines none; may be
   *     null otherwise
   * @param context an outer location for errors ({@code message 3}), or empty
   * @throws KoineParseException if the text is not ER7
   * @throws LimitExceededException if a limit is passed
   */
  public static Layout scan(
      String text, Limits limits, Mode mode, V2Delimiters contextDelimiters, String context) {
    int n = text.length();
    if (n > limits.maxMessageBytes()) {
      throw new LimitExceededException(
          Where.join(context, "message"), "Limits.maxMessageBytes", limits.maxMessageBytes(), n);
    }
    int pos = contentStart(text);
    if (pos >= n) {
      throw new KoineParseException(context, "empty input: no HL7 v2 segment");
    }
    V2Delimiters delimiters = firstDelimiters(text, pos, mode, contextDelimiters, context);
    final char fs = delimiters.field();
    final char rs = delimiters.repetition();
    final char cs = delimiters.component();
    final char ss = delimiters.subComponent();
    final int maxFields = limits.maxFieldsPerSegment();
    final int maxReps = limits.maxRepetitions();
    final int maxComps = limits.maxComponents();
    final int maxSubs = limits.maxSubComponents();

    int capacity = Math.max(8, Math.min(n / 32, 1 << 16));
    String[] ids = new String[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int[] termEnds = new int[capacity];
    int[] sepFrom = new int[capacity + 1];
    int[] leafCounts = new int[capacity];
    int[] seps = new int[Math.max(16, Math.min(n / 6, 1 << 20))];
    int sepCount = 0;
    int seg = 0;

    while (pos < n) {
      int number = seg + 1;
      if (number > limits.maxSegments()) {
        throw new LimitExceededException(
            Where.segment(context, number, null),
            "Limits.maxSegments",
            limits.maxSegments(),
            number);
      }
      String id = readId(text, pos, fs);
      if (id == null) {
        throw new KoineParseException(
            Where.segment(context, number, null),
            "expected a segment id (an upper-case letter and two upper-case letters or digits)"
                + " followed by the field separator");
      }
      checkPlacement(id, number, mode, context);
      if (seg == ids.length) {
        int grown = ids.length * 2;
        ids = Arrays.copyOf(ids, grown);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        termEnds = Arrays.copyOf(termEnds, grown);
        sepFrom = Arrays.copyOf(sepFrom, grown + 1);
        leafCounts = Arrays.copyOf(leafCounts, grown);
      }
      ids[seg] = id;
      starts[seg] = pos;
      sepFrom[seg] = sepCount;
      int p = pos + 3;
      int field = 0;
      int leaves = 0;
      // whether the current sub-component has a character: a leaf when the next delimiter ends it
      boolean leaf = false;
      if (isHeader(id)) {
        leaves = 2; // MSH-1 and MSH-2, one leaf each
        // MSH-1 is the field separator itself, MSH-2 the encoding characters: neither is split.
        if (sepCount == seps.length) {
          seps = Arrays.copyOf(seps, seps.length * 2);
        }
        seps[sepCount++] = p;
        p++;
        while (p < n) {
          char c = text.charAt(p);
          if (c == fs || isLineBreak(c)) {
            break;
          }
          p++;
        }
        field = 2;
      }
      int reps = 1;
      int comps = 1;
      int subs = 1;
      while (p < n) {
        char c = text.charAt(p);
        if (c == fs) {
          leaves += leaf ? 1 : 0;
          leaf = false;
          field++;
          if (field > maxFields) {
            throw new LimitExceededException(
                Where.segment(context, number, id), "Limits.maxFieldsPerSegment", maxFields, field);
          }
          if (sepCount == seps.length) {
            seps = Arrays.copyOf(seps, seps.length * 2);
          }
          seps[sepCount++] = p;
          reps = 1;
          comps = 1;
          subs = 1;
        } else if (c == rs) {
          leaves += leaf ? 1 : 0;
          leaf = false;
          if (++reps > maxReps) {
            throw new LimitExceededException(
                Where.field(context, number, id, field), "Limits.maxRepetitions", maxReps, reps);
          }
          comps = 1;
          subs = 1;
        } else if (c == cs) {
          leaves += leaf ? 1 : 0;
          leaf = false;
          if (++comps > maxComps) {
            throw new LimitExceededException(
                Where.field(context, number, id, field) + ", repetition " + reps,
                "Limits.maxComponents",
                maxComps,
                comps);
          }
          subs = 1;
        } else if (c == ss) {
          leaves += leaf ? 1 : 0;
          leaf = false;
          if (++subs > maxSubs) {
            throw new LimitExceededException(
                Where.field(context, number, id, field)
                    + ", repetition "
                    + reps
                    + ", component "
                    + comps,
                "Limits.maxSubComponents",
                maxSubs,
                subs);
          }
        } else if (c < 0x20) {
          if (isLineBreak(c)) {
            break;
          }
          leaf = true;
          if (c != '\t') {
            throw new KoineParseException(
                Where.field(context, number, id, field),
                String.format(
                    Locale.ROOT,
                    "control character U+%04X is not allowed in ER7 text (binary content?)",
                    (int) c));
          }
        } else {
          leaf = true;
        }
        p++;
      }
      leafCounts[seg] = leaf ? leaves + 1 : leaves;
      ends[seg] = p;
      if (p < n) {
        p = terminatorEnd(text, p);
      }
      termEnds[seg] = p;
      seg++;
      pos = p;
    }
    sepFrom[seg] = sepCount;
    return new Layout(delimiters, seg, ids, starts, ends, termEnds, sepFrom, seps, leafCounts);
  }

  private static void checkPlacement(String id, int number, Mode mode, String context) {
    if (number == 1) {
      return;
    }
    if (mode == Mode.CONTROL) {
      throw new KoineParseException(
          Where.segment(context, number, id), "a batch control segment stands on its own line");
    }
    if ("MSH".equals(id)) {
      throw new KoineParseException(
          Where.segment(context, number, id),
          "a second message header: the text holds several messages; read it with V2Batch");
    }
    if (isBatchControl(id)) {
      throw new KoineParseException(
          Where.segment(context, number, id),
          "a batch header or trailer inside a message; read batch files with V2Batch");
    }
  }

  private static V2Delimiters firstDelimiters(
      String text, int pos, Mode mode, V2Delimiters contextDelimiters, String context) {
    int n = text.length();
    String where1 = Where.segment(context, 1, null);
    boolean startsWithHeader =
        pos + 3 <= n
            && (text.startsWith("MSH", pos)
                || text.startsWith("FHS", pos)
                || text.startsWith("BHS", pos));
    if (mode == Mode.MESSAGE) {
      if (text.charAt(pos) == 0x0B) {
        throw new KoineParseException(
            where1,
            "input starts with an MLLP start block (0x0B): unwrap the frame first"
                + " (Mllp.unwrapIfFramed)");
      }
      if (!text.startsWith("MSH", pos)) {
        throw new KoineParseException(
            where1,
            startsWithHeader
                ? "input starts with a batch header (FHS or BHS): read it with V2Batch"
                : "not an HL7 v2 message: it does not start with an MSH segment");
      }
    } else if (!startsWithHeader) {
      if (contextDelimiters == null) {
        throw new KoineParseException(where1, "expected a batch header segment (FHS or BHS)");
      }
      return contextDelimiters;
    }
    String id = text.substring(pos, pos + 3);
    String where = Where.segment(context, 1, id);
    if (pos + 3 >= n) {
      throw new KoineParseException(
          where + ", field 1", "the segment ends before the field separator");
    }
    char fs = text.charAt(pos + 3);
    if (!V2Delimiters.isDelimiterChar(fs)) {
      throw new KoineParseException(
          where + ", field 1",
          "the field separator must be a punctuation character, not a letter, digit, space or"
              + " control character");
    }
    int encStart = pos + 4;
    int encEnd = encStart;
    while (encEnd < n) {
      char c = text.charAt(encEnd);
      if (c == fs || isLineBreak(c)) {
        break;
      }
      encEnd++;
    }
    int len = encEnd - encStart;
    if (len < 4 || len > 5) {
      throw new KoineParseException(
          where + ", field 2",
          "expected 4 or 5 encoding characters (component, repetition, escape, sub-component"
              + " and optional truncation), found "
              + len);
    }
    String enc = text.substring(encStart, encEnd);
    for (int i = 0; i < len; i++) {
      char c = enc.charAt(i);
      if (!V2Delimiters.isDelimiterChar(c) || c == fs || enc.indexOf(c) != i) {
        throw new KoineParseException(
            where + ", field 2",
            "encoding character "
                + (i + 1)
                + " must be a punctuation character distinct from the other delimiters");
      }
    }
    return new V2Delimiters(fs, enc);
  }
}
