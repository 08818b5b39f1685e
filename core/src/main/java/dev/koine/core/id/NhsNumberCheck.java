package dev.koine.core.id;

import dev.koine.core.issue.IssueCode;

/**
 * The outcome of checking a candidate NHS number ({@link NhsNumber#check(String)}), in the order
 * the checks are made. Only {@link #VALID} numbers become an {@link NhsNumber}.
 *
 * <p>Rules: NHS Data Dictionary "NHS NUMBER" (ten digits, Modulus 11 check digit, remainder 10
 * never valid) and the reference implementation {@code uk-fci/nhs-number} 2.x (accepted layouts,
 * and Scotland CHI numbers must start with a real {@code DDMMYY} date).
 */
public enum NhsNumberCheck {
  /** Ten digits in an accepted layout, correct check digit, plausible CHI date where relevant. */
  VALID(null, "a valid NHS number"),
  /** Null, empty or only whitespace. */
  EMPTY(IssueCode.NHS_NUMBER_FORMAT, "the NHS number is empty"),
  /** Holds a character other than an ASCII digit, a space or a hyphen. */
  NON_DIGIT(
      IssueCode.NHS_NUMBER_FORMAT,
      "the NHS number holds a character other than digits, spaces and hyphens"),
  /** Only digits and separators, but not ten digits. */
  WRONG_LENGTH(IssueCode.NHS_NUMBER_FORMAT, "the NHS number does not have ten digits"),
  /**
   * Ten digits, but separated other than as {@code 999 999 9999} or {@code 999-999-9999} (the only
   * layouts the reference {@code standardise_format} accepts).
   */
  WRONG_LAYOUT(
      IssueCode.NHS_NUMBER_FORMAT,
      "the NHS number's digits are not written as 10 digits, '999 999 9999' or '999-999-9999'"),
  /**
   * The first nine digits give a Modulus 11 remainder of 10: no check digit can match, so every
   * number starting with these nine digits is invalid.
   */
  CHECK_DIGIT_TEN(
      IssueCode.NHS_NUMBER_CHECK_DIGIT,
      "the first nine digits of the NHS number give check digit 10, which is never valid"),
  /** The tenth digit is not the Modulus 11 check digit of the first nine. */
  CHECK_DIGIT_MISMATCH(
      IssueCode.NHS_NUMBER_CHECK_DIGIT,
      "the NHS number's check digit does not match its first nine digits"),
  /**
   * In the Scotland CHI range, but the first six digits are not a real {@code DDMMYY} date in
   * either the 1900s or the 2000s.
   */
  CHI_DATE_IMPOSSIBLE(
      IssueCode.NHS_NUMBER_CHI_DATE,
      "the number is in the Scotland CHI range but its first six digits are not a real DDMMYY date");

  private final IssueCode issueCode;
  private final String reason;

  NhsNumberCheck(IssueCode issueCode, String reason) {
    this.issueCode = issueCode;
    this.reason = reason;
  }

  /** True only for {@link #VALID}. */
  public boolean isValid() {
    return this == VALID;
  }

  /** True if the digits could be read (everything from {@link #CHECK_DIGIT_TEN} on). */
  public boolean isWellFormed() {
    return this == VALID
        || this == CHECK_DIGIT_TEN
        || this == CHECK_DIGIT_MISMATCH
        || this == CHI_DATE_IMPOSSIBLE;
  }

  /** The issue code a validator reports for this outcome; null for {@link #VALID}. */
  public IssueCode issueCode() {
    return issueCode;
  }

  /** A readable reason that never contains the number. */
  public String reason() {
    return reason;
  }
}
