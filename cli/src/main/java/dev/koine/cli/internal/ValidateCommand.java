package dev.koine.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.koine.core.codec.Decoded;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.Issues;
import dev.koine.core.message.Message;
import dev.koine.core.validation.MessageValidator;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code koine validate}: structure, identifiers, required parts, bindings and family rules. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    footerHeading = "%nExamples:%n",
    footer = {
      "  koine validate referral.json adt-batch.hl7",
      "  koine validate --json --fhir-version stu3 itk/"
    },
    description =
        "Validates each message: structure, identifiers (NHS number, ODS, identifier-system URIs),"
            + " required elements, code bindings and the rules of its family. Prints VALID or"
            + " INVALID and one line per issue: SEVERITY CODE LOCATION MESSAGE.")
public final class ValidateCommand extends FileCommand {
  @Override
  List<String> statuses() {
    return List.of("valid", "invalid", "failed");
  }

  @Override
  void failedFields(JsonGenerator g) throws IOException {
    g.writeBooleanField("valid", false);
    g.writeArrayFieldStart("issues");
    g.writeEndArray();
  }

  @Override
  int process(Inputs.Input input, Report report) {
    Decoded<Message> decoded = decode(input);
    Issues issues =
        decoded
            .issues()
            .plus(MessageValidator.instance().validate(decoded.value(), decoded.format()));
    boolean valid = issues.isValid();
    report.status(valid ? "valid" : "invalid");
    if (options.json) {
      report
          .out()
          .println(
              Ndjson.line(
                  g -> {
                    g.writeStringField("file", input.name());
                    g.writeStringField("format", decoded.format().cliName());
                    g.writeBooleanField("valid", valid);
                    g.writeArrayFieldStart("issues");
                    for (Issue i : issues.all()) {
                      g.writeStartObject();
                      g.writeStringField("severity", i.severity().name());
                      g.writeStringField("code", i.code().name());
                      g.writeStringField("location", i.location());
                      g.writeStringField("message", i.message());
                      g.writeEndObject();
                    }
                    g.writeEndArray();
                  }));
    } else {
      report.out().println(input.name() + ": " + (valid ? "VALID" : "INVALID"));
      for (Issue i : issues.all()) {
        report.out().println("  " + i);
      }
    }
    return valid ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
