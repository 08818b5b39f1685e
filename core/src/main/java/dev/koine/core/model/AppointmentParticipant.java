package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;
import java.util.List;

/**
 * A participant of an appointment.
 *
 * @param types types
 * @param actor who, or null
 * @param required required, optional, information-only; or null
 * @param status accepted, declined, tentative, needs-action
 * @param period period, or null
 */
public record AppointmentParticipant(
    List<Concept> types, Ref actor, String required, String status, Period period) {
  public AppointmentParticipant {
    types = Checks.list(types, "types");
    Checks.optionalText(required, "required");
    Checks.optionalText(status, "status");
    Checks.notNull(status, "status");
  }
}
