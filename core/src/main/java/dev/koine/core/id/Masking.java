package dev.koine.core.id;

/**
 * Masks identifying values for logs, messages and {@code toString()}: {@code 9434765919} becomes
 * {@code 943*****19}. Short values are masked entirely.
 */
public final class Masking {
  private Masking() {}

  /**
   * Keeps the first three and the last two characters of values of seven characters or more, masks
   * everything else (short values show only asterisks). Null gives {@code "null"}.
   */
  public static String mask(String value) {
    if (value == null) {
      return "null";
    }
    int n = value.length();
    if (n < 7) {
      return "*".repeat(n);
    }
    return value.substring(0, 3) + "*".repeat(n - 5) + value.substring(n - 2);
  }
}
