package dev.koine.fhir.internal.tree;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
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
        g.setPrettyPrinter(prettyPrinter());
      }
      writeResource(g, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
        .withObjectIndenter(Indent.INSTANCE)
        .withArrayIndenter(Indent.INSTANCE);
  }

  /**
   * Two spaces per level after a line feed, as {@code new DefaultIndenter(" ", "\n")} writes, but
   * from pre-encoded bytes: Jackson's own indenter re-encodes its characters on every line, which
   * was the largest single cost of a pretty encode.
   */
  private static final class Indent implements DefaultPrettyPrinter.Indenter {
    static final Indent INSTANCE = new Indent();
    private static final SerializedString[] LEVELS = new SerializedString[64];

    static {
      StringBuilder sb = new StringBuilder("\n");
      for (int i = 0; i < LEVELS.length; i++) {
        LEVELS[i] = new SerializedString(sb.toString());
        sb.append("  ");
      }
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      if (level < LEVELS.length) {
        g.writeRaw(LEVELS[level]);
        return;
      }
      g.writeRaw(LEVELS[LEVELS.length - 1]);
      for (int i = LEVELS.length - 1; i < level; i++) {
        g.writeRaw("  ");
      }
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }

  private void writeResource(JsonGenerator g, FhirNode resource) throws IOException {
    g.writeStartObject();
    g.writeStringField("resourceType", resource.resourceType());
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
      g.writeStringField("id", node.elementId());
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
      g.writeFieldName(group.name);
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
      g.writeFieldName(group.name);
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
      g.writeFieldName("_" + group.name);
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
