package dev.koine.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Message;
import dev.koine.fhir.FhirCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code koine convert}: converts through the model, reporting every loss. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    footerHeading = "%nExamples:%n",
    footer = {
      "  koine convert --to fhir-r4-json --out fhir/ hl7-inbox/",
      "  koine convert --to hl7v2 --strict admission.json > admission.hl7"
    },
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

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description =
          "The time zone of local times (HL7 v2 times with no offset), e.g. Europe/London: written"
              + " to FHIR with that zone's offset at the time. Default: none (FHIR needs an"
              + " offset, so such a time is written as its date, or left out for an instant, and"
              + " reported as a loss).")
  ZoneId zone;

  /** Reads a time-zone id (a usage error, exit 2, when it names no zone). */
  static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (java.time.DateTimeException e) {
        throw new CommandLine.TypeConversionException(
            "not a time-zone id (such as Europe/London or +01:00): " + value);
      }
    }
  }

  @Override
  List<String> statuses() {
    return List.of("converted", "lossy", "failed");
  }

  /** The output files written so far (each input's name is checked in input order). */
  private final Set<Path> outputs = new HashSet<>();

  @Override
  String clash(Inputs.Input input) {
    if (outDir == null && singleInput && !options.json) {
      return null; // standard output
    }
    Path file = outputFile(input).toAbsolutePath().normalize();
    if (!outputs.add(file)) {
      return "its output "
          + outputFile(input)
          + " would overwrite an earlier input's; convert them into different directories";
    }
    return null;
  }

  private Path outputFile(Inputs.Input input) {
    return (outDir == null ? Path.of(".") : outDir).resolve(input.outBase() + extension(to));
  }

  @Override
  void failedFields(JsonGenerator g) throws IOException {
    g.writeStringField("to", to.cliName());
    g.writeNullField("output");
    LossJson.write(g, List.of());
  }

  @Override
  int process(Inputs.Input input, Report report) throws IOException {
    Decoded<Message> decoded = decode(input);
    MessageCodec target =
        Codecs.forFormat(to)
            .orElseThrow(
                () ->
                    new KoineParseException(
                        "", "no adapter for " + to.cliName() + " is installed"));
    List<Loss> losses = new ArrayList<>(decoded.losses());
    Message message = decoded.value();
    if (to == WireFormat.HL7V2 && decoded.format() != WireFormat.HL7V2) {
      // FHIR codes back to the HL7 v2 table codes the v2 fields need; a translation is not a loss
      message = FhirCodec.withHl7v2Vocabulary(message, losses, new ArrayList<>());
    }
    if (zone != null && target instanceof FhirCodec fhir) {
      target = fhir.withLocalTimeZone(zone);
    }
    MessageCodec.Encoded encoded;
    try {
      encoded = target.encode(message, to);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      String reason = "not convertible to " + to.cliName() + ": " + e.getMessage();
      report.err().println("koine: " + input.name() + ": " + reason);
      if (options.json) {
        String from = decoded.format().cliName();
        report
            .out()
            .println(
                Ndjson.line(
                    g -> {
                      g.writeStringField("file", input.name());
                      g.writeStringField("from", from);
                      failedFields(g);
                      g.writeStringField("error", reason);
                    }));
      }
      report.status("failed");
      return ExitCodes.FAILED;
    }
    losses.addAll(encoded.losses());
    report.losses(losses.size());
    report.status(losses.isEmpty() ? "converted" : "lossy");
    String output;
    byte[] bytes = encoded.content().toArray();
    if (outDir == null && singleInput && !options.json) {
      report.out().print(new String(bytes, StandardCharsets.UTF_8));
      output = "-";
    } else {
      Path file = outputFile(input);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes);
      output = file.toString();
    }
    if (!singleInput && !losses.isEmpty()) {
      report
          .err()
          .println(
              "koine: "
                  + input.name()
                  + ": "
                  + losses.size()
                  + (losses.size() == 1 ? " loss" : " losses"));
    }
    for (Loss loss : losses) {
      report.err().println(loss);
    }
    if (options.json) {
      String from = decoded.format().cliName();
      report
          .out()
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
