package dev.koine.core.message;

import dev.koine.core.internal.Checks;

/**
 * A message: an envelope and a payload. Immutable and thread-safe; {@link #toString()} carries no
 * patient data.
 *
 * @param envelope who sends what to whom, when, and which acknowledgements are wanted
 * @param payload the content
 */
public record Message(Envelope envelope, Payload payload) {
  public Message {
    Checks.notNull(envelope, "envelope");
    Checks.notNull(payload, "payload");
  }

  /** A message of this envelope and payload. */
  public static Message of(Envelope envelope, Payload payload) {
    return new Message(envelope, payload);
  }

  @Override
  public String toString() {
    return "Message[family="
        + envelope.family()
        + ", event="
        + envelope.event().code()
        + ", payload="
        + payload
        + "]";
  }
}
