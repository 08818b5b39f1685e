package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;

/**
 * A recipient of a message with its action or information role (ITK3 RecipientType FA/FI;
 * MessageHeader.destination; v2 MSH-5/6).
 *
 * @param name name (v2 receiving application), or null
 * @param receiver receiving organisation or person, or null
 * @param target target device, or null
 * @param endpoint endpoint, or null
 * @param type action or information, or null
 */
public record Recipient(
    String name, Ref receiver, Ref target, String endpoint, RecipientType type) {
  public Recipient {
    Checks.optionalText(name, "name");
    Checks.optionalText(endpoint, "endpoint");
  }
}
