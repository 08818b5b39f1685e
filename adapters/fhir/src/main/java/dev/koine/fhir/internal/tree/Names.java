package dev.koine.fhir.internal.tree;

/** Lexical checks on names read from the input, so that only markup ever reaches a location. */
public final class Names {
  private Names() {}

  /** A FHIR element name: a letter, then letters, digits or underscores (at most 128). */
  static boolean isElementName(String s) {
    int n = s.length();
    if (n == 0 || n > 128 || !isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** A FHIR resource type: an upper-case letter, then letters or digits (at most 128). */
  static boolean isResourceType(String s) {
    int n = s.length();
    if (n == 0 || n > 128 || !(s.charAt(0) >= 'A' && s.charAt(0) <= 'Z')) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!isLetter(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Whether a text is in the form of the FHIR id datatype ({@code [A-Za-z0-9\-.]{1,64}}). */
  public static boolean isId(String s) {
    int n = s.length();
    if (n == 0 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** The name itself when it is a valid element name, else a placeholder. */
  static String safe(String s) {
    return s != null && isElementName(s) ? s : "<invalid-name>";
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
