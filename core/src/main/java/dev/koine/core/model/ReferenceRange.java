package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * A reference range (OBX-7).
 *
 * @param low low, or null
 * @param high high, or null
 * @param type type, or null
 * @param appliesTo populations it applies to
 * @param age age range, or null
 * @param text text (e.g. "3.5-5.0" as sent), or null
 */
public record ReferenceRange(
    Quantity low, Quantity high, Concept type, List<Concept> appliesTo, Range age, String text) {
  public ReferenceRange {
    appliesTo = Checks.list(appliesTo, "appliesTo");
    Checks.optionalText(text, "text");
  }
}
