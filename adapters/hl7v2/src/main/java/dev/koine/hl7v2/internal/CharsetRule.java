package dev.koine.hl7v2.internal;

import dev.koine.core.issue.KoineParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decides how ER7 bytes become text, in this order:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16BE or UTF-16LE) decides, and the mark is kept as U+FEFF so
 *       that the bytes re-encode exactly;
 *   <li>otherwise MSH-18 (character set, HL7 table 0211) of the first MSH segment, when it names a
 *       set this JVM supports ({@code ASCII}, {@code 8859/1}..{@code 8859/9}, {@code 8859/15},
 *       {@code UNICODE UTF-8}, {@code ISO IR6}, {@code ISO IR100}, {@code ISO IR192}, {@code GB
 *       18030-2000}, {@code KS X 1001}, {@code BIG-5}); bytes that are not valid in it are an
 *       error;
 *   <li>otherwise UTF-8 if the bytes are valid UTF-8 (this includes plain ASCII), else ISO-8859-1,
 *       which maps every byte to one character and so always re-encodes exactly.
 * </ol>
 */
public final class CharsetRule {
  private CharsetRule() {}

  private static final Map<String, String> TABLE_0211 =
      Map.ofEntries(
          Map.entry("ASCII", "US-ASCII"),
          Map.entry("ISO IR6", "US-ASCII"),
          Map.entry("8859/1", "ISO-8859-1"),
          Map.entry("ISO IR100", "ISO-8859-1"),
          Map.entry("8859/2", "ISO-8859-2"),
          Map.entry("8859/3", "ISO-8859-3"),
          Map.entry("8859/4", "ISO-8859-4"),
          Map.entry("8859/5", "ISO-8859-5"),
          Map.entry("8859/6", "ISO-8859-6"),
          Map.entry("8859/7", "ISO-8859-7"),
          Map.entry("8859/8", "ISO-8859-8"),
          Map.entry("8859/9", "ISO-8859-9"),
          Map.entry("8859/15", "ISO-8859-15"),
          Map.entry("UNICODE UTF-8", "UTF-8"),
          Map.entry("UNICODE", "UTF-8"),
          Map.entry("ISO IR192", "UTF-8"),
          Map.entry("GB 18030-2000", "GB18030"),
          Map.entry("KS X 1001", "EUC-KR"),
          Map.entry("BIG-5", "Big5"));

  /** Bytes decoded by the rule, with the charset that decoded them. */
  public static final class Decoded {
    /** The text, starting with U+FEFF if the bytes started with a byte order mark. */
    public final String text;

    /** The charset; encoding {@link #text} with it gives the bytes back. */
    public final Charset charset;

    Decoded(String text, Charset charset) {
      this.text = text;
      this.charset = charset;
    }
  }

  /** Decodes bytes by the rule above. */
  public static Decoded decode(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return strict(bytes, StandardCharsets.UTF_8, "byte order mark");
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, StandardCharsets.UTF_16BE, "byte order mark");
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, StandardCharsets.UTF_16LE, "byte order mark");
    }
    Charset declared = declared(bytes);
    if (declared != null) {
      return strict(bytes, declared, "MSH-18");
    }
    if (isAscii(bytes)) {
      // ASCII is valid UTF-8 and decodes to the same characters: a copy instead of a decoder and
      // its char buffer
      return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
    try {
      return new Decoded(decodeStrict(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(
          new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** Decodes bytes in a given charset; malformed bytes are a parse error with their offset. */
  public static Decoded decode(byte[] bytes, Charset charset) {
    return strict(bytes, charset, "the given character set");
  }

  /** The charset MSH-18 names in the text, or null; for text that did not come from bytes. */
  public static Charset declared(String text) {
    int lineStart = 0;
    int n = Math.min(text.length(), 65_536);
    while (lineStart < n) {
      int lineEnd = lineStart;
      while (lineEnd < text.length()
          && text.charAt(lineEnd) != '\r'
          && text.charAt(lineEnd) != '\n') {
        lineEnd++;
      }
      if (text.startsWith("MSH", lineStart) && lineEnd - lineStart > 8) {
        byte[] line = text.substring(lineStart, lineEnd).getBytes(StandardCharsets.ISO_8859_1);
        return msh18(line, 0, line.length);
      }
      lineStart = lineEnd + 1;
    }
    return null;
  }

  private static Decoded strict(byte[] bytes, Charset charset, String why) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, bytes.length * 1L + 16));
    var result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError() || result.isOverflow()) {
      throw new KoineParseException(
          "byte " + in.position(),
          "the bytes are not valid " + charset.name() + " (chosen by " + why + ")");
    }
    out.flip();
    return new Decoded(out.toString(), charset);
  }

  private static String decodeStrict(byte[] bytes, Charset charset)
      throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /**
   * The charset named by MSH-18 of the first line that starts with {@code MSH}, read as ASCII, or
   * null if there is none or it is not recognised.
   */
  private static Charset declared(byte[] bytes) {
    int n = bytes.length;
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = lineStart;
      while (lineEnd < n && bytes[lineEnd] != '\r' && bytes[lineEnd] != '\n') {
        lineEnd++;
      }
      if (lineEnd - lineStart > 8
          && bytes[lineStart] == 'M'
          && bytes[lineStart + 1] == 'S'
          && bytes[lineStart + 2] == 'H') {
        return msh18(bytes, lineStart, lineEnd);
      }
      lineStart = lineEnd + 1;
      if (lineStart > 65_536) {
        return null;
      }
    }
    return null;
  }

  private static Charset msh18(byte[] bytes, int start, int end) {
    byte fs = bytes[start + 3];
    byte component = bytes[start + 4];
    byte repetition = bytes[start + 5];
    // field k (0-based split index) is MSH-(k+1); MSH-18 is split index 17
    int index = 0;
    int fieldStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || bytes[i] == fs) {
        if (index == 17) {
          int valueEnd = fieldStart;
          while (valueEnd < i && bytes[valueEnd] != component && bytes[valueEnd] != repetition) {
            valueEnd++;
          }
          String name =
              new String(bytes, fieldStart, valueEnd - fieldStart, StandardCharsets.ISO_8859_1)
                  .trim()
                  .toUpperCase(Locale.ROOT);
          String javaName = TABLE_0211.get(name);
          if (javaName == null || !Charset.isSupported(javaName)) {
            return null;
          }
          return Charset.forName(javaName);
        }
        index++;
        fieldStart = i + 1;
      }
    }
    return null;
  }
}
