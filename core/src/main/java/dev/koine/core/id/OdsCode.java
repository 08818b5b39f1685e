package dev.koine.core.id;

import dev.koine.core.internal.Checks;
import java.util.Locale;
import java.util.Optional;

/**
 * An Organisation Data Service (ODS) code: an organisation or site code from the NHS Data
 * Dictionary organisation and organisation site coding frames (NHS-STANDARDS.md §2.2), e.g. trusts
 * {@code RH8} and {@code R0A}, trust sites {@code RH802}, GP practices {@code A81001} and {@code
 * Y06601}, independent-sector sites {@code NV701}, local authority sites {@code 000AA}, Welsh
 * health board sites {@code 7A101}, commissioners {@code Q44} and NHS England {@code X26}.
 *
 * <p>ODS codes have no check digit, so only the shape can be checked here: 3 to 9 characters (the
 * site coding frames run to nine positions), upper-case ASCII letters and digits, at least one of
 * them a letter (an all-digit value is far more likely another identifier, such as a GMC number).
 * Whether the organisation exists needs reference data: see {@link OdsDirectory}. A plausible shape
 * does not catch {@code ROA} (letter O) written for the real {@code R0A} (digit zero).
 *
 * <p>ODS codes name organisations, not patients, so {@link #toString()} shows the code.
 *
 * @param value the code, upper case, no whitespace
 */
public record OdsCode(String value) {
  /** The shortest plausible code. */
  public static final int MIN_LENGTH = 3;

  /** The longest plausible code (the site coding frames have nine positions). */
  public static final int MAX_LENGTH = 9;

  public OdsCode {
    Checks.notNull(value, "value");
    Checks.require(
        isPlausible(value),
        "an ODS code is %d to %d upper-case letters and digits, with at least one letter",
        MIN_LENGTH,
        MAX_LENGTH);
  }

  /**
   * Reads an ODS code exactly as written (no case change, no trimming).
   *
   * @throws IllegalArgumentException if the shape is not plausible; the message does not repeat the
   *     input
   */
  public static OdsCode parse(String input) {
    return new OdsCode(Checks.notNull(input, "input"));
  }

  /** The code, or empty if the input (which may be null) is not plausible as written. */
  public static Optional<OdsCode> tryParse(String input) {
    return isPlausible(input) ? Optional.of(new OdsCode(input)) : Optional.empty();
  }

  /**
   * The code after removing surrounding whitespace and upper-casing (in {@link Locale#ROOT}), or
   * empty if even that is not plausible. For lenient readers; validators should report the
   * difference.
   */
  public static Optional<OdsCode> tryParseLenient(String input) {
    if (input == null) {
      return Optional.empty();
    }
    return tryParse(input.strip().toUpperCase(Locale.ROOT));
  }

  /** True if the input (which may be null) has the shape of an ODS code, exactly as written. */
  public static boolean isPlausible(String input) {
    if (input == null || input.length() < MIN_LENGTH || input.length() > MAX_LENGTH) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letter = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return letter;
  }

  /**
   * A best-effort guess at the kind of organisation, from the shape alone ({@link OdsCodeKind}).
   */
  public OdsCodeKind kind() {
    char first = value.charAt(0);
    switch (value.length()) {
      case 3:
        if (first == 'R' || first == 'T') {
          return OdsCodeKind.NHS_TRUST;
        }
        if (first == 'Q'
            || value.equals("X24")
            || value.equals("X26")
            || (isDigit(first) && isDigit(value.charAt(1)) && isLetter(value.charAt(2)))) {
          return OdsCodeKind.COMMISSIONER;
        }
        return OdsCodeKind.OTHER;
      case 5:
        return first == 'R' || first == 'T' ? OdsCodeKind.NHS_TRUST_SITE : OdsCodeKind.OTHER;
      case 6:
        return isLetter(first) && value.substring(1).chars().allMatch(OdsCode::isDigit)
            ? OdsCodeKind.GP_PRACTICE
            : OdsCodeKind.OTHER;
      default:
        return OdsCodeKind.OTHER;
    }
  }

  /** The code as an identifier in the ODS organisation or, for trust sites, the ODS site system. */
  public Identifier toIdentifier() {
    IdentifierSystem system =
        kind() == OdsCodeKind.NHS_TRUST_SITE
            ? IdentifierSystems.ODS_SITE
            : IdentifierSystems.ODS_ORGANISATION;
    return system.identifier(value);
  }

  /** The code itself (ODS codes are not patient data). */
  @Override
  public String toString() {
    return value;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(int c) {
    return c >= 'A' && c <= 'Z';
  }
}
