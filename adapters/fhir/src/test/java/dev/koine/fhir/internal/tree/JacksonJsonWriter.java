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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON writer as it was before {@link FhirJsonWriter} wrote its own bytes ({@link JsonOut}):
 * Jackson's streaming generator, kept here as the reference the new writer must match byte for byte
 * ({@link JsonOutProperties}).
 */
final class JacksonJsonWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final FhirStructure structure;
  private final boolean pretty;

  /** A writer for one FHIR version; {@code pretty} indents, otherwise the output is compact. */
  JacksonJsonWriter(FhirStructure structure, boolean pretty) {
    this.structure = Checks.notNull(structure, "structure");
    this.pretty = pretty;
  }

  /** The resource as UTF-8 JSON. */
  public byte[] write(FhirNode resource) {
    Buffer out = BUFFER.get();
    out.reset();
    write(resource, out);
    byte[] bytes = out.toByteArray();
    out.shrink();
    return bytes;
  }

  /**
   * The resource as UTF-8 JSON, copied once from this thread's buffer into the result: {@link
   * #write(FhirNode)} then {@link Bytes#of(byte[])} copied the whole document twice.
   */
  public Bytes writeBytes(FhirNode resource) {
    Buffer out = BUFFER.get();
    out.reset();
    write(resource, out);
    Bytes bytes = out.toBytes();
    out.shrink();
    return bytes;
  }

  /**
   * This thread's output buffer, reused: growing a new one from a few KB for every message was an
   * eighth of an encode's allocation. One grown past 1 MiB is not kept.
   */
  private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

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
      writeResource(g, resource);
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
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(' ');
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
   * Element names pre-encoded as JSON (quoted UTF-8 bytes, made once): the generator copies them
   * instead of checking and encoding each character of every name again. Names outside the FHIR
   * definitions (from hostile input, say) are not kept past {@link #NAME_CACHE_LIMIT}.
   */
  private static final java.util.concurrent.ConcurrentMap<String, SerializedString> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int NAME_CACHE_LIMIT = 8192;

  private static SerializedString name(String name) {
    return cached(NAMES, name, "");
  }

  /** {@code _name}, the JSON name of a primitive's id and extensions. */
  private static final java.util.concurrent.ConcurrentMap<String, SerializedString> UNDERSCORED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static SerializedString underscored(String name) {
    return cached(UNDERSCORED, name, "_");
  }

  /** {@code prefix + name} pre-encoded, from {@code cache} (kept there up to the limit). */
  private static SerializedString cached(
      java.util.concurrent.ConcurrentMap<String, SerializedString> cache,
      String name,
      String prefix) {
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

  private void writeResource(JsonGenerator g, FhirNode resource) throws IOException {
    g.writeStartObject();
    g.writeFieldName(RESOURCE_TYPE);
    g.writeString(resource.resourceType());
    writeMembers(g, resource.resourceType(), resource.name(), resource.children());
    g.writeEndObject();
  }

  private void writeObject(JsonGenerator g, FhirNode node, String type) throws IOException {
    if (node.isResource()) {
      writeResource(g, node);
      return;
    }
    g.writeStartObject();
    if (node.elementId() != null) {
      g.writeFieldName(ID);
      g.writeString(node.elementId());
    }
    writeMembers(g, type, node.name(), node.children());
    g.writeEndObject();
  }

  private void writeMembers(JsonGenerator g, String type, String name, List<FhirNode> children)
      throws IOException {
    if (children.isEmpty()) {
      return;
    }
    java.util.Map<String, FhirStructure.Child> known = structure.children(type);
    boolean extension = Canonical.isExtension(type, name);
    if (Canonical.inRuns(known, extension, children)) {
      // the common case (mappers' output, canonical input): each run of one name is a group, in
      // order; written straight from the children, with no group objects
      for (int from = 0, n = children.size(); from < n; ) {
        int to = Canonical.runEnd(children, from);
        String group = children.get(from).name();
        writeGroup(g, group, known.get(group), children, from, to);
        from = to;
      }
      return;
    }
    for (Canonical.Group group : Canonical.groups(structure, type, name, children)) {
      writeGroup(g, group.name, group.info, group.nodes, 0, group.nodes.size());
    }
  }

  /** The FHIR type of one node of a group (its resource type for a resource). */
  private static String typeOf(FhirNode n, FhirStructure.Child info) {
    if (n.isResource()) {
      return n.resourceType();
    }
    return info == null ? null : info.type();
  }

  /** Writes the nodes {@code from} to {@code to} of {@code nodes}, all named {@code name}. */
  private void writeGroup(
      JsonGenerator g,
      String name,
      FhirStructure.Child info,
      List<FhirNode> nodes,
      int from,
      int to)
      throws IOException {
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
      g.writeFieldName(name(name));
      if (array) {
        g.writeStartArray();
        for (int i = from; i < to; i++) {
          FhirNode n = nodes.get(i);
          writeObject(g, n, typeOf(n, info));
        }
        g.writeEndArray();
      } else {
        FhirNode n = nodes.get(from);
        writeObject(g, n, typeOf(n, info));
      }
      return;
    }
    if (anyValue) {
      g.writeFieldName(name(name));
      if (array) {
        g.writeStartArray();
        for (int i = from; i < to; i++) {
          writeValueItem(g, nodes.get(i), info);
        }
        g.writeEndArray();
      } else {
        writeValueItem(g, nodes.get(from), info);
      }
    }
    if (anyExt) {
      g.writeFieldName(underscored(name));
      if (array) {
        g.writeStartArray();
        for (int i = from; i < to; i++) {
          FhirNode n = nodes.get(i);
          if (n.isPrimitive() && (n.elementId() != null || !n.children().isEmpty())) {
            writeObject(g, n, typeOf(n, info));
          } else if (n.isPrimitive() && n.value() == null) {
            g.writeStartObject();
            g.writeEndObject();
          } else {
            g.writeNull();
          }
        }
        g.writeEndArray();
      } else {
        FhirNode n = nodes.get(from);
        writeObject(g, n, typeOf(n, info));
      }
    }
  }

  private void writeValueItem(JsonGenerator g, FhirNode n, FhirStructure.Child info)
      throws IOException {
    if (!n.isPrimitive()) {
      writeObject(g, n, typeOf(n, info));
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
