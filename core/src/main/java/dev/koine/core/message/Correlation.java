package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;

/**
 * The link from a message to an earlier one.
 *
 * @param inReplyTo id of the message answered (response.identifier, MSA-2), or null
 * @param correlationId conversation correlation id (X-Correlation-Id), or null
 * @param responseCode the FHIR response code of a reply that is not itself an acknowledgement
 *     payload ({@code MessageHeader.response.code}: {@code ok}, {@code transient-error}, {@code
 *     fatal-error}; e.g. a BaRS servicerequest-response), or null. An {@link Acknowledgement}
 *     carries its outcome in its status instead.
 * @param details what the reply's {@code MessageHeader.response.details} names (the
 *     OperationOutcome, in the message, that details the outcome) when the reply is not an
 *     acknowledgement payload of Koine's own shape, or null
 */
public record Correlation(
    String inReplyTo, String correlationId, String responseCode, Ref details) {
  public Correlation {
    Checks.optionalText(inReplyTo, "inReplyTo");
    Checks.optionalText(correlationId, "correlationId");
    Checks.optionalText(responseCode, "responseCode");
  }

  /**
   * A correlation without response details.
   *
   * @param inReplyTo id of the message answered, or null
   * @param correlationId conversation correlation id, or null
   * @param responseCode the FHIR response code of a reply that is not an acknowledgement, or null
   */
  public Correlation(String inReplyTo, String correlationId, String responseCode) {
    this(inReplyTo, correlationId, responseCode, null);
  }

  /**
   * A correlation without a response code.
   *
   * @param inReplyTo id of the message answered, or null
   * @param correlationId conversation correlation id, or null
   */
  public Correlation(String inReplyTo, String correlationId) {
    this(inReplyTo, correlationId, null);
  }

  /**
   * This correlation without its response code and details (an acknowledgement payload carries both
   * itself); null if nothing else remains.
   */
  public Correlation withoutResponseCode() {
    return inReplyTo == null && correlationId == null
        ? null
        : new Correlation(inReplyTo, correlationId, null, null);
  }
}
