package dev.koine.fhir.internal.tree;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.koine.core.internal.Checks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

  /** A writer for one FHIR version; {@code pretty} indents, otherwise the output is compact. */
  public FhirJsonWriter(FhirStructure structure, boolean pretty) {
    this.structure = Checks.notNull(structure, "structure");
    this.pretty = pretty;
  }

  /** The resource as UTF-8 JSON. */
  public byte[] write(FhirNode resource) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    write(resource, out);
    return out.toByteArray();
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
    SerializedString s = NAMES.get(name);
    if (s == null) {
      s = new SerializedString(name);
      if (NAMES.size() < NAME_CACHE_LIMIT) {
        NAMES.putIfAbsent(name, s);
      }
    }
    return s;
  }

  /** {@code _name}, the JSON name of a primitive's id and extensions. */
  private static final java.util.concurrent.ConcurrentMap<String, SerializedString> UNDERSCORED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static SerializedString underscored(String name) {
    SerializedString s = UNDERSCORED.get(name);
    if (s == null) {
      s = new SerializedString("_" + name);
      if (UNDERSCORED.size() < NAME_CACHE_LIMIT) {
        UNDERSCORED.putIfAbsent(name, s);
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
    for (Canonical.Group group : Canonical.groups(structure, type, name, children)) {
      writeGroup(g, group);
    }
  }

  private void writeGroup(JsonGenerator g, Canonical.Group group) throws IOException {
    boolean array = group.array();
    boolean anyPrimitive = false;
    boolean anyValue = false;
    boolean anyExt = false;
    for (FhirNode n : group.nodes) {
      if (n.isPrimitive()) {
        anyPrimitive = true;
        anyValue |= n.value() != null;
        anyExt |= n.value() == null || n.elementId() != null || !n.children().isEmpty();
      } else {
        anyValue = true;
      }
    }
    if (!anyPrimitive) {
      g.writeFieldName(name(group.name));
      if (array) {
        g.writeStartArray();
        for (FhirNode n : group.nodes) {
          writeObject(g, n, group.typeOf(n));
        }
        g.writeEndArray();
      } else {
        FhirNode n = group.nodes.get(0);
        writeObject(g, n, group.typeOf(n));
      }
      return;
    }
    if (anyValue) {
      g.writeFieldName(name(group.name));
      if (array) {
        g.writeStartArray();
        for (FhirNode n : group.nodes) {
          writeValueItem(g, n, group);
        }
        g.writeEndArray();
      } else {
        writeValueItem(g, group.nodes.get(0), group);
      }
    }
    if (anyExt) {
      g.writeFieldName(underscored(group.name));
      if (array) {
        g.writeStartArray();
        for (FhirNode n : group.nodes) {
          if (n.isPrimitive() && (n.elementId() != null || !n.children().isEmpty())) {
            writeObject(g, n, group.typeOf(n));
          } else if (n.isPrimitive() && n.value() == null) {
            g.writeStartObject();
            g.writeEndObject();
          } else {
            g.writeNull();
          }
        }
        g.writeEndArray();
      } else {
        writeObject(g, group.nodes.get(0), group.typeOf(group.nodes.get(0)));
      }
    }
  }

  private void writeValueItem(JsonGenerator g, FhirNode n, Canonical.Group group)
      throws IOException {
    if (!n.isPrimitive()) {
      writeObject(g, n, group.typeOf(n));
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
