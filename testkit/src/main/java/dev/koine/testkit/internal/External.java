package dev.koine.testkit.internal;

import static dev.koine.testkit.internal.Gen.w;

import dev.koine.core.id.OdsCode;
import dev.koine.core.time.OffsetNotation;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import dev.koine.core.time.Precision;
import dev.koine.testkit.IdArbitraries;
import dev.koine.testkit.TimeArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The one place where the model arbitraries reach the identifier and time generators ({@link
 * IdArbitraries}, {@link TimeArbitraries}). Not API.
 *
 * <p>Model date-times are the ones every wire format carries exactly: FHIR-representable (year,
 * month or day without an offset; second or fraction with one), at most four fraction digits (HL7
 * v2) and a numeric offset ({@code Z} exists in FHIR only).
 */
public final class External {
  private External() {}

  private static PartialDateTime wireSafe(PartialDateTime t) {
    PartialDateTime v = t.truncateFraction(PartialDateTime.MAX_V2_FRACTION_DIGITS);
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

  /** Date-times that FHIR and HL7 v2 both carry exactly. */
  public static Arbitrary<PartialDateTime> times() {
    return Gen.memo(
        "External.times",
        () -> {
          return TimeArbitraries.fhirRepresentable().map(External::wireSafe);
        });
  }

  /** Dates: day precision mostly, sometimes only a year or a month (FHIR {@code date}). */
  public static Arbitrary<PartialDateTime> dates() {
    return Gen.memo(
        "External.dates",
        () -> {
          return Gen.choose(
              List.of(
                  w(4, TimeArbitraries.dates()),
                  w(1, TimeArbitraries.dates().map(d -> d.withPrecision(Precision.MONTH))),
                  w(1, TimeArbitraries.dates().map(d -> d.withPrecision(Precision.YEAR)))));
        });
  }

  /** Instants: second or fraction precision with an offset. */
  public static Arbitrary<PartialDateTime> instants() {
    return Gen.memo(
        "External.instants",
        () -> {
          return times().filter(t -> t.precision().compareTo(Precision.SECOND) >= 0);
        });
  }

  /** Periods with a start, an end or both. */
  public static Arbitrary<Period> periods() {
    return Gen.memo(
        "External.periods",
        () -> {
          Arbitrary<PartialDateTime> end = Gen.nullable(times(), 0.3);
          return Combinators.combine(end, end)
              .filter((a, b) -> a != null || b != null)
              .as(Period::new);
        });
  }

  /** Valid synthetic (9xx range) NHS numbers as ten-digit strings. */
  public static Arbitrary<String> nhsNumberValues() {
    return Gen.memo(
        "External.nhsNumberValues",
        () -> {
          return IdArbitraries.syntheticNhsNumbers();
        });
  }

  /** Plausible ODS organisation codes: well-known ones and every shape of the coding frames. */
  public static Arbitrary<String> odsCodeValues() {
    return Gen.memo(
        "External.odsCodeValues",
        () -> {
          return Gen.choose(
              List.of(
                  w(1, Arbitraries.of(Fixtures.ODS_ORGANISATIONS)),
                  w(1, IdArbitraries.odsCodes().map(OdsCode::value))));
        });
  }
}
