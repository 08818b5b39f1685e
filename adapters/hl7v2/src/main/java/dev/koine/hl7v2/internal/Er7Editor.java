package dev.koine.hl7v2.internal;

/**
 * Replaces one element inside the text of one segment, padding with delimiters where the element
 * does not exist yet, and leaving every other character as it was.
 */
public final class Er7Editor {
  private Er7Editor() {}

  /**
   * Replaces an element of a segment.
   *
   * @param segment the segment's text (no terminator)
   * @param separators the delimiters from the top level down: field, repetition, component,
   *     sub-component
   * @param indexes 1-based part numbers for each level; 0 from some level on means "replace the
   *     whole element at the level above". Index 0 is the part number in the segment split by the
   *     field separator (the segment id is part 1).
   * @param replacement the new raw text of the element
   */
  public static String replace(
      String segment, char[] separators, int[] indexes, String replacement) {
    return replaceAt(segment, 0, separators, indexes, replacement);
  }

  private static String replaceAt(
      String text, int level, char[] separators, int[] indexes, String replacement) {
    if (level == indexes.length || indexes[level] == 0) {
      return replacement;
    }
    char sep = separators[level];
    int want = indexes[level];
    int partStart = 0;
    int part = 1;
    while (part < want) {
      int next = text.indexOf(sep, partStart);
      if (next < 0) {
        break;
      }
      partStart = next + 1;
      part++;
    }
    if (part < want) {
      StringBuilder padded = new StringBuilder(text.length() + want - part + 1).append(text);
      while (part < want) {
        padded.append(sep);
        part++;
      }
      text = padded.toString();
      partStart = text.length();
    }
    int partEnd = text.indexOf(sep, partStart);
    if (partEnd < 0) {
      partEnd = text.length();
    }
    String inner =
        replaceAt(text.substring(partStart, partEnd), level + 1, separators, indexes, replacement);
    return new StringBuilder(text.length() - (partEnd - partStart) + inner.length())
        .append(text, 0, partStart)
        .append(inner)
        .append(text, partEnd, text.length())
        .toString();
  }
}
