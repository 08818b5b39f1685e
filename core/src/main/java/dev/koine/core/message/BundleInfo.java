package dev.koine.core.message;

import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;
import dev.koine.core.time.PartialDateTime;

/**
 * A Bundle's own id, identifier, meta and timestamp, kept for a faithful round trip.
 *
 * @param id Bundle.id, or null
 * @param identifier Bundle.identifier, or null
 * @param meta Bundle.meta, or null
 * @param timestamp Bundle.timestamp, or null
 */
public record BundleInfo(String id, Identifier identifier, Meta meta, PartialDateTime timestamp) {
  public BundleInfo {
    Checks.optionalText(id, "id");
  }
}
