package dev.koine.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.koine.core.issue.KoineParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The invariants of {@link PartialDateTime}, checked on generated values ({@link TimeGen}). */
class PartialDateTimeProperties {

  // ------------------------------------------------------------------ round trips

  @Property
  void fhirText_printsBackIdentically(@ForAll("fhirTexts") String text) {
    assertThat(PartialDateTime.parseFhir(text).toFhir()).isEqualTo(text);
  }

  @Property
  void fhirValue_parsesBackEqual(@ForAll("fhirRepresentable") PartialDateTime value) {
    assertThat(PartialDateTime.parseFhir(value.toFhir())).isEqualTo(value);
  }

  @Property
  void v2Text_printsBackIdentically(@ForAll("v2Texts") String text) {
    assertThat(PartialDateTime.parseV2(text).toV2()).isEqualTo(text);
  }

  @Property
  void v2Value_parsesBackEqual_exceptThatZIsWrittenPlusZero(
      @ForAll("v2Representable") PartialDateTime value) {
    assertThat(PartialDateTime.parseV2(value.toV2())).isEqualTo(zAsNumeric(value));
  }

  @Property
  void v2ToFhirToModel_isEqual_whenRepresentable(@ForAll("v2Texts") String v2) {
    PartialDateTime fromV2 = PartialDateTime.parseV2(v2);
    if (fromV2.isFhirRepresentable()) {
      assertThat(PartialDateTime.parseFhir(fromV2.toFhir())).isEqualTo(fromV2);
    } else {
      assertThatThrownBy(fromV2::toFhir).isInstanceOf(IllegalStateException.class);
    }
  }

  @Property
  void fhirToV2ToModel_isEqual_whenRepresentable(@ForAll("fhirTexts") String fhir) {
    PartialDateTime fromFhir = PartialDateTime.parseFhir(fhir);
    if (fromFhir.isV2Representable()) {
      PartialDateTime back = PartialDateTime.parseV2(fromFhir.toV2());
      assertThat(back).isEqualTo(zAsNumeric(fromFhir));
      assertThat(back.toInstant()).isEqualTo(fromFhir.toInstant());
    } else {
      assertThat(fromFhir.fraction()).hasSizeGreaterThan(PartialDateTime.MAX_V2_FRACTION_DIGITS);
    }
  }

  @Property
  void precision_isPreservedByEverySyntax(@ForAll("partialDateTimes") PartialDateTime value) {
    PartialDateTime v2 = value.truncateFraction(PartialDateTime.MAX_V2_FRACTION_DIGITS);
    assertThat(PartialDateTime.parseV2(v2.toV2()).precision()).isEqualTo(v2.precision());
    if (value.isFhirRepresentable()) {
      assertThat(PartialDateTime.parseFhir(value.toFhir()).precision())
          .isEqualTo(value.precision());
    }
  }

  @Property
  void fractionDigits_areKeptExactly(
      @ForAll("fhirRepresentable") PartialDateTime base, @ForAll("digits") String digits) {
    PartialDateTime value =
        new PartialDateTime(
            Precision.FRACTION,
            base.year(),
            Math.max(1, base.month()),
            Math.max(1, base.day()),
            base.hour(),
            base.minute(),
            base.second(),
            digits,
            ZoneOffset.UTC,
            OffsetNotation.Z);
    String text = value.toFhir();
    assertThat(text).contains("." + digits + "Z");
    assertThat(PartialDateTime.parseFhir(text).fraction()).isEqualTo(digits);
  }

  // ------------------------------------------------------------------ validation

