package dev.koine.core.id;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.Issues;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A valid NHS number: ten digits with a correct Modulus 11 check digit (NHS Data Dictionary "NHS
 * NUMBER"; NHS-STANDARDS.md §2.1). Behaviour follows the reference implementation {@code
 * uk-fci/nhs-number} 2.x and passes its language-agnostic test vectors.
 *
 * <p>An instance is always valid: the constructor accepts only the ten standardised digits of a
 * number for which {@link #check(String)} gives {@link NhsNumberCheck#VALID}. Use {@link
 * #parse(String)} or {@link #tryParse(String)} for input written as {@code 943 476 5919} or {@code
 * 943-476-5919}. Validity says nothing about whether the number was ever issued: see {@link
 * #region()}, {@link #isSynthetic()} and {@link #isPlaceholder()}.
 *
 * <p>{@link #toString()} is masked ({@code NhsNumber[943*****19]}): NHS numbers are patient data.
 * Exception messages never contain the number.
 *
 * @param value the ten standardised digits
 */
public record NhsNumber(String value) {
  private static final Pattern GOOD_FORMAT =
      Pattern.compile("[0-9]{10}|[0-9]{3} [0-9]{3} [0-9]{4}|[0-9]{3}-[0-9]{3}-[0-9]{4}");

  private static final long MAX = 9_999_999_999L;

  public NhsNumber {
    Checks.notNull(value, "value");
    Checks.require(isTenDigits(value), "value must be exactly ten ASCII digits, no separators");
    NhsNumberCheck result = check(value);
    Checks.require(result.isValid(), "value is not a valid NHS number: %s", result.reason());
  }

  /**
   * Reads an NHS number written as ten digits, {@code 999 999 9999} or {@code 999-999-9999}, with
   * any surrounding whitespace.
   *
   * @throws NullPointerException if {@code input} is null
   * @throws IllegalArgumentException if the input is not a valid NHS number; the message gives the
   *     reason ({@link NhsNumberCheck#reason()}) and never the input
   */
  public static NhsNumber parse(String input) {
    Checks.notNull(input, "input");
    NhsNumberCheck result = check(input);
    if (!result.isValid()) {
      throw new IllegalArgumentException("not a valid NHS number: " + result.reason());
    }
    return new NhsNumber(standardise(input).orElseThrow());
  }

  /** The NHS number, or empty if the input (which may be null) is not a valid NHS number. */
  public static Optional<NhsNumber> tryParse(String input) {
    return check(input).isValid()
        ? Optional.of(new NhsNumber(standardise(input).orElseThrow()))
        : Optional.empty();
  }

  /** True if the input (which may be null) is a valid NHS number; never throws. */
  public static boolean isValid(String input) {
    return check(input).isValid();
  }

  /**
   * True if the input is a valid NHS number in {@code region} (the reference's {@code is_valid(n,
   * for_region=...)}).
   */
  public static boolean isValid(String input, NhsNumberRegion region) {
    Checks.notNull(region, "region");
    return tryParse(input).map(n -> n.region() == region).orElse(false);
  }

  /**
   * Checks a candidate NHS number and says why it fails. Null, empty and blank input give {@link
   * NhsNumberCheck#EMPTY}; never throws.
   */
  public static NhsNumberCheck check(String input) {
    if (input == null) {
      return NhsNumberCheck.EMPTY;
    }
    String trimmed = input.strip();
    if (trimmed.isEmpty()) {
      return NhsNumberCheck.EMPTY;
    }
    int digits = 0;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != ' ' && c != '-') {
        return NhsNumberCheck.NON_DIGIT;
      }
    }
    if (digits != 10) {
      return NhsNumberCheck.WRONG_LENGTH;
    }
    if (!GOOD_FORMAT.matcher(trimmed).matches()) {
      return NhsNumberCheck.WRONG_LAYOUT;
    }
    String standard = trimmed.replace(" ", "").replace("-", "");
    int expected = checkDigit(standard.substring(0, 9));
    if (expected == 10) {
      return NhsNumberCheck.CHECK_DIGIT_TEN;
    }
    if (expected != standard.charAt(9) - '0') {
      return NhsNumberCheck.CHECK_DIGIT_MISMATCH;
    }
    if (NhsNumberRegion.of(standard) == NhsNumberRegion.SCOTLAND_CHI
        && !isPlausibleChiDate(standard)) {
      return NhsNumberCheck.CHI_DATE_IMPOSSIBLE;
    }
    return NhsNumberCheck.VALID;
  }

  /**
   * The reference {@code standardise_format}: strips surrounding whitespace and accepts exactly ten
   * digits, {@code 999 999 9999} or {@code 999-999-9999}, returning the ten bare digits; anything
   * else (including null) gives empty. The check digit is not checked. Idempotent.
   *
   * <p>Unlike the Python reference, only ASCII digits count as digits.
   */
  public static Optional<String> standardise(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String trimmed = input.strip();
    if (!GOOD_FORMAT.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    return Optional.of(trimmed.replace(" ", "").replace("-", ""));
  }

  /**
   * The reference {@code standardise_format} for an integer: zero-padded to ten digits; negative
   * numbers and numbers of more than ten digits give empty.
   */
  public static Optional<String> standardise(long number) {
    if (number < 0 || number > MAX) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "%010d", number));
  }

  /**
   * The Modulus 11 check digit of the first nine digits (weights 10 down to 2; {@code 11 - (sum mod
   * 11)}, with 11 becoming 0). A result of {@code 10} means that no tenth digit can make a valid
   * number (the reference's {@code calculate_checksum} also returns 10).
   *
   * @param nineDigits exactly nine ASCII digits
   * @return 0 to 10
   * @throws IllegalArgumentException if the argument is not exactly nine ASCII digits
   */
  public static int checkDigit(String nineDigits) {
    Checks.notNull(nineDigits, "nineDigits");
    Checks.require(
        nineDigits.length() == 9 && allDigits(nineDigits), "expected exactly nine ASCII digits");
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }

  /**
   * True if the first six digits of a ten-digit string are a real {@code DDMMYY} date in the 1900s
   * or the 2000s (so {@code 290200} counts: 2000 was a leap year). This is the date rule for
   * Scotland CHI numbers; it does not depend on today's date.
   *
   * @throws IllegalArgumentException if {@code tenDigits} is not exactly ten ASCII digits
   */
  public static boolean isPlausibleChiDate(String tenDigits) {
    Checks.require(isTenDigits(tenDigits), "expected exactly ten ASCII digits");
    int day = Integer.parseInt(tenDigits.substring(0, 2));
    int month = Integer.parseInt(tenDigits.substring(2, 4));
    int yy = Integer.parseInt(tenDigits.substring(4, 6));
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= YearMonth.of(1900 + yy, month).lengthOfMonth()
        || day <= YearMonth.of(2000 + yy, month).lengthOfMonth();
  }

  /**
   * Findings for a candidate NHS number at {@code location}: the failed check as an error, or for a
   * valid number the notes a receiver should see (synthetic range, placeholder, range never issued,
   * separators removed). Messages never contain the number.
   */
  public static Issues issues(String input, String location) {
    Checks.notNull(location, "location");
    NhsNumberCheck result = check(input);
    Issues.Builder issues = Issues.builder();
    if (!result.isValid()) {
      return issues.add(result.issueCode(), location, result.reason()).build();
    }
    NhsNumber number = new NhsNumber(standardise(input).orElseThrow());
    if (!number.value.equals(input)) {
      issues.add(
          IssueCode.NORMALISED,
          location,
          "NHS number written with spaces, hyphens or surrounding whitespace; use the ten digits");
    }
    if (number.isPlaceholder()) {
      issues.add(
          IssueCode.NHS_NUMBER_PLACEHOLDER,
          location,
          "NHS number of ten identical digits: a placeholder, not a patient's number");
    }
    NhsNumberRegion region = number.region();
    if (region == NhsNumberRegion.SYNTHETIC) {
      issues.add(
          IssueCode.NHS_NUMBER_SYNTHETIC,
          location,
          "NHS number in the synthetic range (first digit 9), never issued to a patient");
    } else if (!region.isIssued()) {
      issues.add(
          IssueCode.NHS_NUMBER_RANGE,
          location,
          "NHS number in a range never issued to patients (" + region + ")");
    }
    return issues.build();
  }

  /** Who issued the number, by range. */
  public NhsNumberRegion region() {
    return NhsNumberRegion.of(value);
  }

  /** True if the number is in the synthetic 9000000000–9999999999 range (never issued). */
  public boolean isSynthetic() {
    return region() == NhsNumberRegion.SYNTHETIC;
  }

  /**
   * True for the ten numbers made of one digit repeated ({@code 0000000000} ... {@code
   * 9999999999}): their check digits are all correct, but they are placeholders, not patients.
   */
  public boolean isPlaceholder() {
    return value.chars().allMatch(c -> c == value.charAt(0));
  }

  /** The number written {@code 943 476 5919} (NHS Digital Service Manual). */
  public String formatted() {
    return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
  }

  /** The number masked for logs: {@code 943*****19} ({@link Masking#mask(String)}). */
  public String masked() {
    return Masking.mask(value);
  }

  /** The number as an identifier in the {@link IdentifierSystems#NHS_NUMBER} system. */
  public Identifier toIdentifier() {
    return IdentifierSystems.NHS_NUMBER.identifier(value);
  }

  /** {@code NhsNumber[943*****19]}: masked, never the full number. */
  @Override
  public String toString() {
    return "NhsNumber[" + masked() + "]";
  }

  static boolean isTenDigits(String s) {
    return s != null && s.length() == 10 && allDigits(s);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
