package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;
import java.util.List;

/**
 * A participant in an encounter.
 *
 * @param types participation types (attender, referrer, consultant)
 * @param period period, or null
 * @param individual who, or null
 */
public record EncounterParticipant(List<Concept> types, Period period, Ref individual) {
  public EncounterParticipant {
    types = Checks.list(types, "types");
  }
}
