package dev.koine.fhir.internal.tree;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.Bytes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Writes a {@link FhirNode} resource as canonical FHIR JSON: {@code resourceType} first, elements
 * in FHIR definition order (an element's id first, an extension's url first), {@code _x} right
 * after {@code x}, arrays for repeating elements (with {@code null} where one side of {@code
 * x}/{@code _x} has nothing), numbers and booleans written from their exact text. Pretty (two-space
 * indent) or compact. The bytes are made by {@link JsonOut}, which writes what Jackson's generator
 * wrote. Immutable and thread-safe.
 */
public final class FhirJsonWriter {
  private final FhirStructure structure;
  private final boolean pretty;
  private final Types types;

  /** A writer for one FHIR version; {@code pretty} indents, otherwise the output is compact. */
  public FhirJsonWriter(FhirStructure structure, boolean pretty) {
    this.structure = Checks.notNull(structure, "structure");
    this.pretty = pretty;
    this.types = Types.of(structure);
  }

  /** The resource as UTF-8 JSON. */
  public byte[] write(FhirNode resource) {
    JsonOut out = fill(resource);
    byte[] bytes = out.toByteArray();
    out.shrink();
    return bytes;
  }

  /**
   * The resource as UTF-8 JSON, copied once from this thread's buffer into the result: {@link
   * #write(FhirNode)} then {@link Bytes#of(byte[])} copied the whole document twice.
   */
  public Bytes writeBytes(FhirNode resource) {
    JsonOut out = fill(resource);
    Bytes bytes = out.toBytes();
    out.shrink();
    return bytes;
  }

  /** The resource as a JSON string. */
  public String writeString(FhirNode resource) {
    return new String(write(resource), StandardCharsets.UTF_8);
  }

  /** Writes the resource as UTF-8 JSON to {@code out} (not closed). */
  public void write(FhirNode resource, OutputStream out) {
    JsonOut json = fill(resource);
    try {
      json.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      json.shrink();
    }
  }

  /**
   * This thread's output, reused: growing a new buffer from a few KB for every message was an
   * eighth of an encode's allocation. One grown past 1 MiB is not kept.
   */
  private static final ThreadLocal<JsonOut> OUT = ThreadLocal.withInitial(JsonOut::new);

  /** This thread's output holding the resource as JSON. */
  private JsonOut fill(FhirNode resource) {
    Checks.notNull(resource, "resource");
    Checks.require(resource.isResource(), "only a resource can be written as FHIR JSON");
    JsonOut out = OUT.get();
    out.reset(pretty);
    writeResource(out, resource, types.of(resource.resourceType()));
    return out;
  }

  /**
   * What the writer needs of each element of one type, by element name: its definition and its JSON
   * names encoded once. One lookup per run of same-named children replaces the three of before
   * (order check, definition, encoded name), and a type reached through an element is remembered
   * there ({@link Slot#members}) instead of being looked up by name for every object.
   */
  private static final class Members {
    static final Members NONE = new Members(null, Map.of());

    final String type;
    final Map<String, Slot> slots;

    Members(String type, Map<String, Slot> slots) {
      this.type = type;
      this.slots = slots;
    }
  }

  /** One element of a type: its definition and its encoded JSON names. */
  private static final class Slot {
    final FhirStructure.Child info;
    final byte[] name;
    final byte[] underscored;

    /** The members of the element's type, found on first use (racy but safe: all the same). */
    private Members members;

    Slot(String name, FhirStructure.Child info) {
      this.info = info;
      this.name = JsonOut.quoted(name);
      this.underscored = JsonOut.quoted("_" + name);
    }

    Members members(Types types) {
      Members m = members;
      if (m == null) {
        m = types.of(info.type());
        members = m;
      }
      return m;
    }
  }

  /**
   * The members of each type of one structure, made on first use. Only the types the definitions
   * know are kept (a bounded set); another type gets members with no slots, not kept.
   */
  private static final class Types {
    /** Per structure (the R4 and STU3 ones; a few more in tests, past which none are kept). */
    private static final ConcurrentMap<FhirStructure, Types> ALL = new ConcurrentHashMap<>();

    private final FhirStructure structure;
    private final ConcurrentMap<String, Members> byType = new ConcurrentHashMap<>();

    private Types(FhirStructure structure) {
      this.structure = structure;
    }

    static Types of(FhirStructure structure) {
      Types t = ALL.get(structure);
      if (t == null) {
        t = new Types(structure);
        if (ALL.size() < 8) {
          Types raced = ALL.putIfAbsent(structure, t);
          if (raced != null) {
            t = raced;
          }
        }
      }
      return t;
    }

    Members of(String type) {
      if (type == null) {
        return Members.NONE;
      }
      Members m = byType.get(type);
      if (m != null) {
        return m;
      }
      Map<String, FhirStructure.Child> known = structure.childrenIfKnown(type);
      if (known == null) {
        return new Members(type, Map.of());
      }
      Map<String, Slot> slots = new HashMap<>(known.size() * 2);
      known.forEach((name, info) -> slots.put(name, new Slot(name, info)));
      m = new Members(type, slots);
      Members raced = byType.putIfAbsent(type, m);
      return raced == null ? m : raced;
    }
  }

  /**
   * Names outside the definitions pre-encoded (from hostile input, say), kept up to {@link
   * #NAME_CACHE_LIMIT}.
   */
  private static final ConcurrentMap<String, byte[]> NAMES = new ConcurrentHashMap<>();

  private static final ConcurrentMap<String, byte[]> UNDERSCORED = new ConcurrentHashMap<>();

  private static final int NAME_CACHE_LIMIT = 8192;

