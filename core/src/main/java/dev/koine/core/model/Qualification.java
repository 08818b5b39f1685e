package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;
import java.util.List;

/**
 * A practitioner qualification.
 *
 * @param identifiers identifiers
 * @param code the qualification
 * @param period period, or null
 * @param issuer issuer, or null
 */
public record Qualification(List<Identifier> identifiers, Concept code, Period period, Ref issuer) {
  public Qualification {
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.notNull(code, "code");
  }
}
