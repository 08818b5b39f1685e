package dev.koine.cli.internal;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.Message;
import dev.koine.core.message.Replies;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Precision;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code koine ack}: the acknowledgement the sender's standard expects, in the input's format. */
@Command(
    name = "ack",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    footerHeading = "%nExamples:%n",
    footer = {"  koine ack ADT-A01.hl7", "  koine ack --outcome error --code 20013 referral.json"},
    description =
        "Builds the acknowledgement each message's standard expects (ITK3 ITK008M, R4"
            + " Acknowledgement Framework, BaRS response, HL7 v2 ACK) and writes it in the input's"
            + " format.")
public final class AckCommand extends FileCommand {
  enum Outcome {
    ok,
    error
  }

  @Option(names = "--outcome", paramLabel = "ok|error", description = "The outcome (default ok).")
  Outcome outcome = Outcome.ok;

  @Option(
      names = "--code",
      paramLabel = "CODE",
      description = "A standard-specific code (ITK3 10001..30025, BaRS error code, HL7 v2 error).")
  String code;

  /** A new message id: a UUID, or 20 hex digits for HL7 v2 (MSH-10 is ST(20) in v2.4). */
  private static String replyId(WireFormat format) {
    String uuid = UUID.randomUUID().toString();
    return format == WireFormat.HL7V2 ? uuid.replace("-", "").substring(0, 20) : uuid;
  }

  @Override
  List<String> statuses() {
    return List.of("acknowledged", "failed");
  }

  @Override
  int process(Inputs.Input input, Report report) {
    MessageCodec codec = codecFor(input);
    Decoded<Message> decoded = decode(input);
    PartialDateTime now = PartialDateTime.of(OffsetDateTime.now(ZoneOffset.UTC), Precision.SECOND);
    Message reply;
    MessageCodec.Encoded encoded;
    try {
      reply =
          Replies.reply(
              decoded.value(),
              new Replies.Outcome(outcome == Outcome.ok, code, null),
              replyId(decoded.format()),
              now);
      encoded = codec.encode(reply, decoded.format());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      String reason = "cannot acknowledge: " + e.getMessage();
      report.err().println("koine: " + input.name() + ": " + reason);
      if (options.json) {
        String format = decoded.format().cliName();
        report
            .out()
            .println(
                Ndjson.line(
                    g -> {
                      g.writeStringField("file", input.name());
                      g.writeStringField("format", format);
                      g.writeStringField("error", reason);
                    }));
      }
      report.status("failed");
      return ExitCodes.FAILED;
    }
    String text = new String(encoded.content().toArray(), StandardCharsets.UTF_8);
    if (options.json) {
      report
          .out()
          .println(
              Ndjson.line(
                  g -> {
                    g.writeStringField("file", input.name());
                    g.writeStringField("format", decoded.format().cliName());
                    g.writeStringField("ack", text);
                  }));
    } else {
      report.out().print(text);
      if (!text.endsWith("\n")) {
        report.out().println();
      }
    }
    return ExitCodes.OK;
  }
}
