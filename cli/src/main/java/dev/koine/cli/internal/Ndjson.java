package dev.koine.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes one JSON object per line (NDJSON) with Jackson's streaming generator. */
final class Ndjson {
  private static final JsonFactory JSON = new JsonFactory();

  private Ndjson() {}

  /** The body of one object. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** One object as a line of text (without the newline). */
  static String line(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
