package dev.koine.fhir.internal.tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Canonical ordering of children, shared by the writers. */
final class Canonical {
  private Canonical() {}

  /** The children named alike, in input order, plus what the definitions say about them. */
  static final class Group {
    final String name;
    final List<FhirNode> nodes;
    final FhirStructure.Child info;
    final int order;

    Group(String name, List<FhirNode> nodes, FhirStructure.Child info, int order) {
      this.name = name;
      this.nodes = nodes;
      this.info = info;
      this.order = order;
    }

    /** Whether the group is written as a JSON array. */
    boolean array() {
      if (nodes.size() > 1 || (info != null && info.array())) {
        return true;
      }
      for (FhirNode n : nodes) {
        if (n.array()) {
          return true;
        }
      }
      return false;
    }

    /** The FHIR type of one node of this group (its resource type for a resource). */
    String typeOf(FhirNode n) {
      if (n.isResource()) {
        return n.resourceType();
      }
      return info == null ? null : info.type();
    }
  }

  /**
   * The children of a node of {@code type}, grouped by name and sorted in definition order (unknown
   * elements after the known ones, in input order). An extension's {@code url} comes first, as FHIR
   * JSON writes it.
   */
  static List<Group> groups(
      FhirStructure structure, String type, String nodeName, List<FhirNode> children) {
    if (children.isEmpty()) {
      return List.of();
    }
    Map<String, List<FhirNode>> byName = new LinkedHashMap<>();
    for (FhirNode c : children) {
      byName.computeIfAbsent(c.name(), k -> new ArrayList<>(1)).add(c);
    }
    List<Group> groups = new ArrayList<>(byName.size());
    boolean extension = isExtension(type, nodeName);
    for (Map.Entry<String, List<FhirNode>> e : byName.entrySet()) {
      FhirStructure.Child info = structure.child(type, e.getKey());
      int order = info == null ? Integer.MAX_VALUE : info.order();
      if (extension && e.getKey().equals("url")) {
        order = -1;
      }
      groups.add(new Group(e.getKey(), e.getValue(), info, order));
    }
    groups.sort((a, b) -> Integer.compare(a.order, b.order));
    return groups;
  }

  /** Whether a node of this type and name is an extension (by type, or by name if untyped). */
  static boolean isExtension(String type, String nodeName) {
    if (type != null) {
      return type.equals("Extension");
    }
    return nodeName.equals("extension") || nodeName.equals("modifierExtension");
  }

  /**
   * The same content with every node's children in the order the writers use (definition order,
   * same-named children together): what a write-then-read gives back. Ordinals are kept.
   */
  static FhirNode sorted(FhirStructure structure, FhirNode node) {
    return sorted(structure, node, node.resourceType());
  }

  private static FhirNode sorted(FhirStructure structure, FhirNode node, String type) {
    if (node.children().isEmpty()) {
      return node;
    }
    List<FhirNode> children = new ArrayList<>(node.children().size());
    String own = node.isResource() ? node.resourceType() : type;
    for (Group g : groups(structure, own, node.name(), node.children())) {
      for (FhirNode c : g.nodes) {
        children.add(sorted(structure, c, g.typeOf(c)));
      }
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
