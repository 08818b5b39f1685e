package dev.koine.core.time;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.KoineParseException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A time of day that keeps its precision and offset: FHIR {@code time} ({@code
 * hh:mm:ss[.fraction]}, no offset) and HL7 v2 {@code TM} ({@code
 * HH[MM[SS[.S[S[S[S]]]]]][+/-ZZZZ]}). Immutable, value-based, thread-safe. The rules are those of
 * {@link PartialDateTime}: components finer than the precision are zero, the fraction is kept as
 * its digits (one to nine), second {@code 60} is accepted (FHIR's regular expression allows it),
 * and parse errors name the form, never the text.
 *
 * <p>FHIR {@code time} needs seconds and carries no offset, so {@link #isFhirRepresentable()} is
 * true only for {@link Precision#SECOND} or {@link Precision#FRACTION} without an offset; v2 allows
 * at most four fraction digits.
 *
 * @param precision {@link Precision#HOUR}, {@link Precision#MINUTE}, {@link Precision#SECOND} or
 *     {@link Precision#FRACTION}
 * @param hour the hour {@code 0..23}
 * @param minute the minute {@code 0..59} ({@code 0} if finer than the precision)
 * @param second the second {@code 0..60} ({@code 0} if finer than the precision)
 * @param fraction one to nine ASCII digits as given; {@code null} unless the precision is {@link
 *     Precision#FRACTION}
 * @param offset the offset from UTC (v2 only), or {@code null} if none was given
 * @param offsetNotation {@code null} if and only if {@code offset} is; {@link
 *     OffsetNotation#NUMERIC} or {@link OffsetNotation#NEGATIVE_ZERO}, never {@link
 *     OffsetNotation#Z} ({@code null} with an offset means {@link OffsetNotation#NUMERIC})
 */
public record PartialTime(
    Precision precision,
    int hour,
    int minute,
    int second,
    String fraction,
    ZoneOffset offset,
    OffsetNotation offsetNotation) {

  /** {@code HHMMSS.SSSS+ZZZZ}. */
  private static final int MAX_V2_LENGTH = 16;

  /** Validates every component against a date-time on an arbitrary valid day. */
  public PartialTime {
    Checks.notNull(precision, "precision");
    Checks.require(precision.compareTo(Precision.HOUR) >= 0, "a time's precision is HOUR or finer");
    if (offset != null && offsetNotation == null) {
      offsetNotation = OffsetNotation.NUMERIC;
    }
    Checks.require(offsetNotation != OffsetNotation.Z, "a time's offset is never written Z");
    // delegate the field rules to the date-time record, so that both agree by construction
    new PartialDateTime(
        precision, 2000, 1, 1, hour, minute, second, fraction, offset, offsetNotation);
  }

  /** A time of day at {@code precision} with no offset (FRACTION writes 3, 6 or 9 digits). */
  public static PartialTime of(LocalTime time, Precision precision) {
    Checks.notNull(time, "time");
    Checks.notNull(precision, "precision");
    return from(
        PartialDateTime.of(time.atDate(LocalDate.of(2000, 1, 1)), Precision.FRACTION)
            .withPrecision(precision));
  }

  private static PartialTime from(PartialDateTime v) {
    return new PartialTime(
        v.precision(),
        v.hour(),
        v.minute(),
        v.second(),
        v.fraction(),
        v.offset(),
        v.offsetNotation());
  }

  /**
   * Parses a FHIR {@code time}: {@code hh:mm:ss[.fraction]} (one to nine fraction digits).
   *
   * @throws dev.koine.core.issue.KoineParseException if the text is not of that form
   */
  public static PartialTime parseFhir(String text) {
    Objects.requireNonNull(text, "text");
    String form = DateTimeSyntax.FHIR_TIME;
    // reuse the date-time scanner on a fixed date; the lengths keep the date out of the text
    if (text.length() < 8 || text.length() > 18 || !onlyDigitsColonsAndPoint(text)) {
      throw DateTimeSyntax.fail(form, "wrong length or character");
    }
    PartialDateTime v;
    try {
      v = DateTimeSyntax.parseFhir("2000-01-01T" + text + "Z", DateTimeSyntax.FHIR_DATE_TIME);
    } catch (KoineParseException e) {
      throw DateTimeSyntax.fail(form, "hours, minutes and seconds out of range or malformed");
    }
    return from(v.withoutOffset());
  }

  private static boolean onlyDigitsColonsAndPoint(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!DateTimeSyntax.isDigit(c) && c != ':' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses an HL7 v2 {@code TM}: {@code HH[MM[SS[.S[S[S[S]]]]]][+/-ZZZZ]}.
   *
   * @throws dev.koine.core.issue.KoineParseException if the text is not of that form
   */
  public static PartialTime parseV2(String text) {
    Objects.requireNonNull(text, "text");
    String form = DateTimeSyntax.V2_TM;
    if (text.length() > MAX_V2_LENGTH) {
      throw DateTimeSyntax.fail(form, "wrong length");
    }
    int end = DateTimeSyntax.offsetStart(text, 0);
    if (end < 2 || end > 11 || end == 3 || end == 5 || end == 7) {
      throw DateTimeSyntax.fail(form, "wrong length");
    }
    PartialDateTime v;
    try {
      v = DateTimeSyntax.parseV2("20000101" + text);
    } catch (KoineParseException e) {
      throw DateTimeSyntax.fail(form, "out of range or malformed");
    }
    return from(v);
  }

  /** True if FHIR {@code time} can write this value: seconds given, no offset. */
  public boolean isFhirRepresentable() {
    return precision.compareTo(Precision.SECOND) >= 0 && offset == null;
  }

  /** True if HL7 v2 {@code TM} can write this value (at most four fraction digits). */
  public boolean isV2Representable() {
    return fraction == null || fraction.length() <= PartialDateTime.MAX_V2_FRACTION_DIGITS;
  }

  /**
   * The FHIR {@code time} text, exact.
   *
   * @throws IllegalStateException if {@link #isFhirRepresentable()} is false
   */
  public String toFhir() {
    if (!isFhirRepresentable()) {
      throw new IllegalStateException(
          "not representable in FHIR: a FHIR time needs seconds and has no offset");
    }
    StringBuilder out = new StringBuilder();
    DateTimeSyntax.printFhirTime(out, hour, minute, second, fraction);
    return out.toString();
  }

  /**
   * The HL7 v2 {@code TM} text, exact.
   *
   * @throws IllegalStateException if the fraction has more than four digits
   */
  public String toV2() {
    if (!isV2Representable()) {
      throw new IllegalStateException(
          "not representable in HL7 v2: TM allows at most four fraction digits");
    }
    StringBuilder out = new StringBuilder();
    DateTimeSyntax.printV2Time(out, precision, hour, minute, second, fraction);
    if (offset != null) {
      DateTimeSyntax.printOffset(out, offset, offsetNotation, false);
    }
    return out.toString();
  }

  /** The local time; missing fields are zero and a leap second reads as second 59. */
  public LocalTime toLocalTime() {
    return LocalTime.of(hour, minute, Math.min(second, 59), asDateTime().nanos());
  }

  /**
   * The same time truncated to a coarser (or the same) precision, at least {@link Precision#HOUR}.
   */
  public PartialTime withPrecision(Precision coarser) {
    Checks.notNull(coarser, "precision");
    Checks.require(coarser.compareTo(Precision.HOUR) >= 0, "a time's precision is HOUR or finer");
    return from(asDateTime().withPrecision(coarser));
  }

  private PartialDateTime asDateTime() {
    return new PartialDateTime(
        precision, 2000, 1, 1, hour, minute, second, fraction, offset, offsetNotation);
  }

  /** Prints the precision only: a time may be a time of birth. */
  @Override
  public String toString() {
    return "PartialTime[precision=" + precision + "]";
  }
}
