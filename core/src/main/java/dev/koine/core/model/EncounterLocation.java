package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;

/**
 * Where the patient was during an encounter.
 *
 * @param location the location
 * @param status planned, active, reserved, completed; or null
 * @param physicalType physical type, or null
 * @param period period, or null
 */
public record EncounterLocation(Ref location, String status, Concept physicalType, Period period) {
  public EncounterLocation {
    Checks.optionalText(status, "status");
    Checks.notNull(location, "location");
  }
}
