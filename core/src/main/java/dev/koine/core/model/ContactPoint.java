package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;

/**
 * A phone number, email or similar (FHIR ContactPoint, HL7 v2 XTN).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param system phone, email, fax, url ...; or null
 * @param value the number or address, or null
 * @param use home, work, mobile ...; or null
 * @param rank preference order, or null
 * @param period validity period, or null
 */
public record ContactPoint(String system, String value, String use, Integer rank, Period period) {
  public ContactPoint {
    Checks.optionalText(system, "system");
    Checks.optionalText(value, "value");
    Checks.optionalText(use, "use");
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ContactPoint[");
    if (system != null) {
      s.append("system, ");
    }
    if (value != null) {
      s.append("value, ");
    }
    if (use != null) {
      s.append("use, ");
    }
    if (rank != null) {
      s.append("rank, ");
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
