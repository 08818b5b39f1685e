package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;
import java.util.List;

/**
 * A person name (FHIR HumanName, HL7 v2 XPN).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param use use (official, usual, nickname, maiden ...), or null
 * @param text full text, or null
 * @param family family name, or null
 * @param given given names
 * @param prefixes prefixes (titles)
 * @param suffixes suffixes
 * @param period validity period, or null
 */
public record HumanName(
    String use,
    String text,
    String family,
    List<String> given,
    List<String> prefixes,
    List<String> suffixes,
    Period period) {
  public HumanName {
    Checks.optionalText(use, "use");
    Checks.optionalText(text, "text");
    Checks.optionalText(family, "family");
    given = Checks.list(given, "given");
    prefixes = Checks.list(prefixes, "prefixes");
    suffixes = Checks.list(suffixes, "suffixes");
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("HumanName[");
    if (use != null) {
      s.append("use, ");
    }
    if (text != null) {
      s.append("text, ");
    }
    if (family != null) {
      s.append("family, ");
    }
    if (!given.isEmpty()) {
      s.append("given=").append(given.size()).append(", ");
    }
    if (!prefixes.isEmpty()) {
      s.append("prefixes=").append(prefixes.size()).append(", ");
    }
    if (!suffixes.isEmpty()) {
      s.append("suffixes=").append(suffixes.size()).append(", ");
    }
    if (period != null) {
      s.append("period, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }
}
