package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;

/**
 * A diagnosis of an encounter with its role and rank.
 *
 * @param condition the condition
 * @param use role (admission, discharge ...), or null
 * @param rank rank, or null
 */
public record EncounterDiagnosis(Ref condition, Concept use, Integer rank) {
  public EncounterDiagnosis {
    Checks.notNull(condition, "condition");
  }
}
