package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;

/**
 * Who sends a message: an organisation, optionally a person, and an endpoint.
 *
 * @param organisation organisation, or null
 * @param person practitioner or role, or null
 * @param endpoint endpoint address (ASID, MESH mailbox, URL), or null
 */
public record Party(Ref organisation, Ref person, String endpoint) {
  public Party {
    Checks.optionalText(endpoint, "endpoint");
  }
}
