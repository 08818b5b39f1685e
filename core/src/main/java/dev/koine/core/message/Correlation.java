package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;

/**
 * The link from a message to an earlier one.
 *
 * @param inReplyTo id of the message answered (response.identifier, MSA-2), or null
 * @param correlationId conversation correlation id (X-Correlation-Id), or null
 */
public record Correlation(String inReplyTo, String correlationId) {
  public Correlation {
    Checks.optionalText(inReplyTo, "inReplyTo");
    Checks.optionalText(correlationId, "correlationId");
  }
}
