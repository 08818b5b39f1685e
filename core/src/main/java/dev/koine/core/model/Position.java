package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import java.math.BigDecimal;

/**
 * A WGS84 position (FHIR Location.position).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param longitude longitude
 * @param latitude latitude
 * @param altitude altitude, or null
 */
public record Position(BigDecimal longitude, BigDecimal latitude, BigDecimal altitude) {
  public Position {
    Checks.notNull(longitude, "longitude");
    Checks.notNull(latitude, "latitude");
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Position[");
    if (longitude != null) {
      s.append("longitude, ");
    }
    if (latitude != null) {
      s.append("latitude, ");
    }
    if (altitude != null) {
      s.append("altitude, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }
}
