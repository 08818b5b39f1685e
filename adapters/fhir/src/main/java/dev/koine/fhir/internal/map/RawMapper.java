package dev.koine.fhir.internal.map;

import dev.koine.core.model.RawElement;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the element tree and the model's verbatim {@link RawElement}: both mirror FHIR's
 * element model (resource, primitive with exact text and element id, complex element), so the
 * conversion is exact in both directions.
 */
public final class RawMapper {
  private RawMapper() {}

  /** The node and its descendants as a verbatim element. */
  public static RawElement toRaw(FhirNode n) {
    List<RawElement> children = new ArrayList<>(n.children().size());
    for (FhirNode c : n.children()) {
      children.add(toRaw(c));
    }
    return new RawElement(
        n.name(), n.resourceType(), n.value(), kind(n.kind()), n.elementId(), children, n.array());
  }

  /**
   * A resource node as a verbatim resource element named by its type ({@link RawElement#resource}'s
   * convention), whatever the node's own name ({@code resource} in an entry).
   */
  public static RawElement toRawResource(FhirNode n) {
    RawElement r = toRaw(n);
    return RawElement.resource(n.resourceType(), r.children());
  }

  /** The verbatim element as a node named {@code name} (e.g. {@code resource} for an entry). */
  public static FhirNode fromRaw(RawElement e, String name) {
    FhirNode.Builder b = FhirNode.builder(name).array(e.repeating());
    if (e.resourceType() != null) {
      b.resourceType(e.resourceType());
    }
    if (e.kind() != null) {
      ValueKind k = kind(e.kind());
      if (e.value() != null) {
        b.value(e.value(), k);
      } else {
        b.kind(k);
      }
    }
    if (e.elementId() != null) {
      b.elementId(e.elementId());
    }
    for (RawElement c : e.children()) {
      b.child(fromRaw(c, c.name()));
    }
    return b.build();
  }

  private static RawElement.Kind kind(ValueKind k) {
    if (k == null) {
      return null;
    }
    switch (k) {
      case NUMBER:
        return RawElement.Kind.NUMBER;
      case BOOLEAN:
        return RawElement.Kind.BOOLEAN;
      default:
        return RawElement.Kind.TEXT;
    }
  }

  private static ValueKind kind(RawElement.Kind k) {
    switch (k) {
      case NUMBER:
        return ValueKind.NUMBER;
      case BOOLEAN:
        return ValueKind.BOOLEAN;
      default:
        return ValueKind.STRING;
    }
  }
}
