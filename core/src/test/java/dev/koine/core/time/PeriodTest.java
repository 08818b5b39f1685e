package dev.koine.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Examples for {@link Period}. */
class PeriodTest {
  private static PartialDateTime fhir(String text) {
    return PartialDateTime.parseFhir(text);
  }

  @Test
  void constructor_needsAnEnd() {
    assertThatThrownBy(() -> new Period(null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Period.from(fhir("2024")).end()).isNull();
    assertThat(Period.until(fhir("2024")).start()).isNull();
  }

  @Test
  void isOrdered_invertedPeriod_isAcceptedButReported() {
    Period inverted = Period.of(fhir("2024-03-05"), fhir("2024-03-04"));
    assertThat(inverted.isOrdered()).isFalse();
    assertThat(Period.of(fhir("2024-03-04"), fhir("2024-03-05")).isOrdered()).isTrue();
  }

  @Test
  void isOrdered_comparesAtTheCoarserPrecision() {
    assertThat(Period.of(fhir("2024-03-05"), fhir("2024-03")).isOrdered()).isTrue();
    assertThat(Period.of(fhir("2024-04-01"), fhir("2024-03")).isOrdered()).isFalse();
  }

  @Test
  void isOrdered_differentOffsets_compareAsInstants() {
    // 10:00+01:00 is 09:00Z, before 09:30Z
    assertThat(
            Period.of(fhir("2024-03-05T10:00:00+01:00"), fhir("2024-03-05T09:30:00Z")).isOrdered())
        .isTrue();
    assertThat(
            Period.of(fhir("2024-03-05T10:00:00Z"), fhir("2024-03-05T10:30:00+01:00")).isOrdered())
        .isFalse();
  }

  @Test
  void isOrdered_unknowableOrder_isTrue() {
    Period localAgainstOffset =
        Period.of(
            PartialDateTime.parseV2("202403051200"), PartialDateTime.parseV2("202403051000+0100"));
    assertThat(localAgainstOffset.isOrdered()).isTrue();
    assertThat(Period.from(fhir("2024")).isOrdered()).isTrue();
  }

  @Test
  void toString_hidesTheValues() {
    assertThat(Period.of(fhir("1987-06-14"), fhir("2024")))
        .hasToString(
            "Period[start=PartialDateTime[precision=DAY], end=PartialDateTime[precision=YEAR]]");
  }
}
