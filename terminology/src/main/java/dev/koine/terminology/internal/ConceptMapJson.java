package dev.koine.terminology.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.koine.terminology.ConceptMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes a concept map as FHIR R4 JSON with Jackson's streaming generator. Not API. */
public final class ConceptMapJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private ConceptMapJson() {}

  /** Writes the map (pretty-printed); the writer is flushed, not closed. */
  public static void write(ConceptMap map, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("resourceType", "ConceptMap");
      field(g, "url", map.url());
      field(g, "version", map.version());
      field(g, "name", map.name());
      field(g, "title", map.title());
      g.writeStringField("status", map.status().code());
      field(g, "description", map.description());
      field(g, "sourceUri", map.sourceScope());
      field(g, "targetUri", map.targetScope());
      if (!map.groups().isEmpty()) {
        g.writeArrayFieldStart("group");
        for (ConceptMap.Group group : map.groups()) {
          g.writeStartObject();
          field(g, "source", group.source());
          field(g, "sourceVersion", group.sourceVersion());
          field(g, "target", group.target());
          field(g, "targetVersion", group.targetVersion());
          g.writeArrayFieldStart("element");
          for (ConceptMap.Element e : group.elements()) {
            g.writeStartObject();
            field(g, "code", e.code());
            field(g, "display", e.display());
            if (!e.targets().isEmpty()) {
              g.writeArrayFieldStart("target");
              for (ConceptMap.Target t : e.targets()) {
                g.writeStartObject();
                field(g, "code", t.code());
                field(g, "display", t.display());
                g.writeStringField("equivalence", t.equivalence().code());
                field(g, "comment", t.comment());
                g.writeEndObject();
              }
              g.writeEndArray();
            }
            g.writeEndObject();
          }
          g.writeEndArray();
          if (group.unmapped() != null) {
            g.writeObjectFieldStart("unmapped");
            field(g, "mode", group.unmapped().mode());
            field(g, "code", group.unmapped().code());
            field(g, "display", group.unmapped().display());
            field(g, "url", group.unmapped().url());
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void field(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }
}
