package dev.koine.core.time;

import dev.koine.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A date-time that keeps its precision and its offset exactly as received: {@code 2024}, {@code
 * 2024-03}, {@code 2024-03-05}, {@code 2024-03-05T10:15:00.120Z}, or in HL7 v2 {@code
 * 202403051015+0100}. Immutable, value-based, thread-safe.
 *
 * <p><b>Syntaxes.</b> {@link #parseFhir} reads FHIR {@code dateTime} (which includes {@code date}
 * and {@code instant}); {@link #parseFhirDate} and {@link #parseFhirInstant} read the narrower FHIR
 * types. {@link #parseV2} reads HL7 v2 {@code DTM} ({@code YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/
 * -ZZZZ]}), which also covers {@code DT} and the first component of {@code TS}. For every text
 * {@code s} that a parser accepts, printing in the same syntax gives {@code s} back: {@code
 * parseFhir(s).toFhir().equals(s)} and {@code parseV2(s).toV2().equals(s)}.
 *
 * <p><b>Components.</b> Components finer than the {@link #precision() precision} are {@code 0}
 * (including {@code month} and {@code day}, which are otherwise {@code 1..}) and {@code fraction}
 * is {@code null} unless the precision is {@link Precision#FRACTION}. The fraction is the digit
 * string as given (one to nine digits: {@code "120"} stays three digits). The {@code offset} is
 * {@code null} when the sender gave none (HL7 v2: the sender's local time), which is distinct from
 * {@code +00:00}; {@link #offsetNotation()} records whether a zero offset was written {@code Z},
 * {@code +00:00} or {@code -00:00}. The canonical constructor refuses impossible values (month
 * thirteen, 30 February, a 29 February outside a leap year); its messages never contain the value.
 *
 * <p><b>Decisions.</b>
 *
 * <ul>
 *   <li>Years run from {@code 0001} to {@code 9999}, as the FHIR regular expression allows.
 *   <li>Second {@code 60} (a leap second) is accepted, as the FHIR regular expression allows; the
 *       conversions to {@code java.time} read it as second 59 of the same minute.
 *   <li>At most nine fraction digits (nanoseconds, as FHIR R5 states); v2 accepts at most four.
 *   <li>Offsets lie within {@code -14:00..+14:00} in whole minutes (the FHIR range).
 *   <li>FHIR {@code YYYY-MM-DDThh:mm} (no seconds) and a FHIR time without an offset are refused:
 *       the specification forbids both.
 *   <li>An HL7 v2 offset may follow any precision ({@code 20240305+0100}), as {@code DTM} allows.
 * </ul>
 *
 * <p><b>Between the syntaxes.</b> Not every value can be written in both. FHIR has no hour or
 * minute precision, needs an offset whenever a time is given and allows none on a date; v2 has at
 * most four fraction digits and no {@code Z} (which it writes {@code +0000}, the same offset). Test
 * with {@link #isFhirRepresentable()} and {@link #isV2Representable()}; {@link #toFhir()} and
 * {@link #toV2()} are exact and throw {@link IllegalStateException} otherwise. The lossy steps are
 * explicit: {@link #toFhirRepresentable(ZoneOffset)} (pads to seconds, supplies a stated offset,
 * drops a date's offset) and {@link #truncateFraction(int)}.
 *
 * <p><b>Privacy.</b> A date may be a birth date: {@link #toString()} prints the precision only, and
 * parse errors ({@link dev.koine.core.issue.KoineParseException}, location {@code ""} for the
 * caller to prefix with a path) name the expected form, never the text.
 *
 * @param precision how much was given
 * @param year the year, {@code 1..9999}
 * @param month the month {@code 1..12}, or {@code 0} if finer than the precision
 * @param day the day of the month, or {@code 0} if finer than the precision
 * @param hour the hour {@code 0..23} ({@code 0} if finer than the precision)
 * @param minute the minute {@code 0..59} ({@code 0} if finer than the precision)
 * @param second the second {@code 0..60} ({@code 0} if finer than the precision)
 * @param fraction the fraction of a second as one to nine ASCII digits, exactly as given; {@code
 *     null} unless the precision is {@link Precision#FRACTION}
 * @param offset the offset from UTC, or {@code null} if none was given
 * @param offsetNotation how the offset was written; {@code null} if and only if {@code offset} is
 *     {@code null} (passing {@code null} with an offset means {@link OffsetNotation#NUMERIC})
 */
public record PartialDateTime(
    Precision precision,
    int year,
    int month,
    int day,
    int hour,
    int minute,
    int second,
    String fraction,
    ZoneOffset offset,
    OffsetNotation offsetNotation) {

  /** The largest offset both syntaxes can carry: FHIR allows {@code -14:00..+14:00}. */
  static final int MAX_OFFSET_SECONDS = 14 * 3600;

  /** The most fraction digits kept (nanoseconds). */
  public static final int MAX_FRACTION_DIGITS = 9;

  /** The most fraction digits HL7 v2 {@code DTM} allows. */
  public static final int MAX_V2_FRACTION_DIGITS = 4;

  /** Validates every component; messages name the component, never its value. */
  public PartialDateTime {
    Checks.notNull(precision, "precision");
    Checks.require(year >= 1 && year <= 9999, "year out of range: expected YYYY, not all zeros");
    if (precision.compareTo(Precision.MONTH) >= 0) {
      Checks.require(month >= 1 && month <= 12, "month out of range: expected January to December");
    } else {
      Checks.require(month == 0, "month must be zero when the precision is coarser than MONTH");
    }
    if (precision.compareTo(Precision.DAY) >= 0) {
      Checks.require(
          day >= 1 && day <= lengthOfMonth(year, month),
          "day out of range: the day does not exist in that month");
    } else {
      Checks.require(day == 0, "day must be zero when the precision is coarser than DAY");
    }
    requireTimeField(precision, Precision.HOUR, hour, 23, "hour");
    requireTimeField(precision, Precision.MINUTE, minute, 59, "minute");
    requireTimeField(precision, Precision.SECOND, second, 60, "second");
    if (precision == Precision.FRACTION) {
      Checks.notNull(fraction, "fraction");
      Checks.require(
          isAsciiDigits(fraction) && fraction.length() <= MAX_FRACTION_DIGITS,
          "fraction must be one to nine ASCII digits");
    } else {
      Checks.require(fraction == null, "fraction must be null when the precision is not FRACTION");
    }
    if (offset == null) {
      Checks.require(offsetNotation == null, "offsetNotation must be null without an offset");
    } else {
      int total = offset.getTotalSeconds();
      Checks.require(
          Math.abs(total) <= MAX_OFFSET_SECONDS && total % 60 == 0,
          "offset out of range: expected whole minutes within fourteen hours of UTC");
      if (offsetNotation == null) {
        offsetNotation = OffsetNotation.NUMERIC;
      }
      Checks.require(
          offsetNotation == OffsetNotation.NUMERIC || total == 0,
          "offsetNotation Z or NEGATIVE_ZERO needs a zero offset");
    }
  }

  private static void requireTimeField(
      Precision precision, Precision needed, int value, int max, String name) {
    if (precision.compareTo(needed) >= 0) {
      Checks.require(value >= 0 && value <= max, "%s out of range", name);
    } else {
      Checks.require(
          value == 0, "%s must be zero when the precision is coarser than %s", name, needed);
    }
  }

  static boolean isAsciiDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }

  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeapYear(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  // ---------------------------------------------------------------- factories

  /** A year ({@link Precision#YEAR}, no offset). */
  public static PartialDateTime ofYear(int year) {
    return new PartialDateTime(Precision.YEAR, year, 0, 0, 0, 0, 0, null, null, null);
  }

  /** A year and month ({@link Precision#MONTH}, no offset). */
  public static PartialDateTime ofMonth(int year, int month) {
    return new PartialDateTime(Precision.MONTH, year, month, 0, 0, 0, 0, null, null, null);
  }

  /** A date of day precision, no offset. */
  public static PartialDateTime ofDate(int year, int month, int day) {
    return new PartialDateTime(Precision.DAY, year, month, day, 0, 0, 0, null, null, null);
  }

  /** The date, of day precision, no offset. */
  public static PartialDateTime of(LocalDate date) {
    Checks.notNull(date, "date");
    return ofDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * A local date-time (no offset: HL7 v2 "the sender's local time") truncated to {@code precision}.
   * At {@link Precision#FRACTION} the nanoseconds are written in groups of three digits (3, 6 or 9,
   * as {@link Instant#toString()} does).
   */
  public static PartialDateTime of(LocalDateTime dateTime, Precision precision) {
    Checks.notNull(dateTime, "dateTime");
    return full(dateTime, null).withPrecision(Checks.notNull(precision, "precision"));
  }

  /**
   * An offset date-time truncated to {@code precision}, keeping its offset (written {@link
   * OffsetNotation#NUMERIC}). At {@link Precision#FRACTION} the nanoseconds are written in groups
   * of three digits (3, 6 or 9).
   *
   * @throws IllegalArgumentException if the offset is beyond fourteen hours or not whole minutes
   */
  public static PartialDateTime of(OffsetDateTime dateTime, Precision precision) {
    Checks.notNull(dateTime, "dateTime");
    return full(dateTime.toLocalDateTime(), dateTime.getOffset())
        .withPrecision(Checks.notNull(precision, "precision"));
  }

  private static PartialDateTime full(LocalDateTime t, ZoneOffset offset) {
    return new PartialDateTime(
        Precision.FRACTION,
        t.getYear(),
        t.getMonthValue(),
        t.getDayOfMonth(),
        t.getHour(),
        t.getMinute(),
        t.getSecond(),
        nanosToDigits(t.getNano()),
        offset,
        offset == null ? null : OffsetNotation.NUMERIC);
  }

  private static String nanosToDigits(int nanos) {
    String nine = Integer.toString(1_000_000_000 + nanos).substring(1);
    if (nanos % 1_000_000 == 0) {
      return nine.substring(0, 3);
    }
    return nanos % 1000 == 0 ? nine.substring(0, 6) : nine;
  }

  // ---------------------------------------------------------------- parsing and printing

  /**
   * Parses a FHIR {@code dateTime}: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code
   * YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)}. This includes every FHIR {@code date} and
   * {@code instant}.
   *
   * @throws dev.koine.core.issue.KoineParseException if the text is not of that form or names an
   *     impossible date (the message names the form, never the text)
   */
  public static PartialDateTime parseFhir(String text) {
    return DateTimeSyntax.parseFhir(text, DateTimeSyntax.FHIR_DATE_TIME);
  }

  /**
   * Parses a FHIR {@code date}: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws dev.koine.core.issue.KoineParseException if the text is not of that form
   */
  public static PartialDateTime parseFhirDate(String text) {
    return DateTimeSyntax.parseFhir(text, DateTimeSyntax.FHIR_DATE);
  }

  /**
   * Parses a FHIR {@code instant}: {@code YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)}.
   *
   * @throws dev.koine.core.issue.KoineParseException if the text is not of that form
   */
  public static PartialDateTime parseFhirInstant(String text) {
    return DateTimeSyntax.parseFhir(text, DateTimeSyntax.FHIR_INSTANT);
  }

  /**
   * Parses an HL7 v2 {@code DTM} ({@code YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]}), which
   * also covers {@code DT} and the first component of {@code TS}. A trailing {@code ^degree of
   * precision} component is the adapter's to split off. {@code +0000} and {@code -0000} are kept
   * apart from each other and from "no offset".
   *
   * @throws dev.koine.core.issue.KoineParseException if the text is not of that form or names an
   *     impossible date (the message names the form, never the text)
   */
  public static PartialDateTime parseV2(String text) {
    return DateTimeSyntax.parseV2(text);
  }

  /** True if FHIR can write this value exactly (see {@link #toFhir()}). */
  public boolean isFhirRepresentable() {
    switch (precision) {
      case YEAR:
      case MONTH:
      case DAY:
        return offset == null;
      case SECOND:
      case FRACTION:
        return offset != null;
      default:
        return false;
    }
  }

  /** True if HL7 v2 {@code DTM} can write this value (at most four fraction digits). */
  public boolean isV2Representable() {
    return fraction == null || fraction.length() <= MAX_V2_FRACTION_DIGITS;
  }

  /**
   * The FHIR {@code dateTime} text, exact: {@code 2024}, {@code 2024-03}, {@code 2024-03-05} or
   * {@code 2024-03-05T10:15:00.120+01:00}, with the offset written as it was received ({@code Z},
   * {@code +00:00} or {@code -00:00}).
   *
   * @throws IllegalStateException if {@link #isFhirRepresentable()} is false: an hour or minute
   *     precision, a time without an offset, or a date with one. Use {@link
   *     #toFhirRepresentable(ZoneOffset)} to choose the loss explicitly.
   */
  public String toFhir() {
    if (!isFhirRepresentable()) {
      throw new IllegalStateException(
          "not representable in FHIR: FHIR needs seconds and an offset with a time, and no offset"
              + " on a date; see toFhirRepresentable");
    }
    return DateTimeSyntax.printFhir(this);
  }

  /**
   * The nearest value FHIR can write, stated loss by loss, so that a caller can compare it with
   * {@code this} and report what changed:
   *
   * <ul>
   *   <li>hour or minute precision is padded to seconds with zeros (FHIR: "seconds must be provided
   *       ... but may be zero-filled");
   *   <li>a time without an offset gets {@code assumedOffset} if given; if {@code assumedOffset} is
   *       {@code null} it is truncated to the date, so that no offset is invented;
   *   <li>an offset on a date (allowed in v2, not in FHIR) is dropped.
   * </ul>
   *
   * Returns {@code this} if it is already representable.
   *
   * @param assumedOffset the offset to assume for a local time (for example the sender's, from the
   *     message header), or {@code null} to assume none
   */
  public PartialDateTime toFhirRepresentable(ZoneOffset assumedOffset) {
    if (isFhirRepresentable()) {
      return this;
    }
    if (precision.compareTo(Precision.DAY) <= 0) {
      return withoutOffset();
    }
    PartialDateTime padded = this;
    if (precision.compareTo(Precision.SECOND) < 0) {
      padded =
          new PartialDateTime(
              Precision.SECOND, year, month, day, hour, minute, 0, null, offset, offsetNotation);
    }
    if (padded.offset != null) {
      return padded;
    }
    if (assumedOffset == null) {
      return withPrecision(Precision.DAY);
    }
    return new PartialDateTime(
        padded.precision,
        year,
        month,
        day,
        hour,
        padded.minute,
        padded.second,
        padded.fraction,
        assumedOffset,
        OffsetNotation.NUMERIC);
  }

  /**
   * Shorthand for {@code toFhirRepresentable(assumedOffset).toFhir()}: never throws, may lose or
   * pad precision as documented there.
   */
  public String toFhirPadded(ZoneOffset assumedOffset) {
    return toFhirRepresentable(assumedOffset).toFhir();
  }

  /**
   * The HL7 v2 {@code DTM} text, exact: {@code 2024}, {@code 202403051015}, {@code
   * 20240305101500.12+0100}. The FHIR {@code Z} is written {@code +0000} (the same offset; v2 has
   * no {@code Z}), so it comes back from {@link #parseV2} as {@link OffsetNotation#NUMERIC}.
   *
   * @throws IllegalStateException if the fraction has more than four digits (see {@link
   *     #truncateFraction(int)})
   */
  public String toV2() {
    if (!isV2Representable()) {
      throw new IllegalStateException(
          "not representable in HL7 v2: DTM allows at most four fraction digits; see"
              + " truncateFraction");
    }
    return DateTimeSyntax.printV2(this);
  }

  // ---------------------------------------------------------------- derived values

  /** True if an offset was given. */
  public boolean hasOffset() {
    return offset != null;
  }

  /** The fraction as nanoseconds ({@code "12"} is 120,000,000); {@code 0} without a fraction. */
  public int nanos() {
    if (fraction == null) {
      return 0;
    }
    int value = Integer.parseInt(fraction);
    for (int i = fraction.length(); i < MAX_FRACTION_DIGITS; i++) {
      value *= 10;
    }
    return value;
  }

  /** The date, if the precision is at least {@link Precision#DAY}; the offset is ignored. */
  public Optional<LocalDate> toLocalDate() {
    if (precision.compareTo(Precision.DAY) < 0) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * The local date-time, if a time is given (precision at least {@link Precision#HOUR}); missing
   * minutes and seconds are zero, a leap second reads as second 59. The offset is ignored.
   */
  public Optional<LocalDateTime> toLocalDateTime() {
    if (precision.compareTo(Precision.HOUR) < 0) {
      return Optional.empty();
    }
    return Optional.of(
        LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59), nanos()));
  }

  /**
   * The offset date-time, if a time and an offset are given (see {@link #toLocalDateTime()}). Never
   * uses the default time zone.
   */
  public Optional<OffsetDateTime> toOffsetDateTime() {
    if (offset == null) {
      return Optional.empty();
    }
    return toLocalDateTime().map(t -> OffsetDateTime.of(t, offset));
  }

  /** The instant, if a time and an offset are given (see {@link #toOffsetDateTime()}). */
  public Optional<Instant> toInstant() {
    return toOffsetDateTime().map(OffsetDateTime::toInstant);
  }

  /**
   * The same value truncated to a coarser (or the same) precision; the offset is kept.
   *
   * @throws IllegalArgumentException if {@code coarser} is finer than this value's precision
   */
  public PartialDateTime withPrecision(Precision coarser) {
    Checks.notNull(coarser, "precision");
    Checks.require(
        coarser.compareTo(precision) <= 0, "withPrecision truncates: it cannot add precision");
    if (coarser == precision) {
      return this;
    }
    return new PartialDateTime(
        coarser,
        year,
        at(coarser, Precision.MONTH, month),
        at(coarser, Precision.DAY, day),
        at(coarser, Precision.HOUR, hour),
        at(coarser, Precision.MINUTE, minute),
        at(coarser, Precision.SECOND, second),
        null,
        offset,
        offsetNotation);
  }

  private static int at(Precision target, Precision needed, int value) {
    return target.compareTo(needed) >= 0 ? value : 0;
  }

  /**
   * The same value with at most {@code maxDigits} fraction digits (the rest cut off, not rounded);
   * {@code 0} drops the fraction, giving {@link Precision#SECOND}. Returns {@code this} if nothing
   * is cut. Use {@code truncateFraction(4)} before {@link #toV2()}.
   *
   * @throws IllegalArgumentException if {@code maxDigits} is negative
   */
  public PartialDateTime truncateFraction(int maxDigits) {
    Checks.require(maxDigits >= 0, "maxDigits must not be negative");
    if (fraction == null || fraction.length() <= maxDigits) {
      return this;
    }
    if (maxDigits == 0) {
      return withPrecision(Precision.SECOND);
    }
    return new PartialDateTime(
        precision,
        year,
        month,
        day,
        hour,
        minute,
        second,
        fraction.substring(0, maxDigits),
        offset,
        offsetNotation);
  }

  /** The same value without an offset (a local date-time). */
  public PartialDateTime withoutOffset() {
    if (offset == null) {
      return this;
    }
    return new PartialDateTime(
        precision, year, month, day, hour, minute, second, fraction, null, null);
  }

  /** Prints the precision only: the value may be a birth date. */
  @Override
  public String toString() {
    return "PartialDateTime[precision=" + precision + "]";
  }
}
