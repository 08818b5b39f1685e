package dev.koine.fhir.internal.tree;

import dev.koine.core.internal.Checks;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One FHIR element in the internal element tree: immutable, format-neutral (the same tree comes out
 * of FHIR JSON and FHIR XML).
 *
 * <p>A node is one of:
 *
 * <ul>
 *   <li>a <b>resource</b> ({@link #resourceType()} set): the root, or an inline resource such as
 *       {@code Bundle.entry.resource}, {@code contained} or {@code Parameters.parameter.resource}.
 *       Its {@code id} is an ordinary child primitive named {@code id}. The root's {@link #name()}
 *       is its resource type.
 *   <li>a <b>primitive</b> ({@link #kind()} set): an optional value kept as exact text (JSON {@code
 *       "x"}, XML {@code value="..."}), an optional {@link #elementId()} and optional extension
 *       children (JSON {@code "_x"}). The narrative {@code div} is a primitive whose value is the
 *       XHTML text.
 *   <li>a <b>complex element</b> (neither): an optional element id and children. An extension's
 *       {@code url} is a child primitive named {@code url} (an XML attribute, a JSON property).
 * </ul>
 *
 * <p>{@link #array()} says whether the element is an item of a repeating element (a JSON array);
 * children keep their input order (writers put them in FHIR definition order). Equality is
 * structural and ignores the node's ordinal. {@link #toString()} never shows values, which may be
 * patient data.
 */
public final class FhirNode {
  private final String name;
  private final String resourceType;
  private final String value;
  private final ValueKind kind;
  private final String elementId;
  private static final FhirNode[] NO_CHILDREN = new FhirNode[0];
  private final Kids children;
  private final boolean array;
  private final int ordinal;
  private int hash;

  FhirNode(
      String name,
      String resourceType,
      String value,
      ValueKind kind,
      String elementId,
      List<FhirNode> children,
      boolean array,
      int ordinal) {
    this.name = validName(name);
    this.resourceType = resourceType;
    this.value = value;
    this.kind = kind;
    this.elementId = elementId;
    this.children = Kids.copyOf(children);
    this.array = array;
    this.ordinal = ordinal;
    Checks.require(value == null || kind != null, "a value needs a kind");
    Checks.require(
        resourceType == null || (kind == null && elementId == null),
        "a resource has neither a value nor an element id");
  }

  /**
   * The name, refused when null or blank. A name starting with a visible ASCII character is not
   * blank, which settles nearly every name (the readers' element names, the mappers' literals)
   * without scanning it.
   */
  private static String validName(String name) {
    if (name != null && !name.isEmpty()) {
      char first = name.charAt(0);
      if (first > ' ' && first < 0x7f) {
        return name;
      }
    }
    return Checks.notBlank(name, "name");
  }

  /** A primitive with a value and no id or extensions. */
  public static FhirNode primitive(String name, String value, ValueKind kind) {
    return new FhirNode(
        name, null, value, Checks.notNull(kind, "kind"), null, Kids.EMPTY, false, -1);
  }

  /**
   * A complex element, or an inline resource when {@code resourceType} is not null, over the first
   * {@code count} items of {@code children}. The array is kept, not copied: the caller must never
   * change those items again (it may append past them). The mappers' element builder ({@code Enc})
   * makes every element this way, without a {@link Builder} of its own (a fifth of the objects of a
   * mapped tree).
   */
  public static FhirNode of(String name, String resourceType, FhirNode[] children, int count) {
    if (count == 0) {
      return new FhirNode(name, resourceType, null, null, null, Kids.EMPTY, false, -1);
    }
    Objects.checkFromIndexSize(0, count, children.length);
    for (int i = 0; i < count; i++) {
      Checks.notNull(children[i], "child");
    }
    return new FhirNode(name, resourceType, null, null, null, new Kids(children, count), false, -1);
  }

  /** A complex element with the given children. */
  public static FhirNode element(String name, List<FhirNode> children) {
    return builder(name).children(children).build();
  }

  /** An inline resource (or the root when {@code name} equals {@code resourceType}). */
  public static FhirNode resource(String name, String resourceType, List<FhirNode> children) {
    return builder(name).resourceType(resourceType).children(children).build();
  }

  /** A builder for a node named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder initialised with this node's content (its ordinal is not copied). */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.resourceType = resourceType;
    b.value = value;
    b.kind = kind;
    b.elementId = elementId;
    b.children(children);
    b.array = array;
    return b;
  }

  /** The element name ({@code identifier}, {@code valueQuantity}, {@code resource}...). */
  public String name() {
    return name;
  }

  /** The resource type when this node is a resource, else {@code null}. */
  public String resourceType() {
    return resourceType;
  }

  /** Whether this node is a resource. */
  public boolean isResource() {
    return resourceType != null;
  }

  /** Whether this node is a primitive (it has a {@link #kind()}, with or without a value). */
  public boolean isPrimitive() {
    return kind != null;
  }

  /** The primitive value as exact text, or {@code null}. */
  public String value() {
    return value;
  }

  /** The JSON kind of a primitive, or {@code null} for a complex element or a resource. */
  public ValueKind kind() {
    return kind;
  }

  /** The element id (JSON {@code "id"} of an element, XML {@code id="..."}), or {@code null}. */
  public String elementId() {
    return elementId;
  }

  /** The children in input order (immutable). */
  public List<FhirNode> children() {
    return children;
  }

  /** The first child named {@code childName}, or {@code null}. */
  public FhirNode child(String childName) {
    int i = children.indexOf(childName, childName.hashCode(), 0);
    return i < 0 ? null : children.items[i];
  }

  /** Every child named {@code childName}, in order (an immutable empty list when none). */
  public List<FhirNode> children(String childName) {
    Kids k = children;
    int h = childName.hashCode();
    int i = k.indexOf(childName, h, 0);
    if (i < 0) {
      return List.of();
    }
    List<FhirNode> out = new ArrayList<>(k.size - i);
    for (; i >= 0; i = k.indexOf(childName, h, i + 1)) {
      out.add(k.items[i]);
    }
    return out;
  }

  /**
   * The children of a node: an immutable list over the first {@link #size} items of an array, the
   * one {@code List} class of every node's children, so that the many calls on them stay
   * monomorphic (with {@code List.of} and {@code List.copyOf} lists of two classes, each {@code
   * get} was an interface dispatch). The array may be longer than the list: a builder hands over
   * its array as it is, where a copy trimmed to size was a sixth of an encode's allocation.
   */
  static final class Kids extends AbstractList<FhirNode> implements RandomAccess {
    static final Kids EMPTY = new Kids(NO_CHILDREN, 0);

    /** The children, then unused slots (never read). */
    final FhirNode[] items;

    final int size;

    /**
     * The children's name hashes, made on the first lookup by name: the mappers probe each node for
     * several names, most of them absent, and a scan of this array reads neither the children nor
     * their names (with the STU3 URL watch in the JSON reader, a decode of the benchmark bundle
     * became about 1.08× faster in an A/B run). Held through a final field ({@link NameHashes}), so
     * a thread that sees it sees its content; a race only makes equal arrays twice.
     */
    private NameHashes hashes;

    private Kids(FhirNode[] items, int size) {
      this.items = items;
      this.size = size;
    }

    /**
     * The position of the first child from {@code from} named {@code name} (whose hash is {@code
     * hash}), or -1.
     */
    int indexOf(String name, int hash, int from) {
      if (from >= size) {
        return -1;
      }
      int[] h = hashes();
      for (int i = from; i < size; i++) {
        if (h[i] == hash && items[i].name.equals(name)) {
          return i;
        }
      }
      return -1;
    }

    int[] hashes() {
      NameHashes h = hashes;
      if (h == null) {
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
          values[i] = items[i].name.hashCode();
        }
        h = new NameHashes(values);
        hashes = h;
      }
      return h.values;
    }

    private static final class NameHashes {
      final int[] values;

      NameHashes(int[] values) {
        this.values = values;
      }
    }

    /** An immutable copy (the list itself when it is one); nulls are refused. */
    static Kids copyOf(List<FhirNode> list) {
      if (list instanceof Kids k) {
        return k;
      }
      int n = list.size();
      if (n == 0) {
        return EMPTY;
      }
      FhirNode[] items = list.toArray(new FhirNode[n]);
      for (FhirNode c : items) {
        Checks.notNull(c, "child");
      }
      return new Kids(items, n);
    }

    @Override
    public FhirNode get(int index) {
      Objects.checkIndex(index, size);
      return items[index];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** Whether this node is an item of a repeating element (a JSON array). */
  public boolean array() {
    return array;
  }

  /**
   * Whether this node is a leaf for leaf counting and loss reporting: it has a primitive value, or
   * it has no children at all (an element with only an id, or an empty element).
   */
  public boolean isLeaf() {
    return value != null || children.isEmpty();
  }

  /** The position of this node in its parsed tree (post-order), or -1 for a built node. */
  public int ordinal() {
    return ordinal;
  }

  /**
   * A built node (no ordinal) with this node's name, resource type, value, kind, element id and
   * array flag, and the given children.
   */
  public FhirNode withChildren(List<FhirNode> newChildren) {
    return new FhirNode(name, resourceType, value, kind, elementId, newChildren, array, -1);
  }

  /** This node with another {@link #array()} flag (same ordinal). */
  public FhirNode withArray(boolean newArray) {
    if (newArray == array) {
      return this;
    }
    return new FhirNode(name, resourceType, value, kind, elementId, children, newArray, ordinal);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FhirNode other)) {
      return false;
    }
    return array == other.array
        && kind == other.kind
        && name.equals(other.name)
        && Objects.equals(resourceType, other.resourceType)
        && Objects.equals(value, other.value)
        && Objects.equals(elementId, other.elementId)
        && hashCode() == other.hashCode()
        && children.equals(other.children);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(name, resourceType, value, kind, elementId, array, children);
      hash = h == 0 ? 1 : h;
    }
    return h;
  }

  /** Name and shape only: never the value or the element id, which may be patient data. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FhirNode[").append(name);
    if (resourceType != null) {
      sb.append(" resource=").append(resourceType);
    }
    if (kind != null) {
      sb.append(" primitive=").append(kind).append(value == null ? " no value" : " value");
    }
    if (elementId != null) {
      sb.append(" id");
    }
    if (array) {
      sb.append(" array");
    }
    return sb.append(" children=").append(children.size()).append(']').toString();
  }

  /** Builds a node; not thread-safe, used once. */
  public static final class Builder {
    private final String name;
    private String resourceType;
    private String value;
    private ValueKind kind;
    private String elementId;
    // the array is handed to the node as it is (no copy), which reads only its first count
    // items: a later append writes past them, or grows into a new array
    private FhirNode[] children = NO_CHILDREN;
    private int count;
    private boolean array;

    private Builder(String name) {
      this.name = validName(name);
    }

    /** Makes the node a resource of this type. */
    public Builder resourceType(String type) {
      this.resourceType = type;
      return this;
    }

    /** Sets the primitive value (exact text) and its JSON kind. */
    public Builder value(String text, ValueKind valueKind) {
      this.value = text;
      this.kind = Checks.notNull(valueKind, "kind");
      return this;
    }

    /** Makes the node a primitive of this kind without changing its value. */
    public Builder kind(ValueKind valueKind) {
      this.kind = valueKind;
      return this;
    }

    /** Sets the element id. */
    public Builder elementId(String id) {
      this.elementId = id;
      return this;
    }

    /** Marks the node as an item of a repeating element. */
    public Builder array(boolean isArray) {
      this.array = isArray;
      return this;
    }

    /** Appends a child. */
    public Builder child(FhirNode child) {
      Checks.notNull(child, "child");
      if (count == children.length) {
        children = Arrays.copyOf(children, Math.max(4, count * 2));
      }
      children[count++] = child;
      return this;
    }

    /** Appends children. */
    public Builder children(List<FhirNode> more) {
      for (int i = 0, n = more.size(); i < n; i++) {
        child(more.get(i));
      }
      return this;
    }

    /** The node, with no ordinal (-1). */
    public FhirNode build() {
      return build(-1);
    }

    FhirNode build(int ordinal) {
      Kids kids = count == 0 ? Kids.EMPTY : new Kids(children, count);
      return new FhirNode(name, resourceType, value, kind, elementId, kids, array, ordinal);
    }
  }
}
