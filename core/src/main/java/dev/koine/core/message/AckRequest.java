package dev.koine.core.message;

import dev.koine.core.model.*;

/**
 * Which acknowledgements the sender asks for. ITK3 booleans map to ALWAYS/NEVER; the R4
 * response-request extension and v2 MSH-16 to the business rule; v2 MSH-15 to the infrastructure
 * rule.
 *
 * @param infrastructure infrastructure (accept) acknowledgement rule, or null
 * @param business business (application) acknowledgement rule, or null
 */
public record AckRequest(ResponseRequest infrastructure, ResponseRequest business) {
  public AckRequest {}
}
