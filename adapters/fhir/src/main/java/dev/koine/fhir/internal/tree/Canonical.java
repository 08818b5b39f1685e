package dev.koine.fhir.internal.tree;

import java.util.ArrayList;
import java.util.HashMap;
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
    Map<String, FhirStructure.Child> known = structure.children(type);
    boolean extension = isExtension(type, nodeName);
    List<Group> runs = runs(known, extension, children);
    if (runs != null) {
      return runs;
    }
    List<Group> groups = new ArrayList<>();
    Map<String, Group> index = null;
    boolean inOrder = true;
    for (FhirNode c : children) {
      String name = c.name();
      Group g = null;
      if (index != null) {
        g = index.get(name);
      } else {
        for (int i = 0, n = groups.size(); i < n; i++) {
          Group each = groups.get(i);
          if (each.name.equals(name)) {
            g = each;
            break;
          }
        }
      }
      if (g == null) {
        FhirStructure.Child info = known.get(name);
        g = new Group(name, new ArrayList<>(1), info, order(info, extension, name));
        if (!groups.isEmpty() && groups.get(groups.size() - 1).order > g.order) {
          inOrder = false;
        }
        groups.add(g);
        if (index != null) {
          index.put(name, g);
        } else if (groups.size() > SCAN) {
          index = new HashMap<>();
          for (Group each : groups) {
            index.put(each.name, each);
          }
        }
      }
      g.nodes.add(c);
    }
    if (!inOrder) {
      groups.sort((a, b) -> Integer.compare(a.order, b.order));
    }
    return groups;
  }

  /**
   * Whether the children come as runs of one name each, in strictly increasing definition order
   * (then each run is one group, in order: see {@link #runs}), checked without building anything.
   */
  static boolean inRuns(
      Map<String, FhirStructure.Child> known, boolean extension, List<FhirNode> children) {
    int n = children.size();
    int lastOrder = Integer.MIN_VALUE;
    String previous = null;
    for (int i = 0; i < n; i++) {
      String name = children.get(i).name();
      if (name.equals(previous)) {
        continue;
      }
      previous = name;
      int order = order(known.get(name), extension, name);
      if (order <= lastOrder) {
        return false;
      }
      lastOrder = order;
    }
    return true;
  }

  /**
   * The groups when the children already come as runs of one name each, in strictly increasing
   * definition order (what the mappers and canonical input mostly give): each run is one group, a
   * view of the children, with no map and no sort. Otherwise null (equal orders mean choice
   * variants or unknown elements, which the general way keeps apart by name).
   */
  private static List<Group> runs(
      Map<String, FhirStructure.Child> known, boolean extension, List<FhirNode> children) {
    if (!inRuns(known, extension, children)) {
      return null;
    }
    int n = children.size();
    List<Group> out = new ArrayList<>(Math.min(n, 16));
    for (int from = 0; from < n; ) {
      int to = runEnd(children, from);
      String name = children.get(from).name();
      FhirStructure.Child info = known.get(name);
      out.add(new Group(name, slice(children, from, to), info, order(info, extension, name)));
      from = to;
    }
    return out;
  }

  /** The end (exclusive) of the run of children named like the one at {@code from}. */
  static int runEnd(List<FhirNode> children, int from) {
    String name = children.get(from).name();
    int to = from + 1;
    while (to < children.size() && children.get(to).name().equals(name)) {
      to++;
    }
    return to;
  }

  /** The definition order of an element (unknown ones last; an extension's url first). */
  static int order(FhirStructure.Child info, boolean extension, String name) {
    if (extension && name.equals("url")) {
      return -1;
    }
    return info == null ? Integer.MAX_VALUE : info.order();
  }

  /** Items {@code from} to {@code to} of a node's children, as an immutable view. */
  private static List<FhirNode> slice(List<FhirNode> children, int from, int to) {
    if (children instanceof FhirNode.Kids k) {
      return new Slice(k.items, from, to);
    }
    return children.subList(from, to);
  }

  /**
   * A view of a range of a children array: a group of the common case without the modification
   * checks of {@code subList} (which a node's immutable children never need).
   */
  private static final class Slice extends java.util.AbstractList<FhirNode>
      implements java.util.RandomAccess {
    private final FhirNode[] items;
    private final int from;
    private final int size;

    Slice(FhirNode[] items, int from, int to) {
      this.items = items;
      this.from = from;
      this.size = to - from;
    }

    @Override
    public FhirNode get(int index) {
      java.util.Objects.checkIndex(index, size);
      return items[from + index];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** Past this many distinct names in one element, groups are found by a map, not a scan. */
  private static final int SCAN = 12;

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
        FhirNode.Kids.copyOf(children),
        node.array(),
        node.ordinal());
  }
}
