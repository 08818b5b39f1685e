package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;

/**
 * A performer with its function.
 *
 * @param function function, or null
 * @param actor who
 * @param onBehalfOf on behalf of, or null
 */
public record Performer(Concept function, Ref actor, Ref onBehalfOf) {
  public Performer {
    Checks.notNull(actor, "actor");
  }
}
