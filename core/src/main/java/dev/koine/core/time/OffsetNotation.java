package dev.koine.core.time;

/**
 * How an offset from UTC was written, so that a value prints back exactly as it was received.
 *
 * <p>The three notations differ only in text, not in the instant they denote; {@code Z} and {@code
 * -00:00} exist only for the zero offset.
 *
 * <ul>
 *   <li>FHIR writes {@code Z}, {@code +hh:mm} or {@code -hh:mm} (XML Schema {@code dateTime}).
 *   <li>HL7 v2 writes {@code +ZZZZ} or {@code -ZZZZ} ({@code DTM}, v2.5 chapter 2A.22); it has no
 *       {@code Z}, so {@link #Z} prints as {@code +0000} in v2.
 * </ul>
 */
public enum OffsetNotation {
  /**
   * Signed hours and minutes ({@code +01:00}, {@code -05:00}, {@code +00:00}; v2 {@code +0100}).
   */
  NUMERIC,
  /** The UTC designator {@code Z} (FHIR only; v2 prints {@code +0000}). */
  Z,
  /**
   * A negative zero offset ({@code -00:00}; v2 {@code -0000}). RFC 3339 section 4.3 uses it for
   * "UTC, local offset unknown"; it is kept apart from {@code +00:00} so it prints back unchanged.
   */
  NEGATIVE_ZERO
}
