package dev.koine.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code koine demo}: builds one example message of every payload type with the model, writes each
 * in every format Koine supports, and prints a table of what it wrote with a summary of each.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    footerHeading = "%nExamples:%n",
    footer = {"  koine demo --out koine-demo", "  koine inspect koine-demo/07-patientevent.hl7"},
    description =
        "Writes one example of every message type in every supported format and prints what it"
            + " wrote.")
public final class DemoCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the examples (default: ./koine-demo).")
  Path out = Path.of("koine-demo");

  @Option(names = "--json", description = "One JSON object per file written (NDJSON).")
  boolean json;

  @Mixin GlobalOptions global;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Files.createDirectories(out);
    List<Message> messages = Examples.all();
    if (!json) {
      stdout.printf(Locale.ROOT, "%-18s %-15s %-28s %s%n", "TYPE", "FORMAT", "EVENT", "FILE");
    }
    int n = 0;
    int written = 0;
    for (Message message : messages) {
      n++;
      String type = message.payload().typeName();
      List<String> summary = MessageSummary.lines(message, global.showIdentifiers);
      Path file =
          out.resolve(
              String.format(Locale.ROOT, "%02d-%s.summary.txt", n, type.toLowerCase(Locale.ROOT)));
      Files.writeString(file, String.join("\n", summary) + "\n", StandardCharsets.UTF_8);
      written++;
      report(stdout, file, type, "summary", message.envelope().event().code(), summary);
      for (WireFormat format : WireFormat.values()) {
        Optional<MessageCodec> codec = Codecs.forFormat(format);
        if (codec.isEmpty()) {
          continue;
        }
        MessageCodec.Encoded encoded;
        try {
          encoded = codec.get().encode(message, format);
        } catch (IllegalArgumentException notInThisFormat) {
          continue; // this payload type has no mapping in this format (yet)
        }
        Path wire =
            out.resolve(
                String.format(
                    Locale.ROOT,
                    "%02d-%s%s",
                    n,
                    type.toLowerCase(Locale.ROOT),
                    ConvertCommand.extension(format)));
        byte[] bytes = encoded.content().toArray();
        Files.write(wire, bytes);
        written++;
        // the event as written (what inspect reads from the file: REF^I12's I12, not the BaRS event
        // of the example it was written from)
        String event = codec.get().decode(bytes, format).value().envelope().event().code();
        report(stdout, wire, type, format.cliName(), event, List.of());
      }
    }
    if (!json) {
      stdout.printf(
          Locale.ROOT, "%d examples, %d files written to %s%n", messages.size(), written, out);
    }
    return ExitCodes.OK;
  }

  private void report(
      PrintWriter stdout,
      Path file,
      String type,
      String format,
      String event,
      List<String> summary) {
    if (json) {
      stdout.println(jsonLine(file.toString(), type, format));
      return;
    }
    stdout.printf(Locale.ROOT, "%-18s %-15s %-28s %s%n", type, format, event, file);
    for (String line : summary) {
      stdout.println("    " + line);
    }
  }

  private static String jsonLine(String file, String type, String format) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("file", file);
      g.writeStringField("type", type);
      g.writeStringField("format", format);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
