package dev.koine.fhir.internal.tree;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.koine.core.internal.Checks;
import dev.koine.core.model.Bytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Writes a {@link FhirNode} resource as canonical FHIR JSON with the Jackson streaming generator:
 * {@code resourceType} first, elements in FHIR definition order (an element's id first, an
 * extension's url first), {@code _x} right after {@code x}, arrays for repeating elements (with
 * {@code null} where one side of {@code x}/{@code _x} has nothing), numbers and booleans written
 * from their exact text. Pretty (two-space indent) or compact. Immutable and thread-safe.
 */
public final class FhirJsonWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

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
    Buffer out = fill(resource);
    byte[] bytes = out.toByteArray();
    out.shrink();
    return bytes;
  }

  /**
   * The resource as UTF-8 JSON, copied once from this thread's buffer into the result: {@link
   * #write(FhirNode)} then {@link Bytes#of(byte[])} copied the whole document twice.
   */
  public Bytes writeBytes(FhirNode resource) {
    Buffer out = fill(resource);
    Bytes bytes = out.toBytes();
    out.shrink();
    return bytes;
  }

  /**
   * This thread's output buffer and the generators writing into it (one compact, one pretty), made
   * once and reused for every document: growing a new buffer from a few KB for every message was an
   * eighth of an encode's allocation, and a generator per document made its I/O context, write
   * context and output buffer each time. A buffer grown past 1 MiB is not kept.
   */
  private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

  private static final class Output {
    final Buffer buffer = new Buffer();
    private JsonGenerator compact;
    private JsonGenerator pretty;

    JsonGenerator generator(boolean indent) throws IOException {
      JsonGenerator g = indent ? pretty : compact;
      if (g == null) {
        g = FACTORY.createGenerator(buffer, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // each document is taken out of the buffer before the next one is written: nothing goes
        // between them (Jackson writes a space between root values by default)
        g.setRootValueSeparator(null);
        if (indent) {
          g.setPrettyPrinter(new Pretty());
          pretty = g;
        } else {
          compact = g;
        }
      }
      return g;
    }
  }

  /** This thread's buffer holding the resource as JSON. */
  private Buffer fill(FhirNode resource) {
    Checks.notNull(resource, "resource");
    Checks.require(resource.isResource(), "only a resource can be written as FHIR JSON");
    Output o = OUTPUT.get();
    o.buffer.reset();
    boolean written = false;
    try {
      JsonGenerator g = o.generator(pretty);
      writeResource(g, resource, types.of(resource.resourceType()));
      g.flush();
      written = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!written) {
        OUTPUT.remove(); // a generator stopped inside a document is not used again
      }
    }
    return o.buffer;
  }

  private static final class Buffer extends ByteArrayOutputStream {
    private static final int KEEP = 1 << 20;

    Buffer() {
      super(16 * 1024);
    }

    Bytes toBytes() {
      return Bytes.of(buf, 0, count);
    }

    void shrink() {
      if (buf.length > KEEP) {
        buf = new byte[16 * 1024];
      }
    }
  }

  /**
   * One element as compact JSON, the way its parent object would hold it: an object with the one
   * member (an array of one for an item of a repeating element; a primitive's id and extensions
   * under {@code _name}), with no definitions applied below it (what a version does not define is
   * written as it is). The form {@code Envelope.FHIR_VERBATIM} carries an element in.
   */
  public static String writeElement(FhirNode element) {
    Checks.notNull(element, "element");
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      Elements.WRITER.writeMembers(g, Members.NONE, null, "", List.of(element));
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * The writer of {@link #writeElement}, made on first use (no definitions are looked up for such
   * an element: the structure is only what the constructor asks for).
   */
  private static final class Elements {
    static final FhirJsonWriter WRITER = new FhirJsonWriter(FhirStructure.r4(), false);
  }

  /** The resource as a JSON string. */
  public String writeString(FhirNode resource) {
    return new String(write(resource), StandardCharsets.UTF_8);
  }

  /** Writes the resource as UTF-8 JSON to {@code out} (not closed). */
  public void write(FhirNode resource, OutputStream out) {
    Checks.notNull(resource, "resource");
    Checks.require(resource.isResource(), "only a resource can be written as FHIR JSON");
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.setPrettyPrinter(new Pretty());
      }
      writeResource(g, resource, types.of(resource.resourceType()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Two-space pretty printing, byte for byte what Jackson's {@code DefaultPrettyPrinter} writes
   * with {@code ": "} between name and value, {@code {}} and {@code []} when empty and a line feed
   * plus two spaces per level before each entry, but from pre-encoded bytes: Jackson's own printer
   * re-encodes its separator and indentation characters on every use, the largest single cost of a
   * pretty encode. Stateful (the nesting level): one per generator.
   */
  private static final class Pretty implements PrettyPrinter {
    private static final SerializedString COLON = new SerializedString(": ");
    private static final SerializedString[] LEVELS = new SerializedString[64];

    static {
      StringBuilder sb = new StringBuilder("\n");
      for (int i = 0; i < LEVELS.length; i++) {
        LEVELS[i] = new SerializedString(sb.toString());
        sb.append("  ");
      }
    }

    private int nesting;

    private void indent(JsonGenerator g) throws IOException {
      if (nesting < LEVELS.length) {
        g.writeRaw(LEVELS[nesting]);
        return;
      }
      g.writeRaw(LEVELS[LEVELS.length - 1]);
      for (int i = LEVELS.length - 1; i < nesting; i++) {
        g.writeRaw("  ");
      }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
      // nothing: a reused generator starts each document as the first (see Output)
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
      nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
      indent(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(COLON);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(',');
      indent(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      nesting--;
      if (entries > 0) {
        indent(g);
      }
      g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      nesting++;
      g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      indent(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(',');
      indent(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      nesting--;
      if (values > 0) {
        indent(g);
      }
      g.writeRaw(']');
    }
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
    final SerializedString name;
    final SerializedString underscored;

    /** The members of the element's type, found on first use (racy but safe: all the same). */
    private Members members;

    Slot(String name, FhirStructure.Child info) {
      this.info = info;
      this.name = new SerializedString(name);
      this.underscored = new SerializedString("_" + name);
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
  private static final ConcurrentMap<String, SerializedString> NAMES = new ConcurrentHashMap<>();

  private static final ConcurrentMap<String, SerializedString> UNDERSCORED =
      new ConcurrentHashMap<>();

  private static final int NAME_CACHE_LIMIT = 8192;

  private static SerializedString name(Slot slot, String name) {
    return slot != null ? slot.name : cached(NAMES, name, "");
  }

  private static SerializedString underscored(Slot slot, String name) {
    return slot != null ? slot.underscored : cached(UNDERSCORED, name, "_");
  }

  /** {@code prefix + name} pre-encoded, from {@code cache} (kept there up to the limit). */
  private static SerializedString cached(
      ConcurrentMap<String, SerializedString> cache, String name, String prefix) {
    SerializedString s = cache.get(name);
    if (s == null) {
      s = new SerializedString(prefix.isEmpty() ? name : prefix + name);
      if (cache.size() < NAME_CACHE_LIMIT) {
        cache.putIfAbsent(name, s);
      }
    }
    return s;
  }

  private static final SerializedString RESOURCE_TYPE = new SerializedString("resourceType");
  private static final SerializedString ID = new SerializedString("id");

  private void writeResource(JsonGenerator g, FhirNode resource, Members members)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(RESOURCE_TYPE);
    g.writeString(resource.resourceType());
    writeMembers(g, members, resource.resourceType(), resource.name(), resource.children());
    g.writeEndObject();
  }

  private void writeObject(JsonGenerator g, FhirNode node, Slot slot) throws IOException {
    if (node.isResource()) {
      writeResource(g, node, types.of(node.resourceType()));
      return;
    }
    g.writeStartObject();
    if (node.elementId() != null) {
      g.writeFieldName(ID);
      g.writeString(node.elementId());
    }
    Members members = slot == null ? Members.NONE : slot.members(types);
    writeMembers(g, members, members.type, node.name(), node.children());
    g.writeEndObject();
  }

  private void writeMembers(
      JsonGenerator g, Members members, String type, String name, List<FhirNode> children)
      throws IOException {
    int n = children.size();
    if (n == 0) {
      return;
    }
    boolean extension = Canonical.isExtension(type, name);
    if (n <= 2 && writeFew(g, members, extension, children)) {
      return;
    }
    // the common case (mappers' output, canonical input): the children come as runs of one name
    // each, in definition order; then each run is a group, written straight from the children
    if (inRuns(members, extension, children)) {
      for (int from = 0; from < n; ) {
        int to = runEnd(children, from);
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

  /**
   * Writes one or two children when they are in definition order (what {@link #inRuns} then the
   * loop over the runs would write), each slot looked up once; false, with nothing written, when
   * they are not. Three quarters of the objects of a mapped message have one or two children (74 of
   * 99 on the ITK ADT^A01), where the order check and the write looked each name up twice.
   */
  private boolean writeFew(
      JsonGenerator g, Members members, boolean extension, List<FhirNode> children)
      throws IOException {
    String first = children.get(0).name();
    Slot a = members.slots.get(first);
    if (children.size() == 1) {
      writeGroup(g, a, first, children, 0, 1);
      return true;
    }
    String second = children.get(1).name();
    if (sameName(second, first)) {
      writeGroup(g, a, first, children, 0, 2);
      return true;
    }
    Slot b = members.slots.get(second);
    if (Canonical.order(a == null ? null : a.info, extension, first)
        >= Canonical.order(b == null ? null : b.info, extension, second)) {
      return false;
    }
    writeGroup(g, a, first, children, 0, 1);
    writeGroup(g, b, second, children, 1, 2);
    return true;
  }

  /** {@link Canonical#inRuns}, with the definitions of the members' slots. */
  private static boolean inRuns(Members members, boolean extension, List<FhirNode> children) {
    int lastOrder = Integer.MIN_VALUE;
    String previous = null;
    for (int i = 0, n = children.size(); i < n; i++) {
      String name = children.get(i).name();
      if (sameName(name, previous)) {
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

  /**
   * Whether two element names are equal: the mappers' names are literals and the readers' are
   * interned, so the same name is nearly always the same instance, and different names nearly
   * always differ in their (cached) hash; the characters are compared only when both agree.
   */
  @SuppressWarnings("ReferenceEquality") // the fast path; equals decides otherwise
  static boolean sameName(String a, String b) {
    return a == b || (b != null && a.hashCode() == b.hashCode() && a.equals(b));
  }

  /** The end (exclusive) of the run of children named like the one at {@code from}. */
  private static int runEnd(List<FhirNode> children, int from) {
    String name = children.get(from).name();
    int to = from + 1;
    while (to < children.size() && sameName(children.get(to).name(), name)) {
      to++;
    }
    return to;
  }

  /** Writes the nodes {@code from} to {@code to} of {@code nodes}, all named {@code name}. */
  private void writeGroup(
      JsonGenerator g, Slot slot, String name, List<FhirNode> nodes, int from, int to)
      throws IOException {
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
      g.writeFieldName(name(slot, name));
      if (array) {
        g.writeStartArray();
        for (int i = from; i < to; i++) {
          writeObject(g, nodes.get(i), slot);
        }
        g.writeEndArray();
      } else {
        writeObject(g, nodes.get(from), slot);
      }
      return;
    }
    if (anyValue) {
      g.writeFieldName(name(slot, name));
      if (array) {
        g.writeStartArray();
        for (int i = from; i < to; i++) {
          writeValueItem(g, nodes.get(i), slot);
        }
        g.writeEndArray();
      } else {
        writeValueItem(g, nodes.get(from), slot);
      }
    }
    if (anyExt) {
      g.writeFieldName(underscored(slot, name));
      if (array) {
        g.writeStartArray();
        for (int i = from; i < to; i++) {
          FhirNode n = nodes.get(i);
          if (n.isPrimitive() && (n.elementId() != null || !n.children().isEmpty())) {
            writeObject(g, n, slot);
          } else if (n.isPrimitive() && n.value() == null) {
            g.writeStartObject();
            g.writeEndObject();
          } else {
            g.writeNull();
          }
        }
        g.writeEndArray();
      } else {
        writeObject(g, nodes.get(from), slot);
      }
    }
  }

  private void writeValueItem(JsonGenerator g, FhirNode n, Slot slot) throws IOException {
    if (!n.isPrimitive()) {
      writeObject(g, n, slot);
    } else if (n.value() == null) {
      g.writeNull();
    } else {
      writeValue(g, n.value(), n.kind());
    }
  }

  private static void writeValue(JsonGenerator g, String value, ValueKind kind) throws IOException {
    if (kind == ValueKind.NUMBER && ValueKind.isJsonNumber(value)) {
      g.writeNumber(value);
    } else if (kind == ValueKind.BOOLEAN && ValueKind.BOOLEAN.accepts(value)) {
      g.writeBoolean(value.equals("true"));
    } else {
      g.writeString(value);
    }
  }
}
