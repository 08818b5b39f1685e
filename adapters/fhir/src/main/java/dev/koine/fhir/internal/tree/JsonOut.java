package dev.koine.fhir.internal.tree;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.koine.core.model.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The JSON the FHIR writer makes, as UTF-8 bytes straight into one growing array: byte for byte
 * what Jackson's {@code UTF8JsonGenerator} (default features) wrote before, compact or with {@link
 * FhirJsonWriter}'s two-space pretty printing. Jackson kept a context object per object and array,
 * checked each write against it, encoded into its own buffer and then copied that into the output
 * stream; on the ITK ADT^A01 to FHIR conversion that was about a tenth of the CPU time.
 *
 * <p>Strings are escaped as Jackson escapes them: {@code "} and {@code \} with a backslash, {@code
 * \b \t \n \f \r} short, other characters below U+0020 as {@code \}{@code u00XX} (upper-case hex),
 * every surrogate (paired or not) as its own {@code \}{@code uXXXX}, everything else as UTF-8
 * (names: see {@link #quoted}). One per thread, reused (see {@link #shrink}); not thread-safe.
 */
final class JsonOut {
  /** Jackson's default maximum nesting of objects and arrays in written JSON. */
  static final int MAX_NESTING = 1000;

  private static final int INITIAL = 16 * 1024;

  /** A buffer grown past this is not kept for the next document. */
  private static final int KEEP = 1 << 20;

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /** Per ASCII character: 0 written as is, 'u' escaped as a Unicode escape, else the short form. */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
  }

  private byte[] buf = new byte[INITIAL];
  private int count;
  private boolean pretty;

  /** Open objects and arrays. */
  private int depth;

  /** Whether the innermost open object or array has no entry yet. */
  private boolean first;

  /** Whether a member name was just written (its value needs no separator). */
  private boolean afterName;

  /** Starts a new document. */
  void reset(boolean indent) {
    this.pretty = indent;
    count = 0;
    depth = 0;
    first = true;
    afterName = false;
  }

  /**
   * A quoted member name, encoded once (for {@link #name}) by Jackson's string encoder, as its
   * generator encoded names: unlike a value, a surrogate pair is written as UTF-8 and a lone
   * surrogate is refused ({@link IllegalArgumentException}).
   */
  static byte[] quoted(String name) {
    byte[] inner = JsonStringEncoder.getInstance().quoteAsUTF8(name);
    byte[] out = new byte[inner.length + 2];
    out[0] = '"';
    System.arraycopy(inner, 0, out, 1, inner.length);
    out[out.length - 1] = '"';
    return out;
  }

  void startObject() {
    beforeValue();
    open((byte) '{');
  }

  void endObject() {
    close((byte) '}');
  }

  void startArray() {
    beforeValue();
    open((byte) '[');
  }

  void endArray() {
    close((byte) ']');
  }

  /** A member name from {@link #quoted}, then its separator. */
  void name(byte[] quoted) {
    ensure(quoted.length + 4 + (pretty ? 1 + 2 * depth : 0));
    byte[] b = buf;
    int k = count;
    if (!first) {
      b[k++] = ',';
    }
    first = false;
    if (pretty) {
      k = indent(b, k);
    }
    System.arraycopy(quoted, 0, b, k, quoted.length);
    k += quoted.length;
    b[k++] = ':';
    if (pretty) {
      b[k++] = ' ';
    }
    count = k;
    afterName = true;
  }

  void nullValue() {
    beforeValue();
    ascii("null");
  }

  void booleanValue(boolean value) {
    beforeValue();
    ascii(value ? "true" : "false");
  }

  /** A JSON number, written from its text (ASCII, already checked against the grammar). */
  void number(String text) {
    beforeValue();
    ascii(text);
  }

  void string(String s) {
    beforeValue();
    int n = s.length();
    ensure(n + 2);
    byte[] b = buf;
    int k = count;
    b[k++] = '"';
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || ESCAPES[c] != 0) {
        break;
      }
      b[k++] = (byte) c;
    }
    count = k;
    if (i < n) {
      escaped(s, i, n);
    }
    ensure(1);
    buf[count++] = '"';
  }

  /** {@code s[from, to)} from its first character that is not plain ASCII. */
  private void escaped(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      ensure(6);
      byte[] b = buf;
      int k = count;
      char c = s.charAt(i);
      if (c < 0x80) {
        byte e = ESCAPES[c];
        if (e == 0) {
          b[k++] = (byte) c;
        } else if (e == 'u') {
          k = unicodeEscape(b, k, c);
        } else {
          b[k++] = '\\';
          b[k++] = e;
        }
      } else if (c < 0x800) {
        b[k++] = (byte) (0xc0 | (c >> 6));
        b[k++] = (byte) (0x80 | (c & 0x3f));
      } else if (c >= 0xd800 && c <= 0xdfff) {
        k = unicodeEscape(b, k, c);
      } else {
        b[k++] = (byte) (0xe0 | (c >> 12));
        b[k++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[k++] = (byte) (0x80 | (c & 0x3f));
      }
      count = k;
    }
  }

  private static int unicodeEscape(byte[] b, int k, char c) {
    b[k++] = '\\';
    b[k++] = 'u';
    b[k++] = HEX[(c >> 12) & 0xf];
    b[k++] = HEX[(c >> 8) & 0xf];
    b[k++] = HEX[(c >> 4) & 0xf];
    b[k++] = HEX[c & 0xf];
    return k;
  }

  private void ascii(String s) {
    int n = s.length();
    ensure(n);
    byte[] b = buf;
    int k = count;
    for (int i = 0; i < n; i++) {
      b[k++] = (byte) s.charAt(i);
    }
    count = k;
  }

  /** The separator and indentation before a value (none after a member name or at the root). */
  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth == 0) {
      return;
    }
    ensure(2 + 2 * depth);
    int k = count;
    if (!first) {
      buf[k++] = ',';
    }
    first = false;
    if (pretty) {
      k = indent(buf, k);
    }
    count = k;
  }

  private void open(byte bracket) {
    if (depth >= MAX_NESTING) {
      throw new UncheckedIOException(
          new IOException(
              "Document nesting depth ("
                  + (depth + 1)
                  + ") exceeds the maximum allowed ("
                  + MAX_NESTING
                  + ")"));
    }
    ensure(1);
    buf[count++] = bracket;
    depth++;
    first = true;
  }

  private void close(byte bracket) {
    depth--;
    ensure(2 + 2 * depth);
    int k = count;
    if (pretty && !first) {
      k = indent(buf, k);
    }
    buf[k++] = bracket;
    count = k;
    first = false; // the closed object or array is an entry of the one around it
  }

  /** A line feed and two spaces per open level (room ensured by the caller). */
  private int indent(byte[] b, int k) {
    b[k++] = '\n';
    int end = k + 2 * depth;
    Arrays.fill(b, k, end, (byte) ' ');
    return end;
  }

  private void ensure(int more) {
    if (buf.length - count < more) {
      int size = Math.max(buf.length * 2, count + more);
      if (size < 0) {
        throw new OutOfMemoryError("JSON output too large");
      }
      buf = Arrays.copyOf(buf, size);
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, count);
  }

  Bytes toBytes() {
    return Bytes.of(buf, 0, count);
  }

  void writeTo(java.io.OutputStream out) throws IOException {
    out.write(buf, 0, count);
  }

  /** Drops a buffer grown past 1 MiB, so that one large document does not stay per thread. */
  void shrink() {
    if (buf.length > KEEP) {
      buf = new byte[INITIAL];
    }
  }
}
