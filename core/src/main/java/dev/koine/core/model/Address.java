package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;
import java.util.List;

/**
 * A postal address (FHIR Address, HL7 v2 XAD).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param use use (home, work, temp ...), or null
 * @param type postal, physical or both, or null
 * @param text full text, or null
 * @param lines street lines
 * @param city city, or null
 * @param district district (county), or null
 * @param state state, or null
 * @param postalCode postcode, or null
 * @param country country, or null
 * @param period validity period, or null
 */
public record Address(
    String use,
    String type,
    String text,
    List<String> lines,
    String city,
    String district,
    String state,
    String postalCode,
    String country,
    Period period) {
  public Address {
    Checks.optionalText(use, "use");
    Checks.optionalText(type, "type");
    Checks.optionalText(text, "text");
    lines = Checks.list(lines, "lines");
    Checks.optionalText(city, "city");
    Checks.optionalText(district, "district");
    Checks.optionalText(state, "state");
    Checks.optionalText(postalCode, "postalCode");
    Checks.optionalText(country, "country");
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Address[");
    if (use != null) {
      s.append("use, ");
    }
    if (type != null) {
      s.append("type, ");
    }
    if (text != null) {
      s.append("text, ");
    }
    if (!lines.isEmpty()) {
      s.append("lines=").append(lines.size()).append(", ");
    }
    if (city != null) {
      s.append("city, ");
    }
    if (district != null) {
      s.append("district, ");
    }
    if (state != null) {
      s.append("state, ");
    }
    if (postalCode != null) {
      s.append("postalCode, ");
    }
    if (country != null) {
      s.append("country, ");
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
