package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * An activity of a care plan with its outcomes (BaRS triage outcome).
 *
 * @param outcomes outcome concepts
 * @param outcomeReferences outcome references
 * @param progress progress notes
 * @param reference the activity resource, or null
 * @param detailStatus detail status, or null
 * @param detailCode detail code, or null
 * @param detailDescription detail description, or null
 */
public record CarePlanActivity(
    List<Concept> outcomes,
    List<Ref> outcomeReferences,
    List<Note> progress,
    Ref reference,
    String detailStatus,
    Concept detailCode,
    String detailDescription) {
  public CarePlanActivity {
    outcomes = Checks.list(outcomes, "outcomes");
    outcomeReferences = Checks.list(outcomeReferences, "outcomeReferences");
    progress = Checks.list(progress, "progress");
    Checks.optionalText(detailStatus, "detailStatus");
    Checks.optionalText(detailDescription, "detailDescription");
  }
}
