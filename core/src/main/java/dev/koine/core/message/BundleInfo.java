package dev.koine.core.message;

import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.model.Meta;
import dev.koine.core.model.RawElement;
import dev.koine.core.time.PartialDateTime;
import java.util.List;

/**
 * A Bundle's own id, identifier, meta and timestamp, and what its entries carry besides their
 * resources, kept for a faithful round trip.
 *
 * @param id Bundle.id, or null
 * @param identifier Bundle.identifier, or null
 * @param meta Bundle.meta, or null
 * @param timestamp Bundle.timestamp, or null
 * @param elements other Bundle elements (link, total, signature ...) and whole entries that have no
 *     resource (a batch GET, a transaction DELETE: named {@code entry}), verbatim
 * @param entries per entry (by the entity id of its resource): a fullUrl other than {@code
 *     urn:uuid:<id>} and entry elements (search, request, response), verbatim
 */
public record BundleInfo(
    String id,
    Identifier identifier,
    Meta meta,
    PartialDateTime timestamp,
    List<RawElement> elements,
    List<BundleEntry> entries) {
  public BundleInfo {
    Checks.optionalText(id, "id");
    elements = Checks.list(elements, "elements");
    entries = Checks.list(entries, "entries");
  }

  /** Bundle info with no further elements or entry details. */
  public BundleInfo(String id, Identifier identifier, Meta meta, PartialDateTime timestamp) {
    this(id, identifier, meta, timestamp, List.of(), List.of());
  }

  /** The same info with these further elements and entry details. */
  public BundleInfo with(List<RawElement> moreElements, List<BundleEntry> moreEntries) {
    return new BundleInfo(id, identifier, meta, timestamp, moreElements, moreEntries);
  }

  /** The entry details for this entity id, or null. */
  public BundleEntry entry(String target) {
    for (BundleEntry e : entries) {
      if (e.target().equals(target)) {
        return e;
      }
    }
    return null;
  }

  /** Whether nothing beyond id, identifier, meta and timestamp is carried. */
  public boolean hasNoDetails() {
    return elements.isEmpty() && entries.isEmpty();
  }
}
