package dev.koine.core.model;

import dev.koine.core.code.Coding;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import java.util.List;

/**
 * FHIR resource metadata kept for a faithful round trip.
 *
 * @param versionId version id, or null
 * @param lastUpdated last updated, or null
 * @param source source, or null
 * @param profiles declared profiles
 * @param security security labels
 * @param tags tags
 */
public record Meta(
    String versionId,
    PartialDateTime lastUpdated,
    String source,
    List<String> profiles,
    List<Coding> security,
    List<Coding> tags) {
  public Meta {
    Checks.optionalText(versionId, "versionId");
    Checks.optionalText(source, "source");
    profiles = Checks.list(profiles, "profiles");
    security = Checks.list(security, "security");
    tags = Checks.list(tags, "tags");
  }
}
