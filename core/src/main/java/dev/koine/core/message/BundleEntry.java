package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.RawElement;
import java.util.List;

/**
 * What one Bundle entry carries besides its resource, for a faithful round trip: a {@code fullUrl}
 * that is not the default {@code urn:uuid:<id>}, and verbatim entry elements ({@code search},
 * {@code request}, {@code response}, {@code link}).
 *
 * @param target the entity id of the entry's resource
 * @param fullUrl the entry's fullUrl, or null when it is the default
 * @param parts other entry elements, verbatim
 */
public record BundleEntry(String target, String fullUrl, List<RawElement> parts) {
  public BundleEntry {
    Checks.notBlank(target, "target");
    Checks.optionalText(fullUrl, "fullUrl");
    parts = Checks.list(parts, "parts");
  }

  @Override
  public String toString() {
    return "BundleEntry[" + (fullUrl == null ? "" : "fullUrl, ") + "parts=" + parts.size() + "]";
  }
}
