package dev.koine.fhir.internal.map;

import dev.koine.core.message.BundleEntry;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.model.RawElement;
import dev.koine.fhir.internal.tree.Consumption;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Bundle read for mapping: its entries with their ids, and the reversible id rules.
 *
 * <p><b>Ids.</b> An entry's id (the model's entity id) is its resource's {@code id}, or, when the
 * resource has none, the {@code x} of a {@code fullUrl} {@code urn:uuid:x}. Encoding writes {@code
 * fullUrl = urn:uuid:<id>} and {@code resource.id = <id>}, so a {@code fullUrl} of another shape is
 * reported as a loss. <b>References:</b> {@code urn:uuid:x} becomes the target {@code x}; any other
 * reference string (relative {@code Patient/1}, absolute URL, contained {@code #x}) is kept
 * verbatim as the target; a target with no {@code :}, {@code /} or leading {@code #} is written
 * back as {@code urn:uuid:<target>} (a bare-id reference, invalid FHIR, is so normalised with an
 * issue).
 *
 * <p>An entry is consumed only when a mapper {@link #take takes} it; entries nobody takes stay
 * unmarked and so become losses.
 */
public final class MessageBundle {
  private static final String UUID_PREFIX = "urn:uuid:";
  private static final String ENTRY = "entry";

  /**
   * One entry of the bundle.
   *
   * @param index the 0-based position in {@code Bundle.entry}
   * @param node the entry element
   * @param resource the entry's resource, or null
   * @param type the resource type, or null
   * @param id the entity id by the rule above, or null
   */
  public record Entry(int index, FhirNode node, FhirNode resource, String type, String id) {
    /** The location of the entry's resource for issues: {@code Bundle.entry[3].resource}. */
    public String location() {
      return "Bundle.entry[" + index + "].resource";
    }
  }

  private final FhirNode bundle;
  private final List<Entry> entries;
  private final Map<String, Entry> byId = new LinkedHashMap<>();
  private final Set<Integer> taken = new HashSet<>();

  private MessageBundle(FhirNode bundle, List<Entry> entries) {
    this.bundle = bundle;
    this.entries = List.copyOf(entries);
    for (Entry e : entries) {
      if (e.id() != null) {
        byId.putIfAbsent(e.id(), e);
      }
    }
  }

  /** Reads the entries of a Bundle (nothing is marked yet). */
  public static MessageBundle of(FhirNode bundle) {
    List<Entry> out = new ArrayList<>();
    int i = 0;
    for (FhirNode e : bundle.children("entry")) {
      FhirNode r = e.child("resource");
      String id = null;
      if (r != null) {
        FhirNode idNode = r.child("id");
        id = idNode == null ? null : idNode.value();
        FhirNode full = e.child("fullUrl");
        if (id == null
            && full != null
            && full.value() != null
            && full.value().startsWith(UUID_PREFIX)) {
          id = full.value().substring(UUID_PREFIX.length());
        }
        if (id != null && id.isBlank()) {
          id = null;
        }
      }
      out.add(new Entry(i++, e, r, r == null ? null : r.resourceType(), id));
    }
    return new MessageBundle(bundle, out);
  }

  /** The Bundle node. */
  public FhirNode bundle() {
    return bundle;
  }

  /** The value of Bundle.type, or null. */
  public String type() {
    FhirNode t = bundle.child("type");
    return t == null ? null : t.value();
  }

  /** Every entry, in order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entries whose resource has this type. */
  public List<Entry> ofType(String type) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (type.equals(e.type())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first entry of this type, or null. */
  public Entry first(String type) {
    for (Entry e : entries) {
      if (type.equals(e.type())) {
        return e;
      }
    }
    return null;
  }

  /** The entry with this id, or null. */
  public Entry byId(String id) {
    return id == null ? null : byId.get(id);
  }

  /** Whether an entry was taken by a mapper. */
  public boolean isTaken(Entry e) {
    return taken.contains(e.index());
  }

  /** The entries no mapper took. */
  public List<Entry> untaken() {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (!taken.contains(e.index())) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Takes an entry: marks the entry, its resource, the resource id and the fullUrl when the id rule
   * reproduces them. Call it from inside the {@link Dec#attempt} that maps the resource.
   */
  public void take(Dec d, Entry e) {
    taken.add(e.index());
    d.mark(e.node());
    if (e.resource() == null) {
      return;
    }
    d.mark(e.resource());
    FhirNode idNode = e.resource().child("id");
    if (idNode != null && e.id() != null && e.id().equals(idNode.value())) {
      d.mark(idNode);
    }
    FhirNode full = e.node().child("fullUrl");
    if (full != null && e.id() != null && (UUID_PREFIX + e.id()).equals(full.value())) {
      d.mark(full);
    }
  }

  /** Decodes Bundle.id, identifier, meta and timestamp, or null when none is present. */
  public BundleInfo info(Dec d) {
    return d.attempt(
        "Bundle",
        () -> {
          String id = d.str(bundle, "id");
          var identifier = Datatypes.one(d, bundle, "identifier", Datatypes::identifier);
          var meta = Datatypes.one(d, bundle, "meta", Values::meta);
          var timestamp = d.time(bundle, "timestamp");
          if (id == null && identifier == null && meta == null && timestamp == null) {
            return null;
          }
          return new BundleInfo(id, identifier, meta, timestamp);
        });
  }

  /**
   * An entry element for this entry resource: its fullUrl (the one the bundle info records for the
   * resource's id, else {@code urn:uuid:<id>}), the resource, and the recorded entry parts.
   */
  public static FhirNode entry(FhirNode resource, BundleInfo info) {
    FhirNode id = resource.child("id");
    Enc entry = Enc.element("entry");
    BundleEntry details = null;
    if (id != null && id.value() != null) {
      details = info == null ? null : info.entry(id.value());
      entry.str(
          "fullUrl",
          details != null && details.fullUrl() != null
              ? details.fullUrl()
              : referenceTo(id.value()));
    }
    entry.node(resource);
    if (details != null) {
      for (RawElement p : details.parts()) {
        entry.node(RawMapper.fromRaw(p, p.name()));
      }
    }
    return entry.build();
  }

  private static final Set<String> BUNDLE_DETAILS =
      Set.of("link", "total", "signature", "implicitRules", "language");
  private static final Set<String> ENTRY_DETAILS = Set.of("search", "request", "response", "link");

  /**
   * Reads, after a decode, what the Bundle and its entries carry that no mapper consumed and the
   * bundle info can hold (see {@link BundleInfo#elements()} and {@link BundleInfo#entries()}),
   * marking it consumed. Returns {@code info} extended with it (or a new info), or {@code info}
   * unchanged when there is nothing.
   */
  public static BundleInfo details(FhirNode root, Consumption consumption, BundleInfo info) {
    return details(of(root), consumption, info);
  }

  /**
   * {@link #details(FhirNode, Consumption, BundleInfo)} for a bundle already read (its entries are
   * a function of the tree alone, whatever was taken from it since).
   */
  public static BundleInfo details(MessageBundle bundle, Consumption consumption, BundleInfo info) {
    FhirNode root = bundle.bundle();
    List<RawElement> elements = new ArrayList<>();
    for (FhirNode c : root.children()) {
      if (BUNDLE_DETAILS.contains(c.name()) && !consumption.isMarked(c)) {
        elements.add(RawMapper.toRaw(c));
        consumption.markSubtree(c);
      }
    }
    List<BundleEntry> entries = new ArrayList<>();
    List<RawElement> resourceless = new ArrayList<>();
    for (Entry e : bundle.entries()) {
      if (e.resource() == null && !consumption.isMarked(e.node())) {
        // a batch/transaction request, a search or history entry with no resource (a GET, a
        // DELETE): nothing in it has a typed home, so the whole entry is carried verbatim
        resourceless.add(RawMapper.toRaw(e.node()));
        consumption.markSubtree(e.node());
        continue;
      }
      if (e.id() == null) {
        continue;
      }
      String fullUrl = null;
      FhirNode full = e.node().child("fullUrl");
      if (full != null && full.value() != null && !consumption.isMarked(full)) {
        fullUrl = full.value();
        consumption.mark(full);
      }
      List<RawElement> parts = new ArrayList<>();
      for (FhirNode c : e.node().children()) {
        if (ENTRY_DETAILS.contains(c.name()) && !consumption.isMarked(c)) {
          parts.add(RawMapper.toRaw(c));
          consumption.markSubtree(c);
        }
      }
      if (fullUrl != null || !parts.isEmpty()) {
        entries.add(new BundleEntry(e.id(), fullUrl, parts));
      }
    }
    // written after the other elements, so right before the entries that have a resource
    elements.addAll(resourceless);
    if (elements.isEmpty() && entries.isEmpty()) {
      return info;
    }
    BundleInfo base = info == null ? new BundleInfo(null, null, null, null) : info;
    List<RawElement> allElements = new ArrayList<>(base.elements());
    allElements.addAll(elements);
    List<BundleEntry> allEntries = new ArrayList<>(base.entries());
    allEntries.addAll(entries);
    return base.with(allElements, allEntries);
  }

  /** The target of a reference string (see the class comment). */
  public static String targetOf(String reference) {
    if (reference.startsWith(UUID_PREFIX) && reference.length() > UUID_PREFIX.length()) {
      String x = reference.substring(UUID_PREFIX.length());
      if (x.indexOf(':') < 0 && x.indexOf('/') < 0) {
        return x;
      }
    }
    return reference;
  }

  /**
   * The reference string for a target (see the class comment); a local reference to a contained
   * resource ({@code #x}) is written as it is.
   */
  public static String referenceTo(String target) {
    return target.indexOf(':') >= 0 || target.indexOf('/') >= 0 || target.startsWith("#")
        ? target
        : UUID_PREFIX + target;
  }

  /**
   * Whether a reference string is a bare id (no resource type, scheme or {@code #}): not a valid
   * FHIR reference, read as the entity id it names and so written back as {@code urn:uuid:<id>}.
   */
  public static boolean isBareId(String reference) {
    return !reference.isEmpty()
        && reference.indexOf(':') < 0
        && reference.indexOf('/') < 0
        && reference.charAt(0) != '#';
  }

  /**
   * Writes a Bundle of this type with the bundle info and one entry per resource (each resource
   * node named "resource", its id child naming the entry's fullUrl).
   */
  public static FhirNode write(
      String bundleType, BundleInfo info, List<FhirNode> resources, FhirVersion version) {
    Enc b = Enc.resource("Bundle", "Bundle");
    if (info != null) {
      b.str("id", info.id())
          .node(Values.meta(info.meta(), version))
          .node(Datatypes.identifier("identifier", info.identifier()))
          .instant("timestamp", info.timestamp());
    }
    b.str("type", bundleType);
    List<RawElement> carriedEntries = new ArrayList<>();
    if (info != null) {
      for (RawElement el : info.elements()) {
        if (ENTRY.equals(el.name())) {
          carriedEntries.add(el);
        } else {
          b.node(RawMapper.fromRaw(el, el.name()));
        }
      }
    }
    for (FhirNode r : resources) {
      b.node(entry(r, info));
    }
    // entries carried whole (no resource: a batch GET, a transaction DELETE) after the others, so
    // that a message's MessageHeader stays first
    for (RawElement el : carriedEntries) {
      b.node(RawMapper.fromRaw(el, ENTRY));
    }
    return b.build();
  }
}
