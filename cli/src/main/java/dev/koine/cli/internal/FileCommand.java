package dev.koine.cli.internal;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that processes each FILE on its own: an unreadable input is reported on one line of
 * standard error and the others still run. The exit code is the worst outcome: 2 if an input could
 * not be read or parsed, else 1 if one failed the command's check, else 0.
 */
public abstract class FileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  /** Processes one input; returns {@link ExitCodes#OK} or {@link ExitCodes#FAILED}. */
  abstract int process(Inputs.Input input) throws IOException;

  /** Called when an input cannot be read or parsed, e.g. to print a JSON line. */
  void unreadable(String file, String reason) {}

  @Override
  public final Integer call() {
    options.checkFhirVersion();
    int worst = ExitCodes.OK;
    for (String file : options.files) {
      int code;
      try {
        code = process(Inputs.read(file, System.in));
      } catch (KoineParseException e) {
        err().println("koine: " + file + ": " + e.getMessage());
        unreadable(file, e.getMessage());
        code = ExitCodes.USAGE;
      } catch (IOException e) {
        err().println("koine: " + file + ": cannot read: " + e.getMessage());
        unreadable(file, "cannot read");
        code = ExitCodes.USAGE;
      }
      worst = worse(worst, code);
    }
    out().flush();
    return worst;
  }

  static int worse(int a, int b) {
    if (a == ExitCodes.USAGE || b == ExitCodes.USAGE) {
      return ExitCodes.USAGE;
    }
    return Math.max(a, b);
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  MessageCodec codecFor(Inputs.Input input) {
    return Codecs.detect(
        input.content(), Codecs.hint(options.from, options.fhirVersion, input.content()));
  }

  Decoded<Message> decode(Inputs.Input input) {
    return codecFor(input)
        .decode(input.content(), Codecs.hint(options.from, options.fhirVersion, input.content()));
  }
}
