package dev.koine.hl7v2.internal;

/**
 * Allocation-free helpers that find the parts of a range of ER7 text split by one delimiter. No
 * regular expressions: each call is one pass over the characters of the range.
 */
public final class Splitter {
  private Splitter() {}

  /** Not found: returned by {@link #nth} when the range has fewer parts. */
  public static final long ABSENT = -1L;

  /** Number of parts of {@code [start, end)} split by {@code sep}; an empty range has none. */
  public static int count(String source, int start, int end, char sep) {
    if (start >= end) {
      return 0;
    }
    int parts = 1;
    for (int i = start; i < end; i++) {
      if (source.charAt(i) == sep) {
        parts++;
      }
    }
    return parts;
  }

  /**
   * The bounds of the {@code n}-th (1-based) part of {@code [start, end)} split by {@code sep},
   * packed as {@code (start << 32) | end}, or {@link #ABSENT}.
   */
  public static long nth(String source, int start, int end, char sep, int n) {
    if (start >= end || n < 1) {
      return ABSENT;
    }
    int partStart = start;
    int part = 1;
    int i = start;
    while (part < n) {
      while (i < end && source.charAt(i) != sep) {
        i++;
      }
      if (i >= end) {
        return ABSENT;
      }
      i++;
      partStart = i;
      part++;
    }
    int partEnd = partStart;
    while (partEnd < end && source.charAt(partEnd) != sep) {
      partEnd++;
    }
    return pack(partStart, partEnd);
  }

  /** Packs two offsets into one long. */
  public static long pack(int start, int end) {
    return ((long) start << 32) | (end & 0xFFFFFFFFL);
  }

  /** The start offset of a packed range. */
  public static int start(long packed) {
    return (int) (packed >>> 32);
  }

  /** The end offset of a packed range. */
  public static int end(long packed) {
    return (int) packed;
  }

  /**
   * The end of the first leaf of {@code [start, end)}: the first of the given delimiters, or {@code
   * end}. Pass {@code '\0'} for a delimiter that does not apply at this level.
   */
  public static int leafEnd(String source, int start, int end, char a, char b, char c) {
    for (int i = start; i < end; i++) {
      char ch = source.charAt(i);
      if (ch == a || ch == b || ch == c) {
        return i;
      }
    }
    return end;
  }

  /** Whether {@code [start, end)} is exactly the explicit null {@code ""}. */
  public static boolean isExplicitNull(String source, int start, int end) {
    return end - start == 2 && source.charAt(start) == '"' && source.charAt(start + 1) == '"';
  }
}
