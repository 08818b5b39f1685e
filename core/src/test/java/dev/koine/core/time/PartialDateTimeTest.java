package dev.koine.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.KoineParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples for {@link PartialDateTime}: one behaviour per test, named method_condition. */
class PartialDateTimeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024",
        "2024-03",
        "2024-03-05",
        "2024-02-29",
        "2000-02-29",
        "0001-01-01",
        "9999-12-31",
        "2024-03-05T10:15:00Z",
        "2024-03-05T10:15:00+00:00",
        "2024-03-05T10:15:00-00:00",
        "2024-03-05T10:15:00.120+01:00",
        "2024-03-05T10:15:00.1Z",
        "2024-03-05T10:15:00.123456789-05:30",
        "2024-03-05T10:15:00.000+14:00",
        "2024-03-05T10:15:00-14:00",
        "2024-03-05T10:15:00+13:45",
        "2016-12-31T23:59:60Z"
      })
  void parseFhir_validText_printsBackIdentically(String text) {
    assertThat(PartialDateTime.parseFhir(text).toFhir()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024",
        "202403",
        "20240305",
        "2024030510",
        "202403051015",
        "20240305101500",
        "20240305101500.1",
        "20240305101500.1234",
        "202403051015+0100",
        "20240305101500.0-0500",
        "20240305+0000",
        "2024-0000",
        "20240305101500+0000",
        "20240305101500-0000",
        "20240229"
      })
  void parseV2_validText_printsBackIdentically(String text) {
    assertThat(PartialDateTime.parseV2(text).toV2()).isEqualTo(text);
  }

  @Test
  void parseFhir_zuluAndPlusZero_areKeptApart() {
    PartialDateTime z = PartialDateTime.parseFhir("2024-03-05T10:15:00Z");
    PartialDateTime plus = PartialDateTime.parseFhir("2024-03-05T10:15:00+00:00");
    PartialDateTime minus = PartialDateTime.parseFhir("2024-03-05T10:15:00-00:00");
    assertThat(z.offsetNotation()).isEqualTo(OffsetNotation.Z);
    assertThat(plus.offsetNotation()).isEqualTo(OffsetNotation.NUMERIC);
    assertThat(minus.offsetNotation()).isEqualTo(OffsetNotation.NEGATIVE_ZERO);
    assertThat(z).isNotEqualTo(plus).isNotEqualTo(minus);
    assertThat(z.toInstant()).isEqualTo(plus.toInstant()).isEqualTo(minus.toInstant());
  }

  @Test
  void parseV2_noOffsetAndZeroOffset_areKeptApart() {
    PartialDateTime local = PartialDateTime.parseV2("202403051015");
    PartialDateTime utc = PartialDateTime.parseV2("202403051015+0000");
    assertThat(local.offset()).isNull();
    assertThat(local.hasOffset()).isFalse();
    assertThat(utc.offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(local.toInstant()).isEmpty();
    assertThat(utc.toInstant()).contains(Instant.parse("2024-03-05T10:15:00Z"));
  }

  @Test
  void parseFhir_fraction_keepsItsDigits() {
    PartialDateTime v = PartialDateTime.parseFhir("2024-03-05T10:15:00.120+01:00");
    assertThat(v.precision()).isEqualTo(Precision.FRACTION);
    assertThat(v.fraction()).isEqualTo("120");
    assertThat(v.nanos()).isEqualTo(120_000_000);
    assertThat(v).isNotEqualTo(PartialDateTime.parseFhir("2024-03-05T10:15:00.12+01:00"));
  }

  @Test
  void parseV2_components_areRead() {
    PartialDateTime v = PartialDateTime.parseV2("20240305101530.25+0130");
    assertThat(v.year()).isEqualTo(2024);
    assertThat(v.month()).isEqualTo(3);
    assertThat(v.day()).isEqualTo(5);
    assertThat(v.hour()).isEqualTo(10);
    assertThat(v.minute()).isEqualTo(15);
    assertThat(v.second()).isEqualTo(30);
    assertThat(v.fraction()).isEqualTo("25");
    assertThat(v.offset()).isEqualTo(ZoneOffset.ofHoursMinutes(1, 30));
  }

  @Test
  void parseV2_coarsePrecision_leavesFinerFieldsZero() {
    PartialDateTime v = PartialDateTime.parseV2("2024");
    assertThat(v.precision()).isEqualTo(Precision.YEAR);
    assertThat(v.month()).isZero();
    assertThat(v.day()).isZero();
    assertThat(v.fraction()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-05T10:15",
        "2024-03-05T10:15+01:00",
        "2024-03-05T10:15:00",
        "2024-03-05T10:15:00.5",
        "2024-03-05Z",
        "2024-03-05+01:00",
        "2024-02-30",
        "2023-02-29",
        "1900-02-29",
        "2024-13",
        "0000",
        "2024-03-05T10:15:00.1234567890Z",
        "2024-03-05T10:15:00+14:30",
        "2024-03-05t10:15:00Z",
        "2024-03-05T10:15:00z",
        "20240305"
      })
  void parseFhir_invalidText_isRefusedWithoutTheValue(String text) {
    assertThatThrownBy(() -> PartialDateTime.parseFhir(text))
        .isInstanceOf(KoineParseException.class)
        .hasMessageStartingWith("expected a FHIR dateTime")
        .hasMessageNotContaining(text)
        .satisfies(ValueFree::assertValueFree);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "202",
        "20243",
        "2024030",
        "202403051",
        "20240305101500.",
        "20240305101500.12345",
        "2024-03-05",
        "20240230",
        "2024030524",
        "202403051060",
        "20240305101500+01",
        "20240305101500+1500",
        "20240305101500 +0100",
        "20240305101500+0100+0100",
        "2024030510150Z"
      })
  void parseV2_invalidText_isRefusedWithoutTheValue(String text) {
    assertThatThrownBy(() -> PartialDateTime.parseV2(text))
        .isInstanceOf(KoineParseException.class)
        .hasMessageStartingWith("expected an HL7 v2 DTM")
        .satisfies(ValueFree::assertValueFree);
  }

  @Test
  void parseFhirDate_refusesATime() {
    assertThat(PartialDateTime.parseFhirDate("2024-03-05"))
        .isEqualTo(PartialDateTime.ofDate(2024, 3, 5));
    assertThatThrownBy(() -> PartialDateTime.parseFhirDate("2024-03-05T10:15:00Z"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageStartingWith("expected a FHIR date:");
  }

  @Test
  void parseFhirInstant_refusesADate() {
    assertThat(PartialDateTime.parseFhirInstant("2024-03-05T10:15:00Z").precision())
        .isEqualTo(Precision.SECOND);
    assertThatThrownBy(() -> PartialDateTime.parseFhirInstant("2024-03-05"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageStartingWith("expected a FHIR instant:");
  }

  @Test
  void parse_hugeInput_isRefusedByItsLengthAlone() {
    String huge = "2024".repeat(250_000);
    assertThatThrownBy(() -> PartialDateTime.parseFhir(huge))
        .isInstanceOf(KoineParseException.class)
        .hasMessageEndingWith("(wrong length)");
    assertThatThrownBy(() -> PartialDateTime.parseV2(huge))
        .isInstanceOf(KoineParseException.class)
        .hasMessageEndingWith("(wrong length)");
    assertThatThrownBy(() -> PartialTime.parseFhir(huge)).isInstanceOf(KoineParseException.class);
    assertThatThrownBy(() -> PartialTime.parseV2(huge))
        .isInstanceOf(KoineParseException.class)
        .hasMessageEndingWith("(wrong length)");
  }

  @Test
  void parse_nonAsciiDigits_areRefused() {
    assertThatThrownBy(() -> PartialDateTime.parseFhir("\u0662\u0660\u0662\u0664"))
        .isInstanceOf(KoineParseException.class);
    assertThatThrownBy(() -> PartialDateTime.parseV2("\u0662\u0660\u0662\u0664"))
        .isInstanceOf(KoineParseException.class);
  }

  @Test
  void parse_null_isMisuse() {
    assertThatThrownBy(() -> PartialDateTime.parseFhir(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PartialDateTime.parseV2(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void crossSyntax_v2Instant_printsInFhir() {
    assertThat(PartialDateTime.parseV2("20240305101500+0100").toFhir())
        .isEqualTo("2024-03-05T10:15:00+01:00");
    assertThat(PartialDateTime.parseV2("20240305101500.12-0000").toFhir())
        .isEqualTo("2024-03-05T10:15:00.12-00:00");
    assertThat(PartialDateTime.parseV2("202403").toFhir()).isEqualTo("2024-03");
  }

  @Test
  void crossSyntax_fhirZulu_printsPlusZeroInV2() {
    assertThat(PartialDateTime.parseFhir("2024-03-05T10:15:00Z").toV2())
        .isEqualTo("20240305101500+0000");
    assertThat(PartialDateTime.parseFhir("2024-03-05").toV2()).isEqualTo("20240305");
  }

  @Test
  void toFhir_minutePrecision_isNotRepresentable() {
    PartialDateTime v = PartialDateTime.parseV2("202403051015+0100");
    assertThat(v.isFhirRepresentable()).isFalse();
    assertThatThrownBy(v::toFhir)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("2024");
    assertThat(v.toFhirPadded(null)).isEqualTo("2024-03-05T10:15:00+01:00");
  }

  @Test
  void toFhirRepresentable_localTime_usesTheAssumedOffsetOrFallsBackToTheDate() {
    PartialDateTime local = PartialDateTime.parseV2("202403051015");
    assertThat(local.isFhirRepresentable()).isFalse();
    assertThat(local.toFhirPadded(ZoneOffset.ofHours(1))).isEqualTo("2024-03-05T10:15:00+01:00");
    assertThat(local.toFhirRepresentable(null)).isEqualTo(PartialDateTime.ofDate(2024, 3, 5));
  }

  @Test
  void toFhirRepresentable_dateWithOffset_dropsTheOffset() {
    PartialDateTime v = PartialDateTime.parseV2("20240305+0100");
    assertThat(v.isFhirRepresentable()).isFalse();
    assertThat(v.toFhirPadded(ZoneOffset.UTC)).isEqualTo("2024-03-05");
  }

  @Test
  void toFhirRepresentable_representable_isSame() {
    PartialDateTime v = PartialDateTime.parseFhir("2024-03-05T10:15:00.1+01:00");
    assertThat(v.toFhirRepresentable(ZoneOffset.UTC)).isSameAs(v);
  }

  @Test
  void toV2_longFraction_isNotRepresentable() {
    PartialDateTime v = PartialDateTime.parseFhir("2024-03-05T10:15:00.123456Z");
    assertThat(v.isV2Representable()).isFalse();
    assertThatThrownBy(v::toV2).isInstanceOf(IllegalStateException.class);
    assertThat(v.truncateFraction(4).toV2()).isEqualTo("20240305101500.1234+0000");
    assertThat(v.truncateFraction(0).toV2()).isEqualTo("20240305101500+0000");
  }

  @Test
  void constructor_impossibleDates_areRefusedWithoutTheValue() {
    assertThatThrownBy(() -> PartialDateTime.ofDate(2023, 2, 29))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("day out of range: the day does not exist in that month");
    assertThatThrownBy(() -> PartialDateTime.ofMonth(2024, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month out of range");
    assertThatThrownBy(() -> PartialDateTime.ofYear(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDateTime.ofYear(10000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_fieldsBeyondPrecision_mustBeZero() {
    assertThatThrownBy(
            () -> new PartialDateTime(Precision.DAY, 2024, 3, 5, 10, 0, 0, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hour must be zero");
    assertThatThrownBy(
            () -> new PartialDateTime(Precision.SECOND, 2024, 3, 5, 10, 0, 0, "1", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fraction must be null");
  }

  @Test
  void constructor_offsetNotation_mustMatchTheOffset() {
    ZoneOffset one = ZoneOffset.ofHours(1);
    assertThatThrownBy(
            () ->
                new PartialDateTime(
                    Precision.SECOND, 2024, 3, 5, 10, 0, 0, null, one, OffsetNotation.Z))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new PartialDateTime(
                    Precision.SECOND, 2024, 3, 5, 10, 0, 0, null, null, OffsetNotation.NUMERIC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new PartialDateTime(Precision.SECOND, 2024, 3, 5, 10, 0, 0, null, one, null)
                .offsetNotation())
        .isEqualTo(OffsetNotation.NUMERIC);
  }

  @Test
  void constructor_offsetBeyondFourteenHours_isRefused() {
    assertThatThrownBy(
            () ->
                PartialDateTime.of(
                    OffsetDateTime.of(2024, 3, 5, 10, 0, 0, 0, ZoneOffset.ofHours(15)),
                    Precision.SECOND))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_offsetDateTime_writesFractionInGroupsOfThree() {
    OffsetDateTime t = OffsetDateTime.of(2024, 3, 5, 10, 15, 0, 120_000_000, ZoneOffset.ofHours(1));
    assertThat(PartialDateTime.of(t, Precision.FRACTION).toFhir())
        .isEqualTo("2024-03-05T10:15:00.120+01:00");
    assertThat(PartialDateTime.of(t.withNano(1000), Precision.FRACTION).fraction())
        .isEqualTo("000001");
    assertThat(PartialDateTime.of(t.withNano(1), Precision.FRACTION).fraction())
        .isEqualTo("000000001");
    assertThat(PartialDateTime.of(t, Precision.MINUTE).toV2()).isEqualTo("202403051015+0100");
  }

  @Test
  void of_localDateTime_hasNoOffset() {
    PartialDateTime v = PartialDateTime.of(LocalDateTime.of(2024, 3, 5, 10, 15), Precision.MINUTE);
    assertThat(v.toV2()).isEqualTo("202403051015");
  }

  @Test
  void conversions_followThePrecision() {
    assertThat(PartialDateTime.ofMonth(2024, 3).toLocalDate()).isEmpty();
    assertThat(PartialDateTime.ofDate(2024, 3, 5).toLocalDate()).contains(LocalDate.of(2024, 3, 5));
    assertThat(PartialDateTime.of(LocalDate.of(2024, 3, 5)))
        .isEqualTo(PartialDateTime.ofDate(2024, 3, 5));
    assertThat(PartialDateTime.ofDate(2024, 3, 5).toLocalDateTime()).isEmpty();
    assertThat(PartialDateTime.parseV2("2024030510+0100").toOffsetDateTime())
        .contains(OffsetDateTime.of(2024, 3, 5, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
  }

  @Test
  void leapSecond_readsAsSecondFiftyNine() {
    PartialDateTime v = PartialDateTime.parseFhir("2016-12-31T23:59:60.5Z");
    assertThat(v.second()).isEqualTo(60);
    assertThat(v.toInstant()).contains(Instant.parse("2016-12-31T23:59:59.5Z"));
    assertThat(v.toV2()).isEqualTo("20161231235960.5+0000");
  }

  @Test
  void withPrecision_truncatesAndRefusesToAdd() {
    PartialDateTime v = PartialDateTime.parseV2("20240305101530.25+0100");
    assertThat(v.withPrecision(Precision.HOUR).toV2()).isEqualTo("2024030510+0100");
    assertThat(v.withPrecision(Precision.DAY).withoutOffset())
        .isEqualTo(PartialDateTime.ofDate(2024, 3, 5));
    assertThatThrownBy(() -> PartialDateTime.ofYear(2024).withPrecision(Precision.DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_showsThePrecisionOnly() {
    assertThat(PartialDateTime.ofDate(1987, 6, 14)).hasToString("PartialDateTime[precision=DAY]");
  }
}
