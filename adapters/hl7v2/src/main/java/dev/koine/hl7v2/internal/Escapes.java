package dev.koine.hl7v2.internal;

import dev.koine.hl7v2.V2Delimiters;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/** ER7 escape sequences (HL7 v2.5.1 chapter 2.7): one pass each way, no regular expressions. */
public final class Escapes {
  private Escapes() {}

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Whether {@code c} must be escaped in a value written with delimiters {@code d}. */
  private static boolean needsEscape(char c, V2Delimiters d, char truncation) {
    return c == d.field()
        || c == d.component()
        || c == d.repetition()
        || c == d.escape()
        || c == d.subComponent()
        || (truncation != 0 && c == truncation)
        || (c < 0x20 && c != '\t');
  }

  /** Escapes a value: see {@link V2Delimiters#escapeValue(String)}. */
  public static String escape(String value, V2Delimiters d) {
    char truncation = d.truncation().orElse('\0');
    int first = -1;
    for (int i = 0; i < value.length(); i++) {
      if (needsEscape(value.charAt(i), d, truncation)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return value;
    }
    char e = d.escape();
    StringBuilder sb = new StringBuilder(value.length() + 16);
    sb.append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!needsEscape(c, d, truncation)) {
        sb.append(c);
        continue;
      }
      sb.append(e);
      if (c == d.field()) {
        sb.append('F');
      } else if (c == d.component()) {
        sb.append('S');
      } else if (c == d.subComponent()) {
        sb.append('T');
      } else if (c == d.repetition()) {
        sb.append('R');
      } else if (c == e) {
        sb.append('E');
      } else if (truncation != 0 && c == truncation) {
        sb.append('P');
      } else {
        sb.append('X').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      }
      sb.append(e);
    }
    return sb.toString();
  }

  /** Decodes the escapes of {@code source[start, end)}: see {@link V2Delimiters#unescapeValue}. */
  public static String unescape(
      String source, int start, int end, V2Delimiters d, Charset charset) {
    return unescape(source, start, end, d, charset, indexOf(source, d.escape(), start, end));
  }

  /**
   * {@link #unescape(String, int, int, V2Delimiters, Charset)} where the caller found the first
   * escape character of {@code source[start, end)} already: {@code k}, or -1 when there is none.
   */
  public static String unescape(
      String source, int start, int end, V2Delimiters d, Charset charset, int k) {
    if (k < 0) {
      return source.substring(start, end);
    }
    char e = d.escape();
    StringBuilder sb = new StringBuilder(end - start);
    sb.append(source, start, k);
    int i = k;
    while (i < end) {
      char c = source.charAt(i);
      if (c != e) {
        sb.append(c);
        i++;
        continue;
      }
      int j = indexOf(source, e, i + 1, end);
      if (j < 0) {
        sb.append(source, i, end);
        break;
      }
      if (!decodeSequence(source, i + 1, j, d, charset, sb)) {
        sb.append(source, i, j + 1);
      }
      i = j + 1;
    }
    return sb.toString();
  }

  private static boolean decodeSequence(
      String source, int from, int to, V2Delimiters d, Charset charset, StringBuilder out) {
    int len = to - from;
    if (len == 1) {
      switch (source.charAt(from)) {
        case 'F':
          out.append(d.field());
          return true;
        case 'S':
          out.append(d.component());
          return true;
        case 'T':
          out.append(d.subComponent());
          return true;
        case 'R':
          out.append(d.repetition());
          return true;
        case 'E':
          out.append(d.escape());
          return true;
        case 'P':
          if (d.truncation().isPresent()) {
            out.append(d.truncation().get());
            return true;
          }
          return false;
        default:
          return false;
      }
    }
    if (len >= 3 && (len - 1) % 2 == 0 && source.charAt(from) == 'X') {
      return decodeHex(source, from + 1, to, charset, out);
    }
    return false;
  }

  private static boolean decodeHex(
      String source, int from, int to, Charset charset, StringBuilder out) {
    byte[] bytes = new byte[(to - from) / 2];
    boolean ascii = true;
    for (int i = 0; i < bytes.length; i++) {
      int hi = hexDigit(source.charAt(from + 2 * i));
      int lo = hexDigit(source.charAt(from + 2 * i + 1));
      if (hi < 0 || lo < 0) {
        return false;
      }
      bytes[i] = (byte) ((hi << 4) | lo);
      ascii &= bytes[i] >= 0;
    }
    if (ascii) {
      for (byte b : bytes) {
        out.append((char) b);
      }
      return true;
    }
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      out.append(chars);
      return true;
    } catch (CharacterCodingException | UnsupportedOperationException notText) {
      return false;
    }
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  /** The first {@code c} in {@code source[from, to)}, or -1. */
  static int indexOf(String source, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (source.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
