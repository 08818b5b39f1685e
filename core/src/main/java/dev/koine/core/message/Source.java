package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;

/**
 * The sending system (MessageHeader.source; v2 MSH-3).
 *
 * @param name name, or null
 * @param software software, or null
 * @param version version, or null
 * @param contact contact, or null
 * @param endpoint endpoint, or null
 */
public record Source(
    String name, String software, String version, ContactPoint contact, String endpoint) {
  public Source {
    Checks.optionalText(name, "name");
    Checks.optionalText(software, "software");
    Checks.optionalText(version, "version");
    Checks.optionalText(endpoint, "endpoint");
  }
}