  private static byte[] name(Slot slot, String name) {
    return slot != null ? slot.name : cached(NAMES, name, "");
  }

  private static byte[] underscored(Slot slot, String name) {
    return slot != null ? slot.underscored : cached(UNDERSCORED, name, "_");
  }

  /** {@code prefix + name} pre-encoded, from {@code cache} (kept there up to the limit). */
  private static byte[] cached(ConcurrentMap<String, byte[]> cache, String name, String prefix) {
    byte[] s = cache.get(name);
    if (s == null) {
      s = JsonOut.quoted(prefix.isEmpty() ? name : prefix + name);
      if (cache.size() < NAME_CACHE_LIMIT) {
        cache.putIfAbsent(name, s);
      }
    }
    return s;
  }

  private static final byte[] RESOURCE_TYPE = JsonOut.quoted("resourceType");
  private static final byte[] ID = JsonOut.quoted("id");

  private void writeResource(JsonOut g, FhirNode resource, Members members) {
    g.startObject();
    g.name(RESOURCE_TYPE);
    g.string(resource.resourceType());
    writeMembers(g, members, resource.resourceType(), resource.name(), resource.children());
    g.endObject();
  }

  private void writeObject(JsonOut g, FhirNode node, Slot slot) {
    if (node.isResource()) {
      writeResource(g, node, types.of(node.resourceType()));
      return;
    }
    g.startObject();
    if (node.elementId() != null) {
      g.name(ID);
      g.string(node.elementId());
    }
    Members members = slot == null ? Members.NONE : slot.members(types);
    writeMembers(g, members, members.type, node.name(), node.children());
    g.endObject();
  }

  private void writeMembers(
      JsonOut g, Members members, String type, String name, List<FhirNode> children) {
    int n = children.size();
    if (n == 0) {
      return;
    }
    boolean extension = Canonical.isExtension(type, name);
    // the common case (mappers' output, canonical input): the children come as runs of one name
    // each, in definition order; then each run is a group, written straight from the children
    if (inRuns(members, extension, children)) {
      for (int from = 0; from < n; ) {
        int to = Canonical.runEnd(children, from);
        String group = children.get(from).name();
        writeGroup(g, members.slots.get(group), group, children, from, to);
        from = to;
      }
      return;
    }
    for (Canonical.Group group : Canonical.groups(structure, type, name, children)) {
      writeGroup(g, members.slots.get(group.name), group.name, group.nodes, 0, group.nodes.size());
    }
  }

  /** {@link Canonical#inRuns}, with the definitions of the members' slots. */
  private static boolean inRuns(Members members, boolean extension, List<FhirNode> children) {
    int lastOrder = Integer.MIN_VALUE;
    String previous = null;
    for (int i = 0, n = children.size(); i < n; i++) {
      String name = children.get(i).name();
      if (name.equals(previous)) {
        continue;
      }
      previous = name;
      Slot slot = members.slots.get(name);
      int order = Canonical.order(slot == null ? null : slot.info, extension, name);
      if (order <= lastOrder) {
        return false;
      }
      lastOrder = order;
    }
    return true;
  }

  /** Writes the nodes {@code from} to {@code to} of {@code nodes}, all named {@code name}. */
  private void writeGroup(
      JsonOut g, Slot slot, String name, List<FhirNode> nodes, int from, int to) {
    FhirStructure.Child info = slot == null ? null : slot.info;
    boolean array = to - from > 1 || (info != null && info.array());
    boolean anyPrimitive = false;
    boolean anyValue = false;
    boolean anyExt = false;
    for (int i = from; i < to; i++) {
      FhirNode n = nodes.get(i);
      array |= n.array();
      if (n.isPrimitive()) {
        anyPrimitive = true;
        anyValue |= n.value() != null;
        anyExt |= n.value() == null || n.elementId() != null || !n.children().isEmpty();
      } else {
        anyValue = true;
      }
    }
    if (!anyPrimitive) {
      g.name(name(slot, name));
      if (array) {
        g.startArray();
        for (int i = from; i < to; i++) {
          writeObject(g, nodes.get(i), slot);
        }
        g.endArray();
      } else {
        writeObject(g, nodes.get(from), slot);
      }
      return;
    }
    if (anyValue) {
      g.name(name(slot, name));
      if (array) {
        g.startArray();
        for (int i = from; i < to; i++) {
          writeValueItem(g, nodes.get(i), slot);
        }
        g.endArray();
      } else {
        writeValueItem(g, nodes.get(from), slot);
      }
    }
    if (anyExt) {
      g.name(underscored(slot, name));
      if (array) {
        g.startArray();
        for (int i = from; i < to; i++) {
          FhirNode n = nodes.get(i);
          if (n.isPrimitive() && (n.elementId() != null || !n.children().isEmpty())) {
            writeObject(g, n, slot);
          } else if (n.isPrimitive() && n.value() == null) {
            g.startObject();
            g.endObject();
          } else {
            g.nullValue();
          }
        }
        g.endArray();
      } else {
        writeObject(g, nodes.get(from), slot);
      }
    }
  }

  private void writeValueItem(JsonOut g, FhirNode n, Slot slot) {
    if (!n.isPrimitive()) {
      writeObject(g, n, slot);
    } else if (n.value() == null) {
      g.nullValue();
    } else {
      writeValue(g, n.value(), n.kind());
    }
  }

  private static void writeValue(JsonOut g, String value, ValueKind kind) {
    if (kind == ValueKind.NUMBER && ValueKind.isJsonNumber(value)) {
      g.number(value);
    } else if (kind == ValueKind.BOOLEAN && ValueKind.BOOLEAN.accepts(value)) {
      g.booleanValue(value.equals("true"));
    } else {
      g.string(value);
    }
  }
}
