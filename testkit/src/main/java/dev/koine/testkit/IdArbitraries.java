package dev.koine.testkit;

import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystem;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.id.NhsNumber;
import dev.koine.core.id.NhsNumberRange;
import dev.koine.core.id.NhsNumberRegion;
import dev.koine.core.id.OdsCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for identifiers: NHS numbers (valid and near misses), ODS codes (plausible and
 * malformed), identifiers in the registered systems, and near-miss system URIs.
 *
 * <p>All data is synthetic. Prefer {@link #syntheticNhsNumbers()}: the 9xx range is never issued,
 * so a generated number can never be a real patient's. {@link #nhsNumbers()} also draws from the
 * issued ranges, for tests of region handling; such numbers must never leave the test.
 */
public final class IdArbitraries {
  private IdArbitraries() {}

  /** Valid NHS numbers (ten digits) in the synthetic 9000000000–9999999999 range. */
  public static Arbitrary<String> syntheticNhsNumbers() {
    return nhsNumbersIn(NhsNumberRegion.SYNTHETIC);
  }

  /**
   * Valid NHS numbers (ten digits) from every range: synthetic numbers half of the time, the others
   * spread over the regions, Scotland CHI numbers with a real {@code DDMMYY} date.
   */
  public static Arbitrary<String> nhsNumbers() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, syntheticNhsNumbers()),
        Tuple.of(1, nhsNumbersIn(NhsNumberRegion.ENGLAND_WALES_IOM)),
        Tuple.of(1, nhsNumbersIn(NhsNumberRegion.SCOTLAND_CHI)),
        Tuple.of(1, nhsNumbersIn(NhsNumberRegion.NORTHERN_IRELAND)),
        Tuple.of(1, nhsNumbersIn(NhsNumberRegion.REPUBLIC_OF_IRELAND)),
        Tuple.of(1, nhsNumbersIn(NhsNumberRegion.NOT_ISSUED)),
        Tuple.of(1, nhsNumbersIn(NhsNumberRegion.UNALLOCATED)));
  }

  /** Valid NHS numbers (ten digits) in one region. */
  public static Arbitrary<String> nhsNumbersIn(NhsNumberRegion region) {
    if (region == NhsNumberRegion.SCOTLAND_CHI) {
      return chiNumbers();
    }
    List<NhsNumberRange> ranges = region.ranges();
    return Arbitraries.of(ranges).flatMap(IdArbitraries::inRange);
  }

  /** Valid NHS numbers as {@link NhsNumber} values, synthetic range only. */
  public static Arbitrary<NhsNumber> syntheticNhsNumberValues() {
    return syntheticNhsNumbers().map(NhsNumber::parse);
  }

  /**
   * Invalid near misses of NHS numbers: one digit changed (wrong check digit), nine digits whose
   * check digit would be 10 followed by any digit, nine or eleven digits, a Scotland number with an
   * impossible date, and letters. Never valid.
   */
  public static Arbitrary<String> invalidNhsNumbers() {
    Arbitrary<String> valid = syntheticNhsNumbers();
    Arbitrary<String> wrongCheckDigit =
        Combinators.combine(valid, Arbitraries.integers().between(1, 9))
            .as((n, d) -> n.substring(0, 9) + (char) ('0' + (n.charAt(9) - '0' + d) % 10));
    Arbitrary<String> checkDigitTen =
        Combinators.combine(
                nineDigits().filter(nine -> NhsNumber.checkDigit(nine) == 10),
                Arbitraries.integers().between(0, 9))
            .as((nine, d) -> nine + d);
    Arbitrary<String> nine = valid.map(n -> n.substring(0, 9));
    Arbitrary<String> eleven =
        Combinators.combine(valid, Arbitraries.integers().between(0, 9)).as((n, d) -> n + d);
    Arbitrary<String> impossibleChiDate =
        Combinators.combine(
                Arbitraries.integers().between(1, 31),
                Arbitraries.integers().between(13, 99),
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 999))
            .as((dd, mm, yy, s) -> String.format(Locale.ROOT, "%02d%02d%02d%03d", dd, mm, yy, s))
            .filter(p -> NhsNumber.checkDigit(p) < 10)
            .map(p -> p + NhsNumber.checkDigit(p));
    Arbitrary<String> letter =
        Combinators.combine(valid, Arbitraries.chars().range('A', 'Z'))
            .as((n, c) -> n.substring(0, 9) + c);
    return Arbitraries.oneOf(
            wrongCheckDigit, checkDigitTen, nine, eleven, impossibleChiDate, letter)
        .filter(s -> !NhsNumber.isValid(s));
  }

  /** Plausible ODS codes of every shape of the coding frames (trusts, sites, practices...). */
  public static Arbitrary<OdsCode> odsCodes() {
    Arbitrary<Character> upper = Arbitraries.chars().range('A', 'Z');
    Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
    Arbitrary<Character> alnum = Arbitraries.oneOf(upper, digit);
    Arbitrary<String> trusts =
        Combinators.combine(Arbitraries.of('R', 'T'), alnum, alnum).as((a, b, c) -> "" + a + b + c);
    Arbitrary<String> trustSites =
        Combinators.combine(trusts, alnum, alnum).as((t, a, b) -> t + a + b);
    Arbitrary<String> practices =
        Combinators.combine(upper, Arbitraries.integers().between(0, 99_999))
            .as((l, n) -> l + String.format(Locale.ROOT, "%05d", n));
    Arbitrary<String> commissioners =
        Arbitraries.oneOf(
            Combinators.combine(alnum, alnum).as((a, b) -> "Q" + a + b),
            Combinators.combine(digit, digit, upper).as((a, b, c) -> "" + a + b + c),
            Arbitraries.of("X24", "X26"));
    Arbitrary<String> others =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .ofMinLength(OdsCode.MIN_LENGTH)
            .ofMaxLength(OdsCode.MAX_LENGTH)
            .filter(OdsCode::isPlausible);
    Arbitrary<String> examples =
        Arbitraries.of(
            "RH8", "R0A", "RY6", "RH802", "A81001", "Y06601", "NV701", "000AA", "7A101", "Q44",
            "X26");
    return Arbitraries.oneOf(trusts, trustSites, practices, commissioners, others, examples)
        .map(OdsCode::parse);
  }

  /**
   * Strings that are not plausible ODS codes: too short, too long, all digits, lower case,
   * whitespace or punctuation inside.
   */
  public static Arbitrary<String> malformedOdsCodes() {
    Arbitrary<String> plausible = odsCodes().map(OdsCode::value);
    return Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('A', 'Z').ofMaxLength(OdsCode.MIN_LENGTH - 1),
            Arbitraries.strings()
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .ofMinLength(OdsCode.MAX_LENGTH + 1)
                .ofMaxLength(16),
            Arbitraries.strings()
                .withCharRange('0', '9')
                .ofMinLength(OdsCode.MIN_LENGTH)
                .ofMaxLength(OdsCode.MAX_LENGTH),
            plausible.map(s -> s.toLowerCase(Locale.ROOT)),
            Combinators.combine(plausible, Arbitraries.of(" ", "\t", "-", ".", "/", "_"))
                .as((s, c) -> s.substring(0, 2) + c + s.substring(2)))
        .filter(s -> !OdsCode.isPlausible(s));
  }

  /** Identifiers in the registered systems, each with a value of that system's shape. */
  public static Arbitrary<Identifier> identifiers() {
    return Arbitraries.oneOf(
        syntheticNhsNumbers().map(v -> IdentifierSystems.NHS_NUMBER.identifier(v)),
        odsCodes().map(c -> IdentifierSystems.ODS_ORGANISATION.identifier(c.value())),
        Combinators.combine(
                Arbitraries.of('R', 'T'), Arbitraries.chars().range('A', 'Z'), digitString(3, 3))
            .as((a, b, site) -> "" + a + b + site)
            .map(v -> IdentifierSystems.ODS_SITE.identifier(v)),
        digitString(12, 12).map(v -> IdentifierSystems.SDS_USER.identifier(v)),
        digitString(12, 12).map(v -> IdentifierSystems.SDS_ROLE_PROFILE.identifier(v)),
        digitString(7, 7).map(v -> IdentifierSystems.GMC.identifier(v)),
        digitString(7, 7).map(v -> IdentifierSystems.GMP.identifier("G" + v)),
        Combinators.combine(
                digitString(2, 2),
                Arbitraries.chars().range('A', 'Z'),
                digitString(4, 4),
                Arbitraries.chars().range('A', 'Z'))
            .as((a, b, c, d) -> a + b + c + d)
            .map(v -> IdentifierSystems.NMC.identifier(v)),
        digitString(5, 9).map(v -> IdentifierSystems.DOS_SERVICE.identifier(v)),
        digitString(12, 12).map(v -> IdentifierSystems.UBRN.identifier(v)),
        digitString(12, 12).map(v -> IdentifierSystems.SPINE_ASID.identifier(v)));
  }

  /** The registered identifier systems. */
  public static Arbitrary<IdentifierSystem> identifierSystems() {
    return Arbitraries.of(IdentifierSystems.all());
  }

  /**
   * System URIs that miss a registered one in a way {@link dev.koine.core.id.IdentifierSystemLint}
   * repairs: {@code /id/} for {@code /Id/}, {@code http} for {@code https}, trailing slash,
   * surrounding whitespace, upper case, legacy names and the SNOMED CT misspellings seen in the
   * wild.
   */
  public static Arbitrary<String> nearMissSystemUris() {
    Arbitrary<String> registered = identifierSystems().map(IdentifierSystem::fhirUri);
    Arbitrary<String> mutated =
        Combinators.combine(registered, Arbitraries.integers().between(0, 4))
            .as(
                (uri, how) -> {
                  switch (how) {
                    case 0:
                      return uri.replace("/Id/", "/id/");
                    case 1:
                      return uri.replace("https://", "http://");
                    case 2:
                      return uri + "/";
                    case 3:
                      return " " + uri + " ";
                    default:
                      return uri.toUpperCase(Locale.ROOT);
                  }
                });
    Arbitrary<String> known =
        Arbitraries.of(
            "https://snomed.info/ict",
            "https://snomed.info/sct",
            "http://snomed.info/sct/",
            "urn:id:NHS",
            "NHS",
            "urn:oid:2.16.840.1.113883.2.1.4.1",
            "http://fhir.nhs.net/Id/nhs-number",
            "https://fhir.nhs.uk/Id/ods-organisation-code");
    return Arbitraries.oneOf(mutated, known);
  }

  private static Arbitrary<String> inRange(NhsNumberRange range) {
    return Arbitraries.longs()
        .between(range.first() / 10, range.last() / 10)
        .map(p -> String.format(Locale.ROOT, "%09d", p))
        .filter(p -> NhsNumber.checkDigit(p) < 10)
        .map(p -> p + NhsNumber.checkDigit(p));
  }

  private static Arbitrary<String> chiNumbers() {
    Arbitrary<LocalDate> dates =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Combinators.combine(dates, Arbitraries.integers().between(0, 999))
        .as(
            (d, serial) ->
                String.format(
                    Locale.ROOT,
                    "%02d%02d%02d%03d",
                    d.getDayOfMonth(),
                    d.getMonthValue(),
                    d.getYear() % 100,
                    serial))
        .filter(p -> NhsNumber.checkDigit(p) < 10)
        .map(p -> p + NhsNumber.checkDigit(p));
  }

  private static Arbitrary<String> nineDigits() {
    return digitString(9, 9);
  }

  private static Arbitrary<String> digitString(int min, int max) {
    return Arbitraries.strings().withCharRange('0', '9').ofMinLength(min).ofMaxLength(max);
  }
}
