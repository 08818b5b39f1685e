package dev.koine.testkit;

import dev.koine.core.time.OffsetNotation;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import dev.koine.core.time.Precision;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for {@link PartialDateTime} and {@link Period}: every precision, leap days, leap
 * seconds, fractions of one to nine digits, offsets within fourteen hours (including {@code Z},
 * {@code +00:00} and {@code -00:00}) and no offset. All values are synthetic.
 */
public final class TimeArbitraries {
  private TimeArbitraries() {}

  private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  /** An offset and how it is written; both null for "no offset". */
  private record OffsetChoice(ZoneOffset offset, OffsetNotation notation) {}

  /** Any valid value: every precision, with or without an offset. */
  public static Arbitrary<PartialDateTime> partialDateTimes() {
    return values(Arbitraries.of(Precision.values()), fractions(9), offsetChoices(true));
  }

  /** Values that FHIR {@code dateTime} can write exactly ({@link PartialDateTime#toFhir()}). */
  public static Arbitrary<PartialDateTime> fhirRepresentable() {
    return Arbitraries.oneOf(
        values(
            Arbitraries.of(Precision.YEAR, Precision.MONTH, Precision.DAY),
            fractions(9),
            Arbitraries.just(new OffsetChoice(null, null))),
        values(
            Arbitraries.of(Precision.SECOND, Precision.FRACTION),
            fractions(9),
            offsetChoices(false)));
  }

  /** Values that HL7 v2 {@code DTM} can write exactly (at most four fraction digits). */
  public static Arbitrary<PartialDateTime> v2Representable() {
    return values(Arbitraries.of(Precision.values()), fractions(4), offsetChoices(true));
  }

  /** Dates of day precision without an offset (FHIR {@code date}, v2 {@code DT}). */
  public static Arbitrary<PartialDateTime> dates() {
    return localDates().map(PartialDateTime::of);
  }

  /** Periods with either end open (never both), in order or inverted. */
  public static Arbitrary<Period> periods() {
    Arbitrary<PartialDateTime> end = partialDateTimes().injectNull(0.2);
    return Combinators.combine(end, end).filter((a, b) -> a != null || b != null).as(Period::new);
  }

  /** Valid FHIR {@code dateTime} texts (dates, date-times and instants). */
  public static Arbitrary<String> fhirTexts() {
    return fhirRepresentable().map(PartialDateTime::toFhir);
  }

  /** Valid HL7 v2 {@code DTM} texts. */
  public static Arbitrary<String> v2Texts() {
    return v2Representable().map(PartialDateTime::toV2);
  }

