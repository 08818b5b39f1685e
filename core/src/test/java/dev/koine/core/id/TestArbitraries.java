package dev.koine.core.id;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the property tests of this package. (The public ones live in koine-testkit, which
 * depends on core and so cannot be used by core's own tests.)
 */
final class TestArbitraries {
  private TestArbitraries() {}

  /** Valid NHS numbers (ten digits) from every range, Scotland with real dates. */
  static Arbitrary<String> validNhsNumbers() {
    return Arbitraries.oneOf(
        Arbitraries.of(NhsNumberRange.values())
            .filter(r -> r != NhsNumberRange.SCOTLAND)
            .flatMap(TestArbitraries::validIn),
        validChi());
  }

  /** Valid numbers in one range (not Scotland: use {@link #validChi()}). */
  static Arbitrary<String> validIn(NhsNumberRange range) {
    return Arbitraries.longs()
        .between(range.first() / 10, range.last() / 10)
        .map(p -> String.format(Locale.ROOT, "%09d", p))
        .filter(nine -> NhsNumber.checkDigit(nine) < 10)
        .map(nine -> nine + NhsNumber.checkDigit(nine));
  }

  /** Valid Scotland CHI numbers: a real DDMMYY date, a serial and the check digit. */
  static Arbitrary<String> validChi() {
    Arbitrary<LocalDate> dates =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<Integer> serials = Arbitraries.integers().between(0, 999);
    return Combinators.combine(dates, serials)
        .as(
            (d, s) ->
                String.format(
                    Locale.ROOT,
                    "%02d%02d%02d%03d",
                    d.getDayOfMonth(),
                    d.getMonthValue(),
                    d.getYear() % 100,
                    s))
        .filter(nine -> NhsNumber.checkDigit(nine) < 10)
        .map(nine -> nine + NhsNumber.checkDigit(nine));
  }

  /** Strings of ASCII digits of any length from 0 to 20. */
  static Arbitrary<String> digitStrings(int min, int max) {
    return Arbitraries.strings().withCharRange('0', '9').ofMinLength(min).ofMaxLength(max);
  }

  /** ODS codes of every kind the coding frames describe, paired with the kind expected. */
  static Arbitrary<OdsCode> plausibleOdsCodes() {
    Arbitrary<Character> upper = Arbitraries.chars().range('A', 'Z');
    Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
    Arbitrary<Character> alnum = Arbitraries.oneOf(upper, digit);
    Arbitrary<String> trusts =
        Combinators.combine(Arbitraries.of('R', 'T'), alnum, alnum).as(TestArbitraries::join);
    Arbitrary<String> trustSites =
        Combinators.combine(trusts, alnum.list().ofSize(2)).as((t, s) -> t + join(s));
    Arbitrary<String> practices =
        Combinators.combine(upper, digit.list().ofSize(5)).as((l, ds) -> l + join(ds));
    Arbitrary<String> commissioners =
        Arbitraries.oneOf(
            Combinators.combine(alnum, alnum).as((a, b) -> "Q" + a + b),
            Combinators.combine(digit, digit, upper).as(TestArbitraries::join),
            Arbitraries.of("X24", "X26"));
    Arbitrary<String> others =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .ofMinLength(OdsCode.MIN_LENGTH)
            .ofMaxLength(OdsCode.MAX_LENGTH)
            .filter(s -> s.chars().anyMatch(c -> c >= 'A' && c <= 'Z'));
    Arbitrary<String> examples =
        Arbitraries.of(
            "RH8", "R0A", "RY6", "RH802", "A81001", "Y06601", "NV701", "000AA", "7A101", "Q44",
            "X26", "X24");
    return Arbitraries.oneOf(trusts, trustSites, practices, commissioners, others, examples)
        .map(OdsCode::parse);
  }

  /** Strings that must never pass as ODS codes. */
  static Arbitrary<String> malformedOdsCodes() {
    Arbitrary<String> plausible = plausibleOdsCodes().map(OdsCode::value);
    return Arbitraries.oneOf(
        // too short
        Arbitraries.strings().withCharRange('A', 'Z').ofMaxLength(OdsCode.MIN_LENGTH - 1),
        // too long
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .ofMinLength(OdsCode.MAX_LENGTH + 1)
            .ofMaxLength(20),
        // all digits
        digitStrings(OdsCode.MIN_LENGTH, OdsCode.MAX_LENGTH),
        // lower case
        plausible
            .filter(s -> s.chars().anyMatch(Character::isLetter))
            .map(s -> s.toLowerCase(Locale.ROOT)),
        // surrounding or embedded whitespace, punctuation
        Combinators.combine(plausible, Arbitraries.of(" ", "\t", "-", ".", "/", "_", "é", "\u00a0"))
            .as((s, c) -> s.substring(0, 2) + c + s.substring(2))
            .filter(s -> s.length() > 0),
        Arbitraries.of(" RH8", "RH8 ", "rh8", "R-H8", "", "R", "ROA-1", "A8100１"));
  }

  /** Every canonical URI the lint recognises. */
  static Arbitrary<String> canonicalUris() {
    return Arbitraries.of(IdentifierSystemLint.canonicalUris());
  }

  /** URI-like and arbitrary strings for robustness properties. */
  static Arbitrary<String> anyUris() {
    Arbitrary<String> junk =
        Arbitraries.strings().withChars("abcdefhinstu:/.-_ IdNHSsct\t\u00a0").ofMaxLength(40);
    return Arbitraries.oneOf(
        canonicalUris(), nearMisses(), junk, Arbitraries.strings().ofMaxLength(30));
  }

  /** Near misses of canonical URIs: each mutation is one the lint must repair. */
  static Arbitrary<String> nearMisses() {
    return Combinators.combine(canonicalUris(), Arbitraries.integers().between(0, 5))
        .as(TestArbitraries::mutate);
  }

  static String mutate(String uri, int how) {
    switch (how) {
      case 0:
        return uri + "/";
      case 1:
        return " " + uri + "\t";
      case 2:
        return uri.startsWith("https:") ? "http:" + uri.substring(6) : "https:" + uri.substring(5);
      case 3:
        return uri.contains("/Id/") ? uri.replace("/Id/", "/id/") : uri.toUpperCase(Locale.ROOT);
      case 4:
        return uri.toUpperCase(Locale.ROOT);
      default:
        return mutate(mutate(uri, 0), 2);
    }
  }

  static List<IdentifierSystem> registry() {
    return IdentifierSystems.all();
  }

  private static String join(Character a, Character b, Character c) {
    return "" + a + b + c;
  }

  private static String join(List<Character> chars) {
    StringBuilder s = new StringBuilder();
    chars.forEach(s::append);
    return s.toString();
  }
}
