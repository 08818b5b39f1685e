package dev.koine.core.message;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;
import java.util.List;

/**
 * One detail of an acknowledgement (OperationOutcome.issue; v2 ERR).
 *
 * @param severity fatal, error, warning, information
 * @param code FHIR issue type (invalid, processing, business-rule ...), or null
 * @param details details: ITK response code, BaRS error code, v2 ERR-3/ERR-5, or null
 * @param diagnostics diagnostics text (no patient data), or null
 * @param locations locations (FHIRPath expressions, v2 ERR-2)
 */
public record AckIssue(
    String severity, String code, Concept details, String diagnostics, List<String> locations) {
  public AckIssue {
    Checks.optionalText(severity, "severity");
    Checks.optionalText(code, "code");
    Checks.optionalText(diagnostics, "diagnostics");
    locations = Checks.list(locations, "locations");
    Checks.notNull(severity, "severity");
  }
}
