package dev.koine.core.time;

import dev.koine.core.issue.KoineParseException;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The FHIR and HL7 v2 text forms of {@link PartialDateTime} and {@link PartialTime}: hand-written
 * scanners (no regular expressions, so no backtracking on hostile input; ASCII digits only, never
 * {@link Character#isDigit}) and printers. Not API.
 */
final class DateTimeSyntax {
  private DateTimeSyntax() {}

  /** The expected FHIR {@code dateTime} form, as named in parse errors. */
  static final String FHIR_DATE_TIME =
      "expected a FHIR dateTime: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss[.fraction]"
          + " followed by Z, +hh:mm or -hh:mm";

  /** The expected FHIR {@code date} form. */
  static final String FHIR_DATE = "expected a FHIR date: YYYY, YYYY-MM or YYYY-MM-DD";

  /** The expected FHIR {@code instant} form. */
  static final String FHIR_INSTANT =
      "expected a FHIR instant: YYYY-MM-DDThh:mm:ss[.fraction] followed by Z, +hh:mm or -hh:mm";

  /** The expected HL7 v2 {@code DTM} form. */
  static final String V2_DTM =
      "expected an HL7 v2 DTM: YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]";

  /** The expected FHIR {@code time} form. */
  static final String FHIR_TIME = "expected a FHIR time: hh:mm:ss[.fraction]";

  /** The expected HL7 v2 {@code TM} form. */
  static final String V2_TM = "expected an HL7 v2 TM: HH[MM[SS[.S[S[S[S]]]]]][+/-ZZZZ]";

  /** {@code YYYY-MM-DDThh:mm:ss.} + nine digits + {@code +hh:mm}. */
  private static final int MAX_FHIR_LENGTH = 35;

  /** {@code YYYYMMDDHHMMSS.SSSS+ZZZZ}. */
  private static final int MAX_V2_LENGTH = 24;

  // ------------------------------------------------------------------ FHIR

  static PartialDateTime parseFhir(String text, String form) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n < 4 || n > MAX_FHIR_LENGTH) {
      throw fail(form, "wrong length");
    }
    int year = digits(text, 0, 4, form);
    if (n == 4) {
      return fhirDate(form, Precision.YEAR, year, 0, 0);
    }
    expect(text, 4, '-', form);
    int month = digits(text, 5, 2, form);
    if (n == 7) {
      return fhirDate(form, Precision.MONTH, year, month, 0);
    }
    expect(text, 7, '-', form);
    int day = digits(text, 8, 2, form);
    if (n == 10) {
      return fhirDate(form, Precision.DAY, year, month, day);
    }
    if (form.equals(FHIR_DATE)) {
      throw fail(form, "a FHIR date has no time");
    }
    expect(text, 10, 'T', form);
    int hour = digits(text, 11, 2, form);
    expect(text, 13, ':', form);
    int minute = digits(text, 14, 2, form);
    if (n < 19 || text.charAt(16) != ':') {
      throw fail(form, "a time needs seconds, hh:mm:ss");
    }
    int second = digits(text, 17, 2, form);
    int pos = 19;
    String fraction = null;
    if (pos < n && text.charAt(pos) == '.') {
      int start = ++pos;
      while (pos < n && isDigit(text.charAt(pos))) {
        pos++;
      }
      fraction = fraction(text, start, pos, PartialDateTime.MAX_FRACTION_DIGITS, form);
    }
    if (pos == n) {
      throw fail(form, "a time needs an offset: Z, +hh:mm or -hh:mm");
    }
    ZoneOffset offset;
    OffsetNotation notation;
    char c = text.charAt(pos);
    if (c == 'Z') {
      if (pos + 1 != n) {
        throw fail(form, "unexpected text after the offset");
      }
      offset = ZoneOffset.UTC;
      notation = OffsetNotation.Z;
    } else if ((c == '+' || c == '-') && n - pos == 6) {
      int hh = digits(text, pos + 1, 2, form);
      expect(text, pos + 3, ':', form);
      int mm = digits(text, pos + 4, 2, form);
      offset = offset(c, hh, mm, form);
      notation = notation(c, offset);
    } else {
      throw fail(form, "a time needs an offset: Z, +hh:mm or -hh:mm");
    }
    Precision precision = fraction == null ? Precision.SECOND : Precision.FRACTION;
    return build(
        form, precision, year, month, day, hour, minute, second, fraction, offset, notation);
  }

  private static PartialDateTime fhirDate(
      String form, Precision precision, int year, int month, int day) {
    if (form.equals(FHIR_INSTANT)) {
      throw fail(form, "an instant needs a time and an offset");
    }
    return build(form, precision, year, month, day, 0, 0, 0, null, null, null);
  }

  static String printFhir(PartialDateTime v) {
    StringBuilder out = new StringBuilder(MAX_FHIR_LENGTH);
    pad(out, v.year(), 4);
    if (v.precision().compareTo(Precision.MONTH) >= 0) {
      pad(out.append('-'), v.month(), 2);
    }
    if (v.precision().compareTo(Precision.DAY) >= 0) {
      pad(out.append('-'), v.day(), 2);
    }
    if (v.precision().compareTo(Precision.SECOND) >= 0) {
      out.append('T');
      printFhirTime(out, v.hour(), v.minute(), v.second(), v.fraction());
    }
    if (v.offset() != null) {
      printOffset(out, v.offset(), v.offsetNotation(), true);
    }
    return out.toString();
  }

  static void printFhirTime(StringBuilder out, int hour, int minute, int second, String fraction) {
    pad(out, hour, 2);
    pad(out.append(':'), minute, 2);
    pad(out.append(':'), second, 2);
    if (fraction != null) {
      out.append('.').append(fraction);
    }
  }

  // ------------------------------------------------------------------ HL7 v2

  static PartialDateTime parseV2(String text) {
    Objects.requireNonNull(text, "text");
    String form = V2_DTM;
    int n = text.length();
    if (n < 4 || n > MAX_V2_LENGTH) {
      throw fail(form, "wrong length");
    }
    int end = offsetStart(text, 4);
    Precision precision;
    switch (end) {
      case 4:
        precision = Precision.YEAR;
        break;
      case 6:
        precision = Precision.MONTH;
        break;
      case 8:
        precision = Precision.DAY;
        break;
      case 10:
        precision = Precision.HOUR;
        break;
      case 12:
        precision = Precision.MINUTE;
        break;
      case 14:
        precision = Precision.SECOND;
        break;
      default:
        if (end < 16 || end > 19 || text.charAt(14) != '.') {
          throw fail(form, "unexpected length or character");
        }
        precision = Precision.FRACTION;
    }
    int year = digits(text, 0, 4, form);
    int month = end >= 6 ? digits(text, 4, 2, form) : 0;
    int day = end >= 8 ? digits(text, 6, 2, form) : 0;
    int hour = end >= 10 ? digits(text, 8, 2, form) : 0;
    int minute = end >= 12 ? digits(text, 10, 2, form) : 0;
    int second = end >= 14 ? digits(text, 12, 2, form) : 0;
    String fraction =
        precision == Precision.FRACTION
            ? fraction(text, 15, end, PartialDateTime.MAX_V2_FRACTION_DIGITS, form)
            : null;
    ZoneOffset offset = null;
    OffsetNotation notation = null;
    if (end < n) {
      offset = v2Offset(text, end, form);
      notation = notation(text.charAt(end), offset);
    }
    return build(
        form, precision, year, month, day, hour, minute, second, fraction, offset, notation);
  }

  /** The index of the first {@code +} or {@code -} at or after {@code from}, or the length. */
  static int offsetStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+' || c == '-') {
        return i;
      }
    }
    return text.length();
  }

  /** Reads {@code +ZZZZ} or {@code -ZZZZ} that runs from {@code start} to the end of the text. */
  static ZoneOffset v2Offset(String text, int start, String form) {
    if (text.length() - start != 5) {
      throw fail(form, "an offset is +ZZZZ or -ZZZZ");
    }
    char sign = text.charAt(start);
    return offset(sign, digits(text, start + 1, 2, form), digits(text, start + 3, 2, form), form);
  }

  static String printV2(PartialDateTime v) {
    StringBuilder out = new StringBuilder(MAX_V2_LENGTH);
    pad(out, v.year(), 4);
    Precision p = v.precision();
    if (p.compareTo(Precision.MONTH) >= 0) {
      pad(out, v.month(), 2);
    }
    if (p.compareTo(Precision.DAY) >= 0) {
      pad(out, v.day(), 2);
    }
    printV2Time(out, p, v.hour(), v.minute(), v.second(), v.fraction());
    if (v.offset() != null) {
      printOffset(out, v.offset(), v.offsetNotation(), false);
    }
    return out.toString();
  }

  static void printV2Time(
      StringBuilder out, Precision p, int hour, int minute, int second, String fraction) {
    if (p.compareTo(Precision.HOUR) >= 0) {
      pad(out, hour, 2);
    }
    if (p.compareTo(Precision.MINUTE) >= 0) {
      pad(out, minute, 2);
    }
    if (p.compareTo(Precision.SECOND) >= 0) {
      pad(out, second, 2);
    }
    if (fraction != null) {
      out.append('.').append(fraction);
    }
  }

  // ------------------------------------------------------------------ shared pieces

  private static PartialDateTime build(
      String form,
      Precision precision,
      int year,
      int month,
      int day,
      int hour,
      int minute,
      int second,
      String fraction,
      ZoneOffset offset,
      OffsetNotation notation) {
    try {
      return new PartialDateTime(
          precision, year, month, day, hour, minute, second, fraction, offset, notation);
    } catch (IllegalArgumentException e) {
      // the constructor's messages name the component, never the value
      throw new KoineParseException("", form + " (" + e.getMessage() + ")", e);
    }
  }

  static ZoneOffset offset(char sign, int hours, int minutes, String form) {
    if (minutes > 59 || hours > 14 || (hours == 14 && minutes != 0)) {
      throw fail(form, "offset out of range: at most fourteen hours from UTC");
    }
    int seconds = hours * 3600 + minutes * 60;
    return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
  }

  static OffsetNotation notation(char sign, ZoneOffset offset) {
    return sign == '-' && offset.getTotalSeconds() == 0
        ? OffsetNotation.NEGATIVE_ZERO
        : OffsetNotation.NUMERIC;
  }

  static void printOffset(
      StringBuilder out, ZoneOffset offset, OffsetNotation notation, boolean fhir) {
    if (fhir && notation == OffsetNotation.Z) {
      out.append('Z');
      return;
    }
    int total = offset.getTotalSeconds();
    out.append(total < 0 || notation == OffsetNotation.NEGATIVE_ZERO ? '-' : '+');
    int abs = Math.abs(total);
    pad(out, abs / 3600, 2);
    if (fhir) {
      out.append(':');
    }
    pad(out, abs / 60 % 60, 2);
  }

  static String fraction(String text, int start, int end, int maxDigits, String form) {
    if (end == start) {
      throw fail(form, "a fraction needs at least one digit after the point");
    }
    if (end - start > maxDigits) {
      throw fail(form, "too many fraction digits");
    }
    for (int i = start; i < end; i++) {
      if (!isDigit(text.charAt(i))) {
        throw fail(form, "unexpected character in the fraction");
      }
    }
    return text.substring(start, end);
  }

  static int digits(String text, int start, int count, String form) {
    if (start + count > text.length()) {
      throw fail(form, "text ends too early");
    }
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        throw fail(form, "expected an ASCII digit");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static void expect(String text, int index, char expected, String form) {
    if (index >= text.length() || text.charAt(index) != expected) {
      throw fail(form, "expected the separator '" + expected + "'");
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static void pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }

  static KoineParseException fail(String form, String detail) {
    return new KoineParseException("", form + " (" + detail + ")");
  }
}
