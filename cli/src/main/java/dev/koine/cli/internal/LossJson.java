package dev.koine.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.koine.core.codec.Loss;
import java.io.IOException;
import java.util.List;

/** Writes the {@code losses} array of the NDJSON contract. */
final class LossJson {
  private LossJson() {}

  static void write(JsonGenerator g, List<Loss> losses) throws IOException {
    g.writeArrayFieldStart("losses");
    for (Loss loss : losses) {
      g.writeStartObject();
      g.writeStringField("location", loss.location());
      g.writeStringField("reason", loss.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
