package dev.koine.hl7v2;

import dev.koine.core.internal.Checks;
import dev.koine.hl7v2.internal.Escapes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The delimiters of an ER7 message: the field separator (MSH-1) and the encoding characters (MSH-2)
 * — component, repetition, escape, sub-component and, from HL7 v2.7, the optional truncation
 * character. HL7 v2.5.1 chapter 2.5.4 ("Message delimiters").
 *
 * <p>A value: immutable, thread-safe, compared by its two components.
 *
 * @param field the field separator, MSH-1 (usually {@code |})
 * @param encodingCharacters MSH-2 exactly as written: 4 characters (component, repetition, escape,
 *     sub-component; usually {@code ^~\&}) or 5 (plus the truncation character, usually {@code #})
 */
public record V2Delimiters(char field, String encodingCharacters) {

  /** The usual delimiters {@code |^~\&}. */
  public static final V2Delimiters DEFAULT = new V2Delimiters('|', "^~\\&");

  /**
   * Checks the delimiters: 4 or 5 encoding characters, all distinct and different from the field
   * separator, none a letter, digit, white space or control character.
   *
   * @throws IllegalArgumentException if the rules above are broken
   */
  public V2Delimiters {
    Checks.notNull(encodingCharacters, "encodingCharacters");
    Checks.require(
        encodingCharacters.length() == 4 || encodingCharacters.length() == 5,
        "encodingCharacters must have 4 or 5 characters, not %d",
        encodingCharacters.length());
    Checks.require(isDelimiterChar(field), "field separator must be a punctuation character");
    for (int i = 0; i < encodingCharacters.length(); i++) {
      char c = encodingCharacters.charAt(i);
      Checks.require(
          isDelimiterChar(c), "encoding character %d must be a punctuation character", i + 1);
      Checks.require(c != field, "encoding character %d repeats the field separator", i + 1);
      Checks.require(
          encodingCharacters.indexOf(c) == i, "encoding character %d is not distinct", i + 1);
    }
  }

  /**
   * Whether a character may serve as a delimiter: not a letter, digit, white space, control
   * character or byte order mark.
   */
  public static boolean isDelimiterChar(char c) {
    return c > ' ' && c != 0x7F && c != '\uFEFF' && !Character.isLetterOrDigit(c);
  }

  /** The component separator (MSH-2 position 1, usually {@code ^}). */
  public char component() {
    return encodingCharacters.charAt(0);
  }

  /** The repetition separator (MSH-2 position 2, usually {@code ~}). */
  public char repetition() {
    return encodingCharacters.charAt(1);
  }

  /** The escape character (MSH-2 position 3, usually {@code \}). */
  public char escape() {
    return encodingCharacters.charAt(2);
  }

  /** The sub-component separator (MSH-2 position 4, usually {@code &}). */
  public char subComponent() {
    return encodingCharacters.charAt(3);
  }

  /** The truncation character (MSH-2 position 5, HL7 v2.7+), if MSH-2 declares one. */
  public Optional<Character> truncation() {
    return encodingCharacters.length() == 5
        ? Optional.of(encodingCharacters.charAt(4))
        : Optional.empty();
  }

  /**
   * Escapes a value for ER7: each delimiter becomes its escape sequence ({@code \F\ \S\ \T\ \R\
   * \E\}, and {@code \P\} for the truncation character), CR, LF and other control characters except
   * TAB become {@code \Xhh\}. The result contains no delimiter and no line break. The inverse of
   * {@link #unescapeValue(String)}.
   */
  public String escapeValue(String value) {
    return Escapes.escape(Checks.notNull(value, "value"), this);
  }

  /**
   * Decodes the escape sequences of ER7 text (HL7 v2.5.1 chapter 2.7): {@code \F\ \S\ \T\ \R\ \E\}
   * (and {@code \P\} when a truncation character is declared) become the delimiter, {@code
   * \Xhh...\} becomes the characters of those bytes (ASCII bytes directly, other bytes in UTF-8);
   * formatting and character-set sequences ({@code \.br\ \H\ \N\ \Cxxyy\ \Mxxyyzz\ \Zxx\}), unknown
   * sequences and a lone escape character are kept as written.
   */
  public String unescapeValue(String raw) {
    return unescapeValue(raw, StandardCharsets.UTF_8);
  }

  /**
   * As {@link #unescapeValue(String)}, decoding non-ASCII {@code \Xhh...\} bytes in the given
   * character set (the message's).
   */
  public String unescapeValue(String raw, Charset charset) {
    Checks.notNull(raw, "raw");
    return Escapes.unescape(raw, 0, raw.length(), this, Checks.notNull(charset, "charset"));
  }

  /** The delimiters as they open an MSH segment after its id: {@code |^~\&}. */
  @Override
  public String toString() {
    return field + encodingCharacters;
  }
}