  /**
   * Texts that are not valid FHIR {@code dateTime}: impossible dates, missing seconds or offset,
   * wrong case, out-of-range offsets, v2 forms, stray characters, non-ASCII digits.
   */
  public static Arbitrary<String> invalidFhirTexts() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1, 9999);
    Arbitrary<String> badMonth =
        Combinators.combine(years, Arbitraries.integers().between(13, 99))
            .as((y, m) -> format("%04d-%02d", y, m));
    Arbitrary<String> badDay =
        Combinators.combine(years, Arbitraries.integers().between(1, 12))
            .flatAs(
                (y, m) ->
                    Arbitraries.integers()
                        .between(LocalDate.of(y, m, 1).lengthOfMonth() + 1, 99)
                        .map(d -> format("%04d-%02d-%02d", y, m, d)));
    Arbitrary<String> badHour =
        Combinators.combine(localDates(), Arbitraries.integers().between(24, 99))
            .as((d, h) -> format("%sT%02d:00:00Z", d, h));
    Arbitrary<PartialDateTime> withTime =
        values(
            Arbitraries.of(Precision.SECOND, Precision.FRACTION),
            fractions(9),
            offsetChoices(false));
    Arbitrary<String> timeWithoutOffset =
        withTime.map(v -> cut(v.toFhir(), v.toFhir().length() - offsetLength(v)));
    Arbitrary<String> minutesOnly =
        withTime.map(
            v -> cut(v.toFhir(), 16) + (v.offsetNotation() == OffsetNotation.Z ? "Z" : "+01:00"));
    Arbitrary<String> lowerCase = withTime.map(v -> v.toFhir().toLowerCase(Locale.ROOT));
    Arbitrary<String> v2Forms =
        values(
                Arbitraries.of(Precision.values()).filter(p -> p != Precision.YEAR),
                fractions(4),
                offsetChoices(true))
            .map(PartialDateTime::toV2);
    Arbitrary<String> trailing =
        Combinators.combine(fhirTexts(), Arbitraries.of(" ", "x", "Z", "0", "T", ".", "-"))
            .as((s, t) -> s + t);
    Arbitrary<String> leading = fhirTexts().map(s -> " " + s);
    Arbitrary<String> fixed =
        Arbitraries.of(
            List.of(
                "",
                "text",
                "true",
                "1",
                "1.0",
                "0000",
                "0000-01-01",
                "10000",
                "2024-1",
                "2024-01-1",
                "2023-02-29",
                "2024-02-30",
                "2024-00",
                "2024-01-00",
                "2024-03-05T10:15",
                "2024-03-05T10:15Z",
                "2024-03-05T10:15:00",
                "2024-03-05 10:15:00Z",
                "2024-03-05T10:15:00.Z",
                "2024-03-05T10:15:00.1234567890Z",
                "2024-03-05T10:60:00Z",
                "2024-03-05T10:15:61Z",
                "2024-03-05T10:15:00+15:00",
                "2024-03-05T10:15:00+14:01",
                "2024-03-05T10:15:00+01:60",
                "2024-03-05T10:15:00+0100",
                "2024-03-05T10:15:00+01",
                "2024-03-05Z",
                "2024-03-05+01:00",
                "-2024",
                "+2024",
                "\u0662\u0660\u0662\u0664"));
    return Arbitraries.frequencyOf(
        Tuple.of(3, fixed),
        Tuple.of(1, badMonth),
        Tuple.of(1, badDay),
        Tuple.of(1, badHour),
        Tuple.of(1, timeWithoutOffset),
        Tuple.of(1, minutesOnly),
        Tuple.of(1, lowerCase),
        Tuple.of(1, v2Forms),
        Tuple.of(1, trailing),
        Tuple.of(1, leading));
  }

  // ------------------------------------------------------------------ building blocks

  private static Arbitrary<PartialDateTime> values(
      Arbitrary<Precision> precisions,
      Arbitrary<String> fractions,
      Arbitrary<OffsetChoice> offsets) {
    return Combinators.combine(
            precisions,
            localDates(),
            Arbitraries.integers().between(0, 23),
            Arbitraries.integers().between(0, 59),
            seconds(),
            fractions,
            offsets)
        .as(
            (p, d, h, mi, s, f, o) ->
                new PartialDateTime(
                        Precision.FRACTION,
                        d.getYear(),
                        d.getMonthValue(),
                        d.getDayOfMonth(),
                        h,
                        mi,
                        s,
                        f,
                        o.offset(),
                        o.notation())
                    .withPrecision(p));
  }

  /** Dates from 0001-01-01 to 9999-12-31, with extra weight on 29 February. */
  private static Arbitrary<LocalDate> localDates() {
    Arbitrary<LocalDate> any =
        Arbitraries.longs()
            .between(FIRST.toEpochDay(), LAST.toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> leapDays =
        Arbitraries.integers()
            .between(1, 2499)
            .map(i -> i * 4)
            .filter(y -> y % 100 != 0 || y % 400 == 0)
            .map(y -> LocalDate.of(y, 2, 29));
    return Arbitraries.frequencyOf(Tuple.of(9, any), Tuple.of(1, leapDays));
  }

  /** Seconds {@code 0..59}, sometimes the leap second {@code 60}. */
  private static Arbitrary<Integer> seconds() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.integers().between(0, 59)), Tuple.of(1, Arbitraries.just(60)));
  }

  private static Arbitrary<String> fractions(int maxDigits) {
    return Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(maxDigits);
  }

  private static Arbitrary<OffsetChoice> offsetChoices(boolean allowNone) {
    Arbitrary<OffsetChoice> zero =
        Arbitraries.of(OffsetNotation.values()).map(n -> new OffsetChoice(ZoneOffset.UTC, n));
    Arbitrary<OffsetChoice> any =
        Arbitraries.integers()
            .between(-14 * 60, 14 * 60)
            .map(m -> new OffsetChoice(ZoneOffset.ofTotalSeconds(m * 60), OffsetNotation.NUMERIC));
    Arbitrary<OffsetChoice> common =
        Arbitraries.of(-5 * 60, 60, 330, 765, 825, 14 * 60, -14 * 60)
            .map(m -> new OffsetChoice(ZoneOffset.ofTotalSeconds(m * 60), OffsetNotation.NUMERIC));
    Arbitrary<OffsetChoice> none = Arbitraries.just(new OffsetChoice(null, null));
    Arbitrary<OffsetChoice> some =
        Arbitraries.frequencyOf(Tuple.of(2, zero), Tuple.of(4, any), Tuple.of(1, common));
    return allowNone ? Arbitraries.frequencyOf(Tuple.of(3, none), Tuple.of(7, some)) : some;
  }

  private static int offsetLength(PartialDateTime v) {
    return v.offsetNotation() == OffsetNotation.Z ? 1 : 6;
  }

  private static String cut(String text, int length) {
    return text.substring(0, length);
  }

  private static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
