package dev.koine.cli.internal;

import dev.koine.core.codec.Decoded;
import dev.koine.core.message.Message;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code koine inspect}: a summary of each message. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    footerHeading = "%nExamples:%n",
    footer = {"  koine inspect --json inbox/", "  koine inspect --show-identifiers ADT-A01.hl7"},
    description =
        "Summarises each message: family, event, message id, sender, recipients, payload type and"
            + " what it contains.")
public final class InspectCommand extends FileCommand {
  @Override
  List<String> statuses() {
    return List.of("inspected", "failed");
  }

  @Override
  int process(Inputs.Input input, Report report) {
    Decoded<Message> decoded = decode(input);
    Message m = decoded.value();
    if (options.json) {
      report
          .out()
          .println(
              Ndjson.line(
                  g -> {
                    g.writeStringField("file", input.name());
                    g.writeStringField("format", decoded.format().cliName());
                    g.writeStringField("family", m.envelope().family().name());
                    g.writeStringField("event", m.envelope().event().code());
                    g.writeStringField("messageId", m.envelope().messageId());
                    g.writeStringField("payload", m.payload().typeName());
                  }));
    } else {
      report.out().println(input.name() + " (" + decoded.format().cliName() + ")");
      for (String line : MessageSummary.lines(m, global.showIdentifiers)) {
        report.out().println("  " + line);
      }
    }
    return ExitCodes.OK;
  }
}
