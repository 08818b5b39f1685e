package dev.koine.cli.internal;

import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code koine roundtrip}: decode to the model, encode back, compare with the input. */
@Command(
    name = "roundtrip",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    footerHeading = "%nExamples:%n",
    footer = {"  koine roundtrip --json corpus/", "  koine roundtrip message.xml"},
    description =
        "Decodes each message to the model, encodes it back to the same format and compares with"
            + " the input: LOSSLESS, LOSSY n with the LOSS lines, or FAILED reason.")
public final class RoundtripCommand extends FileCommand {
  @Override
  List<String> statuses() {
    return List.of("lossless", "lossy", "failed");
  }

  @Override
  int process(Inputs.Input input, Report report) {
    WireFormat hint = Codecs.hint(options.from, options.fhirVersion, input.content());
    MessageCodec codec = codecFor(input);
    RoundTrip result;
    try {
      result = codec.roundTrip(input.content(), hint);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // decoded, but the format cannot carry the message back (e.g. no encoder for the payload)
      String reason = "cannot encode back: " + e.getMessage();
      report.err().println("koine: " + input.name() + ": " + reason);
      unreadable(input.name(), reason, report);
      report.status("failed");
      return ExitCodes.FAILED;
    }
    String status = result.status();
    report.status(status.equals("LOSSLESS") ? "lossless" : "lossy");
    report.losses(result.losses().size());
    if (options.json) {
      report
          .out()
          .println(
              Ndjson.line(
                  g -> {
                    g.writeStringField("file", input.name());
                    g.writeStringField("format", result.format().cliName());
                    g.writeStringField("status", status);
                    g.writeNumberField("leaves", result.leaves());
                    g.writeNumberField("lost", result.lost());
                    LossJson.write(g, result.losses());
                  }));
    } else {
      report
          .out()
          .println(
              input.name()
                  + ": "
                  + (status.equals("LOSSLESS") ? status : "LOSSY " + result.lost()));
      List<Loss> losses = result.losses();
      for (Loss loss : losses) {
        report.out().println("  " + loss);
      }
    }
    return status.equals("LOSSLESS") ? ExitCodes.OK : ExitCodes.FAILED;
  }

  @Override
  void unreadable(String file, String reason, Report report) {
    if (options.json) {
      report
          .out()
          .println(
              Ndjson.line(
                  g -> {
                    g.writeStringField("file", file);
                    g.writeStringField("status", "FAILED");
                    g.writeStringField("reason", reason);
                    g.writeNumberField("leaves", 0);
                    g.writeNumberField("lost", 0);
                    LossJson.write(g, List.of());
                  }));
    } else {
      report.out().println(file + ": FAILED " + reason);
    }
  }
}
