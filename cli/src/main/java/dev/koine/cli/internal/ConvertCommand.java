package dev.koine.cli.internal;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code koine convert}: converts through the model, reporting every loss. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description =
        "Converts each message to another format through the model. Writes to standard output for a"
            + " single input without --out. Each loss goes to standard error as: LOSS location"
            + " reason.")
public final class ConvertCommand extends FileCommand {
  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      converter = CommonOptions.FormatConverter.class,
      description = "The output format.")
  WireFormat to;

  @Option(names = "--out", paramLabel = "DIR", description = "Write each output into DIR.")
  Path outDir;

  @Option(names = "--strict", description = "Fail (exit 1) when anything is lost.")
  boolean strict;

  @Override
  int process(Inputs.Input input) throws IOException {
    Decoded<Message> decoded = decode(input);
    MessageCodec target =
        Codecs.forFormat(to)
            .orElseThrow(
                () ->
                    new KoineParseException(
                        "", "no adapter for " + to.cliName() + " is installed"));
    List<Loss> losses = new ArrayList<>(decoded.losses());
    MessageCodec.Encoded encoded;
    try {
      encoded = target.encode(decoded.value(), to);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      err()
          .println(
              "koine: "
                  + input.name()
                  + ": not convertible to "
                  + to.cliName()
                  + ": "
                  + e.getMessage());
      return ExitCodes.FAILED;
    }
    losses.addAll(encoded.losses());
    String output;
    byte[] bytes = encoded.content().toArray();
    if (outDir == null && options.files.size() == 1 && !options.json) {
      out().print(new String(bytes, StandardCharsets.UTF_8));
      output = "-";
    } else {
      Path dir = outDir == null ? Path.of(".") : outDir;
      Files.createDirectories(dir);
      Path file = dir.resolve(baseName(input.name()) + extension(to));
      Files.write(file, bytes);
      output = file.toString();
    }
    for (Loss loss : losses) {
      err().println(loss);
    }
    if (options.json) {
      String from = decoded.format().cliName();
      out()
          .println(
              Ndjson.line(
                  g -> {
                    g.writeStringField("file", input.name());
                    g.writeStringField("from", from);
                    g.writeStringField("to", to.cliName());
                    g.writeStringField("output", output);
                    LossJson.write(g, losses);
                  }));
    }
    return strict && !losses.isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
  }

  static String baseName(String name) {
    if (name.equals("-")) {
      return "stdin";
    }
    String base = Path.of(name).getFileName().toString();
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  static String extension(WireFormat format) {
    return switch (format) {
      case FHIR_R4_JSON -> ".r4.json";
      case FHIR_R4_XML -> ".r4.xml";
      case FHIR_STU3_JSON -> ".stu3.json";
      case FHIR_STU3_XML -> ".stu3.xml";
      case HL7V2 -> ".hl7";
    };
  }
}
