package dev.koine.fhir.internal.tree;

/**
 * How a primitive value is written in FHIR JSON: a string, a number or a boolean. The value itself
 * is always kept as text (a decimal keeps its exact digits: {@code 1.50} stays {@code 1.50}).
 */
public enum ValueKind {
  /** A JSON string: most FHIR primitives (string, code, uri, dateTime, the narrative div...). */
  STRING,
  /** A JSON number: FHIR integer, decimal, positiveInt, unsignedInt (and integer64). */
  NUMBER,
  /** A JSON boolean: FHIR boolean. */
  BOOLEAN;

  /**
   * Whether {@code text} can be written with this kind: any text is a string; a number must match
   * the JSON number grammar (which is also FHIR's decimal grammar); a boolean is {@code true} or
   * {@code false}.
   */
  public boolean accepts(String text) {
    switch (this) {
      case NUMBER:
        return isJsonNumber(text);
      case BOOLEAN:
        return "true".equals(text) || "false".equals(text);
      default:
        return true;
    }
  }

  /** The JSON number grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  static boolean isJsonNumber(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (i >= n) {
      return false;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else if (isDigit(s.charAt(i))) {
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    } else {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
