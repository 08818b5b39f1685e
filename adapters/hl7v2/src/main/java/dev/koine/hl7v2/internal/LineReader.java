package dev.koine.hl7v2.internal;

import dev.koine.core.issue.LimitExceededException;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads physical lines from a {@link Reader}: each line with its own line break ({@code "\r\n"},
 * {@code "\r"}, {@code "\n"}, or none at the end), so that the lines joined give the input back.
 * Not thread-safe.
 */
public final class LineReader {
  private final Reader in;
  private final long maxLineChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private int lineNumber;

  /**
   * @param in the text
   * @param maxLineChars the longest line allowed ({@code Limits.maxMessageBytes})
   */
  public LineReader(Reader in, long maxLineChars) {
    this.in = in;
    this.maxLineChars = maxLineChars;
  }

  /** The number of lines read so far. */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * The next line with its line break, or null at the end of the text.
   *
   * @throws LimitExceededException if a line is longer than the limit
   */
  public String next() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (position == limit && !fill()) {
        if (line == null) {
          return null;
        }
        lineNumber++;
        return line.toString();
      }
      if (line == null) {
        line = new StringBuilder(128);
      }
      char c = buffer[position++];
      line.append(c);
      if (c == '\n') {
        lineNumber++;
        return line.toString();
      }
      if (c == '\r') {
        if ((position < limit || fill()) && buffer[position] == '\n') {
          line.append('\n');
          position++;
        }
        lineNumber++;
        return line.toString();
      }
      if (line.length() > maxLineChars) {
        throw new LimitExceededException(
            "line " + (lineNumber + 1), "Limits.maxMessageBytes", maxLineChars, line.length());
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  /** Whether a line holds nothing but spaces, tabs and line breaks. */
  public static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  /** Whether a line ends with a line break. */
  public static boolean hasLineBreak(CharSequence line) {
    return !line.isEmpty() && Er7Scanner.isLineBreak(line.charAt(line.length() - 1));
  }
}
