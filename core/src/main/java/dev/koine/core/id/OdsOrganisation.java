package dev.koine.core.id;

import dev.koine.core.internal.Checks;

/**
 * An organisation as ODS reference data knows it (a small subset: enough to check a code).
 *
 * @param code its ODS code
 * @param name its registered name
 * @param active false if the organisation has closed (its code is kept, never reused)
 */
public record OdsOrganisation(OdsCode code, String name, boolean active) {
  public OdsOrganisation {
    Checks.notNull(code, "code");
    Checks.notBlank(name, "name");
  }
}
