package dev.koine.terminology.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the one kind of SNOMED CT expression constraint (ECL) that is a plain list: concept
 * ids joined by {@code OR}, each optionally followed by its {@code |term|}, the whole optionally in
 * parentheses, e.g. {@code (248234008 |Mentally alert| OR 300202002)}. Anything else (hierarchy
 * operators, {@code memberOf}, refinements, {@code MINUS}) needs a terminology server. Not API.
 */
public final class EclDisjunction {
  private EclDisjunction() {}

  /** The concept ids of a plain disjunction, or null if the expression is anything else. */
  public static Set<String> parse(String ecl) {
    if (ecl == null) {
      return null;
    }
    String s = ecl.strip();
    int open = 0;
    while (open < s.length() && s.charAt(open) == '(') {
      open++;
      while (open < s.length() && Character.isWhitespace(s.charAt(open))) {
        open++;
      }
    }
    int end = s.length();
    for (int i = 0; i < open; i++) {
      while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      if (end == 0 || s.charAt(end - 1) != ')') {
        return null;
      }
      end--;
    }
    Set<String> ids = new LinkedHashSet<>();
    int i = open;
    while (true) {
      i = skipSpace(s, i, end);
      int start = i;
      while (i < end && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (i - start < 6 || i - start > 18) {
        return null;
      }
      ids.add(s.substring(start, i));
      i = skipSpace(s, i, end);
      if (i < end && s.charAt(i) == '|') {
        int close = s.indexOf('|', i + 1);
        if (close < 0 || close >= end) {
          return null;
        }
        i = skipSpace(s, close + 1, end);
      }
      if (i == end) {
        return ids;
      }
      if (i + 2 < end
          && s.substring(i, i + 2).toUpperCase(Locale.ROOT).equals("OR")
          && Character.isWhitespace(s.charAt(i + 2))) {
        i += 3;
      } else {
        return null;
      }
    }
  }

  private static int skipSpace(String s, int i, int end) {
    while (i < end && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
