package dev.koine.fhir.internal.tree;

import dev.koine.fhir.Limits;
import java.util.ArrayList;
import java.util.List;

/** Test helpers over trees. */
final class Trees {
  private Trees() {}

  /**
   * The content a write in either format and a read gives back: children in canonical order and
   * narrative divs in canonical XHTML form.
   */
  static FhirNode normalised(FhirStructure structure, FhirNode root) {
    return divs(Canonical.sorted(structure, root));
  }

  private static FhirNode divs(FhirNode node) {
    if (node.name().equals("div") && node.isPrimitive() && node.value() != null) {
      String canonical = Xhtml.canonical(node.value(), Limits.defaults());
      return canonical.equals(node.value())
          ? node
          : new FhirNode(
              node.name(),
              null,
              canonical,
              node.kind(),
              node.elementId(),
              node.children(),
              node.array(),
              node.ordinal());
    }
    if (node.children().isEmpty()) {
      return node;
    }
    List<FhirNode> children = new ArrayList<>();
    for (FhirNode c : node.children()) {
      children.add(divs(c));
    }
    return new FhirNode(
        node.name(),
        node.resourceType(),
        node.value(),
        node.kind(),
        node.elementId(),
        List.copyOf(children),
        node.array(),
        node.ordinal());
  }
}
