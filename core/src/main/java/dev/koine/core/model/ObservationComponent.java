package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * A component of an observation (e.g. systolic and diastolic).
 *
 * @param code what
 * @param value value, or null
 * @param dataAbsentReason why absent, or null
 * @param interpretations interpretations
 * @param referenceRanges reference ranges
 */
public record ObservationComponent(
    Concept code,
    Value value,
    Concept dataAbsentReason,
    List<Concept> interpretations,
    List<ReferenceRange> referenceRanges) {
  public ObservationComponent {
    interpretations = Checks.list(interpretations, "interpretations");
    referenceRanges = Checks.list(referenceRanges, "referenceRanges");
    Checks.notNull(code, "code");
  }
}
