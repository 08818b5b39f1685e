package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.List;

/**
 * A reaction to an allergen.
 *
 * @param substance substance, or null
 * @param manifestations manifestations
 * @param description description, or null
 * @param onset onset, or null
 * @param severity mild, moderate, severe; or null
 * @param exposureRoute exposure route, or null
 * @param notes notes
 */
public record Reaction(
    Concept substance,
    List<Concept> manifestations,
    String description,
    PartialDateTime onset,
    String severity,
    Concept exposureRoute,
    List<Note> notes) {
  public Reaction {
    manifestations = Checks.list(manifestations, "manifestations");
    Checks.optionalText(description, "description");
    Checks.optionalText(severity, "severity");
    notes = Checks.list(notes, "notes");
  }
}
