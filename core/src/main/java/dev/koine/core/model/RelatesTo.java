package dev.koine.core.model;

import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;

/**
 * A relationship to another document (replaces, appends, transforms, signs).
 *
 * @param code relationship code
 * @param targetIdentifier target document identifier, or null
 * @param targetReference target reference, or null
 */
public record RelatesTo(String code, Identifier targetIdentifier, Ref targetReference) {
  public RelatesTo {
    Checks.optionalText(code, "code");
    Checks.notNull(code, "code");
  }
}
