package dev.koine.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invariants of {@link PartialTime}, on times taken from generated date-times. */
class PartialTimeProperties {

  @Property
  void fhirValue_roundTrips(@ForAll("times") PartialTime time) {
    if (time.isFhirRepresentable()) {
      String text = time.toFhir();
      assertThat(PartialTime.parseFhir(text)).isEqualTo(time);
      assertThat(PartialTime.parseFhir(text).toFhir()).isEqualTo(text);
    }
  }

  @Property
  void v2Value_roundTrips(@ForAll("times") PartialTime time) {
    if (time.isV2Representable()) {
      String text = time.toV2();
      assertThat(PartialTime.parseV2(text)).isEqualTo(time);
      assertThat(PartialTime.parseV2(text).toV2()).isEqualTo(text);
    }
  }

  @Property
  void v2ToFhir_isEqual_whenRepresentable(@ForAll("times") PartialTime time) {
    if (time.isV2Representable() && time.isFhirRepresentable()) {
      assertThat(PartialTime.parseFhir(PartialTime.parseV2(time.toV2()).toFhir())).isEqualTo(time);
    }
  }

  @Property
  void toString_neverShowsAValue(@ForAll("times") PartialTime time) {
    assertThat(time.toString()).doesNotContainPattern("[0-9]");
  }

  /** Times of every precision from HOUR, with or without an offset (never written Z). */
  @Provide
  Arbitrary<PartialTime> times() {
    return TimeGen.partialDateTimes()
        .filter(v -> v.precision().isAtLeast(Precision.HOUR))
        .map(
            v ->
                new PartialTime(
                    v.precision(),
                    v.hour(),
                    v.minute(),
                    v.second(),
                    v.fraction(),
                    v.offset(),
                    v.offsetNotation() == OffsetNotation.Z
                        ? OffsetNotation.NUMERIC
                        : v.offsetNotation()));
  }
}
