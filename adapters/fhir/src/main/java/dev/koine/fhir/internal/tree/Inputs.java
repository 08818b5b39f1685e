package dev.koine.fhir.internal.tree;

import dev.koine.core.issue.LimitExceededException;
import dev.koine.fhir.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Input helpers shared by the readers. */
final class Inputs {
  private Inputs() {}

  /** Reads the whole stream, refusing more than {@link Limits#maxBytes()}. */
  static byte[] readAll(InputStream in, Limits limits) {
    long max = Math.min(limits.maxBytes(), Integer.MAX_VALUE - 16L);
    try {
      byte[] bytes = in.readNBytes((int) max + 1);
      checkSize(bytes.length, limits);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input stream", e);
    }
  }

  /** Refuses an input larger than {@link Limits#maxBytes()}. */
  static void checkSize(long length, Limits limits) {
    if (length > limits.maxBytes()) {
      throw new LimitExceededException("", "Limits.maxBytes", limits.maxBytes(), length);
    }
  }

  /**
   * {@code "where (line L, column C)"}, or just the line and column when {@code where} is empty.
   */
  static String located(String where, long line, long column) {
    if (line <= 0) {
      return where;
    }
    String lc = String.format(Locale.ROOT, "line %d, column %d", line, column);
    return where.isEmpty() ? lc : where + " (" + lc + ")";
  }
}
