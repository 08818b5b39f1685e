package dev.koine.fhir.internal.map;

import dev.koine.core.time.PartialDateTime;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.ValueKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Builds one FHIR element or resource: null values and empty lists are skipped, so a mapper can
 * write every model field unconditionally. Children may be added in any order; the writers put them
 * in FHIR definition order. Not thread-safe, used once.
 */
public final class Enc {
  private static final FhirNode[] NO_CHILDREN = new FhirNode[0];

  private final String name;
  private final String resourceType;

  // the children so far, handed to the node as they are (FhirNode.of): no FhirNode.Builder per
  // element, which was as many objects as the elements themselves
  private FhirNode[] children = NO_CHILDREN;
  private int count;
  private boolean empty = true;

  /** Losses at children left out ({@link #instant}), reported at this node once it is built. */
  private List<String[]> atBuild;

  private Enc(String name, String resourceType) {
    this.name = name;
    this.resourceType = resourceType;
  }

  /** A complex element named {@code name}. */
  public static Enc element(String name) {
    return new Enc(name, null);
  }

  /** An inline resource of this type (the child of {@code Bundle.entry.resource}, ...). */
  public static Enc resource(String name, String resourceType) {
    Enc e = new Enc(name, resourceType);
    e.empty = false;
    return e;
  }

  private void add(FhirNode child) {
    if (count == children.length) {
      children = Arrays.copyOf(children, Math.max(4, count * 2));
    }
    children[count++] = child;
    empty = false;
  }

  /** Whether nothing was added. */
  public boolean isEmpty() {
    return empty;
  }

  /** Adds a string-kind primitive (string, code, uri, id, date ...) when not null. */
  public Enc str(String name, String value) {
    if (value != null) {
      add(FhirNode.primitive(name, value, ValueKind.STRING));
    }
    return this;
  }

  /** Adds repeating string-kind primitives. */
  public Enc strs(String name, List<String> values) {
    for (int i = 0, n = values.size(); i < n; i++) { // no iterator per call on the hot path
      str(name, values.get(i));
    }
    return this;
  }

  /** Adds a boolean when not null. */
  public Enc bool(String name, Boolean value) {
    if (value != null) {
      add(FhirNode.primitive(name, value.toString(), ValueKind.BOOLEAN));
    }
    return this;
  }

  /** Adds an integer when not null. */
  public Enc integer(String name, Integer value) {
    if (value != null) {
      add(FhirNode.primitive(name, value.toString(), ValueKind.NUMBER));
    }
    return this;
  }

  /** Adds a decimal (exact scale) when not null. */
  public Enc decimal(String name, BigDecimal value) {
    if (value != null) {
      add(FhirNode.primitive(name, value.toPlainString(), ValueKind.NUMBER));
    }
    return this;
  }

  /** Adds a number written from its exact text (unsignedInt, positiveInt ...) when not null. */
  public Enc number(String name, String text) {
    if (text != null) {
      add(FhirNode.primitive(name, text, ValueKind.NUMBER));
    }
    return this;
  }

  /** Adds a date, dateTime or instant when not null. */
  public Enc time(String name, PartialDateTime value) {
    return value == null ? this : node(timeNode(name, value));
  }

  /**
   * Adds a FHIR {@code instant} (Bundle.timestamp, meta.lastUpdated, issued ...) when not null. An
   * instant is a time to the second with an offset: a value from HL7 v2 without an offset has no
   * instant form (written as its date, as {@link #time} does for a dateTime, it would make the
   * whole resource invalid, and HAPI refuses it), so it is left out and reported, unless the codec
   * was given the zone of such local times ({@link LocalZone}). A value FHIR can write as it is
   * (one read from FHIR) is written unchanged.
   */
  public Enc instant(String name, PartialDateTime value) {
    if (value == null) {
      return this;
    }
    if (!value.isFhirRepresentable() && !value.hasOffset() && LocalZone.current() == null) {
      if (atBuild == null) {
        atBuild = new java.util.ArrayList<>(1);
      }
      atBuild.add(
          new String[] {
            name, "a FHIR instant needs a time-zone offset, which this time has not: left out"
          });
      return this;
    }
    return time(name, value);
  }

  /**
   * A time element. A value FHIR cannot write exactly (from HL7 v2) is written as the nearest FHIR
   * value — minutes padded with zero seconds; a local time (no offset) as its date, since Koine
   * never invents an offset, or with the offset of the zone the codec was given ({@link LocalZone})
   * — and the change is reported to the running encode, at the element.
   */
  static FhirNode timeNode(String name, PartialDateTime value) {
    if (value.isFhirRepresentable()) {
      return FhirNode.primitive(name, value.toFhir(), ValueKind.STRING);
    }
    java.time.ZoneId zone = value.hasOffset() || !hasTime(value) ? null : LocalZone.current();
    java.time.ZoneOffset assumed = zone == null ? null : LocalZone.offsetAt(zone, value);
    PartialDateTime written = value.toFhirRepresentable(assumed);
    FhirNode node = FhirNode.primitive(name, written.toFhir(), ValueKind.STRING);
    String reason;
    if (assumed != null) {
      reason =
          "a local time (no offset) written with the offset of "
              + zone.getId()
              + " then ("
              + (written.offset().getTotalSeconds() == 0 ? "+00:00" : written.offset().getId())
              + "), the zone the codec was given";
    } else if (written.precision() == value.precision()) {
      reason = "written with zero seconds";
    } else {
      reason = "a time without an offset is written as its date (FHIR needs an offset)";
    }
    EncodeLosses.reportAt(node, "", reason);
    return node;
  }

  /** Whether a value has a time of day (hour precision or finer). */
  private static boolean hasTime(PartialDateTime value) {
    return value.precision().compareTo(dev.koine.core.time.Precision.DAY) > 0;
  }

  /** Adds a child node when not null. */
  public Enc node(FhirNode node) {
    if (node != null) {
      add(node);
    }
    return this;
  }

  /** Adds child nodes. */
  public Enc nodes(List<FhirNode> nodes) {
    for (int i = 0, n = nodes.size(); i < n; i++) {
      node(nodes.get(i));
    }
    return this;
  }

  /** Maps and adds each value (null results skipped). */
  public <T> Enc each(List<T> values, Function<T, FhirNode> mapper) {
    for (int i = 0, n = values.size(); i < n; i++) {
      node(mapper.apply(values.get(i)));
    }
    return this;
  }

  /** The element, or null if nothing was added (an empty element is never written). */
  public FhirNode build() {
    FhirNode node = empty ? null : FhirNode.of(name, resourceType, children, count);
    if (atBuild != null) {
      for (String[] l : atBuild) {
        if (node == null) {
          EncodeLosses.report(l[0], l[1]);
        } else {
          EncodeLosses.reportAt(node, l[0], l[1]);
        }
      }
    }
    return node;
  }
}
