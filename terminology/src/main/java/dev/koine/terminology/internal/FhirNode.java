package dev.koine.terminology.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal element tree of a FHIR resource, the same for JSON and XML: each node has a name, a
 * primitive value (or null) and children. Array members and repeated XML elements are siblings of
 * the same name. Each node knows where it came from, for located errors. Not API.
 */
public final class FhirNode {
  private String name;
  private final FhirNode parent;
  private final int index;
  private final boolean json;
  private final int line;
  private final int column;
  private final String source;
  private String value;
  private List<FhirNode> children;

  private FhirNode(
      String source, String name, FhirNode parent, int index, boolean json, int line, int column) {
    this.source = source;
    this.name = name;
    this.parent = parent;
    this.index = index;
    this.json = json;
    this.line = line;
    this.column = column;
  }

  /** A JSON root. */
  static FhirNode jsonRoot(String source) {
    return new FhirNode(source, "", null, -1, true, -1, -1);
  }

  /** An XML root element. */
  static FhirNode xmlRoot(String source, String name, int line, int column) {
    return new FhirNode(source, name, null, -1, false, line, column);
  }

  /** Adds a child; {@code index} is its position in a JSON array, or -1. */
  FhirNode add(String childName, int arrayIndex, int childLine, int childColumn) {
    if (children == null) {
      children = new ArrayList<>(4);
    }
    int occurrence = arrayIndex;
    if (!json) {
      occurrence = 0;
      for (FhirNode c : children) {
        if (c.name.equals(childName)) {
          occurrence++;
        }
      }
    }
    FhirNode child =
        new FhirNode(source, childName, this, occurrence, json, childLine, childColumn);
    children.add(child);
    return child;
  }

  void resourceType(String type) {
    this.name = type;
  }

  void value(String v) {
    this.value = v == null || v.isEmpty() ? null : v;
  }

  /** The element name (the resource type for a root). */
  public String name() {
    return name;
  }

  /** The primitive value, or null. */
  public String value() {
    return value;
  }

  /** The first child with this name, or null. */
  public FhirNode child(String childName) {
    if (children != null) {
      for (FhirNode c : children) {
        if (c.name.equals(childName)) {
          return c;
        }
      }
    }
    return null;
  }

  /** The value of the first child with this name, or null. */
  public String text(String childName) {
    FhirNode c = child(childName);
    return c == null ? null : c.value;
  }

  /** All children with this name, in order. */
  public List<FhirNode> children(String childName) {
    if (children == null) {
      return List.of();
    }
    List<FhirNode> out = new ArrayList<>();
    for (FhirNode c : children) {
      if (c.name.equals(childName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** All children. */
  public List<FhirNode> children() {
    return children == null ? List.of() : children;
  }

  /**
   * Where this node is: {@code file#/group/0/element/3} (JSON pointer) or {@code file:12:5
   * ConceptMap.group[0].element[3]} (XML line, column and path).
   */
  public String location() {
    StringBuilder path = new StringBuilder();
    appendPath(path);
    if (json) {
      return source + "#" + (path.length() == 0 ? "" : path);
    }
    return source + ":" + line + ":" + column + " " + path;
  }

  private void appendPath(StringBuilder sb) {
    if (parent == null) {
      if (!json) {
        sb.append(name);
      }
      return;
    }
    parent.appendPath(sb);
    if (json) {
      sb.append('/').append(name);
      if (index >= 0) {
        sb.append('/').append(index);
      }
    } else {
      sb.append('.').append(name).append('[').append(index).append(']');
    }
  }
}
