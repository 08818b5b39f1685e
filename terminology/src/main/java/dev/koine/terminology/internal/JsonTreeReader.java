package dev.koine.terminology.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.koine.core.issue.KoineParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads FHIR JSON into a {@link FhirNode} tree with Jackson's streaming parser. The resource-level
 * narrative ({@code text}), contained resources and primitive extensions ({@code _field}) are
 * skipped. Not API.
 */
public final class JsonTreeReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build())
          .build();

  private JsonTreeReader() {}

  /**
   * Reads one resource.
   *
   * @param in the JSON (UTF-8); not closed
   * @param source the file name for error locations
   * @throws KoineParseException if the input is not a JSON object with a resourceType
   */
  public static FhirNode read(InputStream in, String source) {
    FhirNode root = FhirNode.jsonRoot(source);
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new KoineParseException(
            source + "#", "expected a JSON object (a FHIR resource) at line " + line(p));
      }
      readObject(p, root, true);
      if (p.nextToken() != null) {
        throw new KoineParseException(
            source + "#", "unexpected content after the resource at line " + line(p));
      }
    } catch (JsonProcessingException e) {
      throw new KoineParseException(
          source + "#",
          "malformed JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + redact(e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root.name().isEmpty()) {
      throw new KoineParseException(source + "#", "expected a resourceType property");
    }
    return root;
  }

  /** Jackson quotes offending input in its messages; the input may be patient data. */
  static String redact(String message) {
    return message == null
        ? "unreadable"
        : message.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
  }

  private static int line(JsonParser p) {
    return p.currentLocation().getLineNr();
  }

  private static void readObject(JsonParser p, FhirNode node, boolean root) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      if (root && field.equals("resourceType")) {
        if (v != JsonToken.VALUE_STRING) {
          throw new KoineParseException(node.location() + "/resourceType", "expected a string");
        }
        node.resourceType(p.getText());
      } else if (field.startsWith("_")
          || (root && (field.equals("text") || field.equals("contained")))) {
        p.skipChildren();
      } else if (v == JsonToken.START_ARRAY) {
        int i = 0;
        JsonToken item;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
          readValue(p, item, node.add(field, i++, -1, -1));
        }
      } else {
        readValue(p, v, node.add(field, -1, -1, -1));
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new KoineParseException(node.location(), "malformed JSON object");
    }
  }

  private static void readValue(JsonParser p, JsonToken t, FhirNode node) throws IOException {
    switch (t) {
      case START_OBJECT -> readObject(p, node, false);
      case START_ARRAY ->
          throw new KoineParseException(node.location(), "expected a value, found a nested array");
      case VALUE_NULL -> node.value(null);
      default -> node.value(p.getText());
    }
  }
}