  @Property
  void constructor_agreesWithJavaTimeOnWhichDatesExist(
      @ForAll @IntRange(min = 1, max = 9999) int year,
      @ForAll @IntRange(min = 0, max = 14) int month,
      @ForAll @IntRange(min = 0, max = 32) int day) {
    boolean exists = month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month);
    Throwable thrown = catchThrowable(() -> PartialDateTime.ofDate(year, month, day));
    if (exists) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
      ValueFree.assertValueFree(thrown);
    }
  }

  @Property
  void leapDay_existsExactlyInLeapYears(@ForAll @IntRange(min = 1, max = 9999) int year) {
    Throwable thrown = catchThrowable(() -> PartialDateTime.ofDate(year, 2, 29));
    assertThat(thrown == null).isEqualTo(Year.isLeap(year));
  }

  @Property
  void impossibleTimes_areRefusedWithoutTheValue(
      @ForAll @IntRange(min = -5, max = 99) int hour,
      @ForAll @IntRange(min = -5, max = 99) int minute,
      @ForAll @IntRange(min = -5, max = 99) int second) {
    boolean valid =
        hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 60;
    Throwable thrown =
        catchThrowable(
            () ->
                new PartialDateTime(
                    Precision.SECOND, 2024, 3, 5, hour, minute, second, null, null, null));
    assertThat(thrown == null).isEqualTo(valid);
    if (thrown != null) {
      ValueFree.assertValueFree(thrown);
    }
  }

  @Property
  void invalidFhirTexts_areRefusedWithoutTheValue(@ForAll("invalidFhirTexts") String text) {
    Throwable thrown = catchThrowable(() -> PartialDateTime.parseFhir(text));
    assertThat(thrown).isInstanceOf(KoineParseException.class);
    ValueFree.assertValueFree(thrown);
    assertThat(((KoineParseException) thrown).location()).isEmpty();
  }

  @Property
  void arbitraryText_isParsedOrRefusedCleanly(@ForAll("noise") String text) {
    for (Runnable parse :
        List.<Runnable>of(
            () -> PartialDateTime.parseFhir(text),
            () -> PartialDateTime.parseV2(text),
            () -> PartialTime.parseFhir(text),
            () -> PartialTime.parseV2(text))) {
      Throwable thrown = catchThrowable(parse::run);
      if (thrown != null) {
        assertThat(thrown).isInstanceOf(KoineParseException.class);
        ValueFree.assertValueFree(thrown);
      }
    }
  }

  // ------------------------------------------------------------------ privacy

  @Property
  void toString_neverShowsAValue(@ForAll("partialDateTimes") PartialDateTime value) {
    assertThat(value.toString())
        .doesNotContain(Integer.toString(value.year()))
        .doesNotContainPattern("[0-9]")
        .isEqualTo("PartialDateTime[precision=" + value.precision() + "]");
  }

  @Property
  void periodToString_neverShowsAValue(@ForAll("periods") Period period) {
    assertThat(period.toString()).doesNotContainPattern("[0-9]").startsWith("Period[start=");
  }

  // ------------------------------------------------------------------ truncation

  @Property
  void withPrecision_isMonotoneAndComposes(
      @ForAll("partialDateTimes") PartialDateTime value,
      @ForAll Precision first,
      @ForAll Precision second) {
    Precision coarse = first.coarser(second).coarser(value.precision());
    Precision middle = (first == coarse ? second : first).coarser(value.precision());
    PartialDateTime direct = value.withPrecision(coarse);
    assertThat(direct.precision()).isEqualTo(coarse);
    assertThat(value.withPrecision(middle).withPrecision(coarse)).isEqualTo(direct);
    assertThat(direct.offset()).isEqualTo(value.offset());
    assertThat(value.withPrecision(value.precision())).isSameAs(value);
  }

  @Property
  void withPrecision_printsAPrefixInV2(
      @ForAll("v2Representable") PartialDateTime value, @ForAll Precision target) {
    Precision coarse = target.coarser(value.precision());
    String full = value.withoutOffset().toV2();
    assertThat(full).startsWith(value.withPrecision(coarse).withoutOffset().toV2());
  }

  @Property
  void withPrecision_neverOrdersAfterTheOriginal(
      @ForAll("partialDateTimes") PartialDateTime value, @ForAll Precision target) {
    PartialDateTime coarse = value.withPrecision(target.coarser(value.precision()));
    assertThat(Period.of(coarse, value).isOrdered()).isTrue();
    assertThat(Period.of(value, coarse).isOrdered()).isTrue();
  }

  @Property
  void toFhirRepresentable_isRepresentableAndInventsNoOffset(
      @ForAll("partialDateTimes") PartialDateTime value) {
    PartialDateTime fhir = value.toFhirRepresentable(null);
    assertThat(fhir.isFhirRepresentable()).isTrue();
    assertThat(fhir.offset() == null || fhir.offset().equals(value.offset())).isTrue();
    if (value.isFhirRepresentable()) {
      assertThat(fhir).isSameAs(value);
    }
    // only the hour and minute precisions are padded; nothing else gains precision
    if (value.precision().compareTo(Precision.HOUR) < 0
        || value.precision().compareTo(Precision.MINUTE) > 0) {
      assertThat(fhir.precision().compareTo(value.precision())).isLessThanOrEqualTo(0);
    }
  }

  @Property
  void periods_areOrderedOneWayOrTheOther(
      @ForAll("partialDateTimes") PartialDateTime a,
      @ForAll("partialDateTimes") PartialDateTime b) {
    assertThat(Period.of(a, b).isOrdered() || Period.of(b, a).isOrdered()).isTrue();
    assertThat(Period.of(a, a).isOrdered()).isTrue();
  }

  // ------------------------------------------------------------------ hostile platform

  @Property(tries = 200)
  void output_doesNotDependOnDefaultLocaleOrZone(
      @ForAll("partialDateTimes") PartialDateTime value) {
    List<Object> here = observe(value);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      assertThat(observe(value)).isEqualTo(here);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Property
  void instant_usesTheGivenOffsetNeverTheDefaultZone(
      @ForAll("fhirRepresentable") PartialDateTime value) {
    value
        .toInstant()
        .ifPresent(
            instant -> {
              LocalDateTime local = value.toLocalDateTime().orElseThrow();
              assertThat(instant.getEpochSecond()).isEqualTo(local.toEpochSecond(value.offset()));
            });
    assertThat(value.toInstant().isPresent())
        .isEqualTo(value.hasOffset() && value.precision().isAtLeast(Precision.HOUR));
  }

  private static List<Object> observe(PartialDateTime value) {
    return List.of(
        value.isFhirRepresentable() ? value.toFhir() : value.toFhirPadded(ZoneOffset.UTC),
        value.truncateFraction(PartialDateTime.MAX_V2_FRACTION_DIGITS).toV2(),
        value.toInstant().map(Object::toString).orElse(""),
        value.toLocalDate().map(LocalDate::toString).orElse(""),
        value.toString());
  }

  private static PartialDateTime zAsNumeric(PartialDateTime v) {
    if (v.offsetNotation() != OffsetNotation.Z) {
      return v;
    }
    return new PartialDateTime(
        v.precision(),
        v.year(),
        v.month(),
        v.day(),
        v.hour(),
        v.minute(),
        v.second(),
        v.fraction(),
        v.offset(),
        OffsetNotation.NUMERIC);
  }

  private static int lengthOfMonth(int year, int month) {
    return LocalDate.of(year, month, 1).lengthOfMonth();
  }

  // ------------------------------------------------------------------ generators

  @Provide
  Arbitrary<PartialDateTime> partialDateTimes() {
    return TimeGen.partialDateTimes();
  }

  @Provide
  Arbitrary<PartialDateTime> fhirRepresentable() {
    return TimeGen.fhirRepresentable();
  }

  @Provide
  Arbitrary<PartialDateTime> v2Representable() {
    return TimeGen.v2Representable();
  }

  @Provide
  Arbitrary<Period> periods() {
    return TimeGen.periods();
  }

  @Provide
  Arbitrary<String> fhirTexts() {
    return TimeGen.fhirTexts();
  }

  @Provide
  Arbitrary<String> v2Texts() {
    return TimeGen.v2Texts();
  }

  @Provide
  Arbitrary<String> invalidFhirTexts() {
    return TimeGen.invalidFhirTexts();
  }

  @Provide
  Arbitrary<String> digits() {
    return Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(9);
  }

  /** Short strings over the characters the grammars use, plus a few that they do not. */
  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings()
        .withChars("0123456789-+:.TZtz ^\u0663")
        .ofMinLength(0)
        .ofMaxLength(40);
  }
}
