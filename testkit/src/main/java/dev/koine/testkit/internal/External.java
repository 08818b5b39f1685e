package dev.koine.testkit.internal;

import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import dev.koine.core.time.Precision;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The one place where the model arbitraries reach the identifier and time generators. TEMPORARY
 * stand-ins until IdArbitraries and TimeArbitraries are merged.
 */
public final class External {
  private External() {}

  /** Partial date-times of any precision that FHIR can carry. */
  public static Arbitrary<PartialDateTime> times() {
    return Arbitraries.integers()
        .between(1900, 2030)
        .map(y -> new PartialDateTime(y, Precision.YEAR));
  }

  /** Dates (year, month or day precision). */
  public static Arbitrary<PartialDateTime> dates() {
    return times();
  }

  /** Periods with at least one end. */
  public static Arbitrary<Period> periods() {
    return Gen.oneOf(
        List.of(
            times().map(Period::from),
            times().map(t -> new Period(null, t)),
            times().tuple2().map(t -> new Period(t.get1(), t.get2()))));
  }

  /** Valid synthetic (999) NHS numbers as 10-digit strings. */
  public static Arbitrary<String> nhsNumberValues() {
    return Arbitraries.integers()
        .between(0, 999_999)
        .map(n -> "999" + String.format(java.util.Locale.ROOT, "%06d", n))
        .filter(s -> checkDigit(s) < 10)
        .map(s -> s + checkDigit(s));
  }

  private static int checkDigit(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nine.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }

  /** Plausible ODS organisation codes. */
  public static Arbitrary<String> odsCodeValues() {
    return Arbitraries.of(Fixtures.ODS_ORGANISATIONS);
  }
}
