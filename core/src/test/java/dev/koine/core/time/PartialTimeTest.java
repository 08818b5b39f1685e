package dev.koine.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.KoineParseException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples for {@link PartialTime}: FHIR {@code time} and HL7 v2 {@code TM}. */
class PartialTimeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00:00:00",
        "10:15:00",
        "23:59:59",
        "23:59:60",
        "10:15:00.1",
        "10:15:00.123456789"
      })
  void parseFhir_validText_printsBackIdentically(String text) {
    assertThat(PartialTime.parseFhir(text).toFhir()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10:15",
        "24:00:00",
        "10:60:00",
        "10:15:61",
        "10:15:00Z",
        "10:15:00+01:00",
        "10:15:00.",
        "10:15:00.1234567890",
        "1015",
        "T10:15:00",
        " 10:15:00",
        "10:15:00:00"
      })
  void parseFhir_invalidText_isRefusedWithoutTheValue(String text) {
    assertThatThrownBy(() -> PartialTime.parseFhir(text))
        .isInstanceOf(KoineParseException.class)
        .hasMessageStartingWith("expected a FHIR time")
        .satisfies(ValueFree::assertValueFree);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10",
        "1015",
        "101500",
        "101500.1",
        "101500.1234",
        "1015+0100",
        "10-0000",
        "101500.12+0000"
      })
  void parseV2_validText_printsBackIdentically(String text) {
    assertThat(PartialTime.parseV2(text).toV2()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        "101",
        "10150",
        "1015001",
        "101500.",
        "101500.12345",
        "24",
        "1060",
        "10:15",
        "1015+01",
        "+0100"
      })
  void parseV2_invalidText_isRefusedWithoutTheValue(String text) {
    assertThatThrownBy(() -> PartialTime.parseV2(text))
        .isInstanceOf(KoineParseException.class)
        .hasMessageStartingWith("expected an HL7 v2 TM")
        .satisfies(ValueFree::assertValueFree);
  }

  @Test
  void crossSyntax_secondsWithoutOffset_printInBoth() {
    PartialTime v = PartialTime.parseV2("101530.25");
    assertThat(v.toFhir()).isEqualTo("10:15:30.25");
    assertThat(PartialTime.parseFhir("10:15:30.25")).isEqualTo(v);
  }

  @Test
  void toFhir_minutesOrOffset_areNotRepresentable() {
    assertThat(PartialTime.parseV2("1015").isFhirRepresentable()).isFalse();
    assertThat(PartialTime.parseV2("101500+0100").isFhirRepresentable()).isFalse();
    assertThatThrownBy(() -> PartialTime.parseV2("1015").toFhir())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toV2_longFraction_isNotRepresentable() {
    PartialTime v = PartialTime.parseFhir("10:15:00.12345");
    assertThat(v.isV2Representable()).isFalse();
    assertThatThrownBy(v::toV2).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void of_localTime_truncatesToThePrecision() {
    LocalTime t = LocalTime.of(10, 15, 30, 500_000_000);
    assertThat(PartialTime.of(t, Precision.FRACTION).toFhir()).isEqualTo("10:15:30.500");
    assertThat(PartialTime.of(t, Precision.MINUTE).toV2()).isEqualTo("1015");
    assertThat(PartialTime.of(t, Precision.FRACTION).toLocalTime()).isEqualTo(t);
    assertThat(PartialTime.parseFhir("23:59:60").toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
  }

  @Test
  void constructor_refusesDatePrecisionsAndZ() {
    assertThatThrownBy(() -> new PartialTime(Precision.DAY, 0, 0, 0, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new PartialTime(Precision.HOUR, 10, 0, 0, null, ZoneOffset.UTC, OffsetNotation.Z))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialTime(Precision.HOUR, 24, 0, 0, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withPrecision_truncates() {
    PartialTime v = PartialTime.parseV2("101530.25-0500");
    assertThat(v.withPrecision(Precision.HOUR).toV2()).isEqualTo("10-0500");
    assertThatThrownBy(() -> v.withPrecision(Precision.DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_showsThePrecisionOnly() {
    assertThat(PartialTime.parseFhir("10:15:00")).hasToString("PartialTime[precision=SECOND]");
  }
}
