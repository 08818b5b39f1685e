package dev.koine.cli;

import dev.koine.cli.internal.AckCommand;
import dev.koine.cli.internal.ConvertCommand;
import dev.koine.cli.internal.DemoCommand;
import dev.koine.cli.internal.ExitCodes;
import dev.koine.cli.internal.FileCommand;
import dev.koine.cli.internal.InspectCommand;
import dev.koine.cli.internal.RoundtripCommand;
import dev.koine.cli.internal.TranslateCommand;
import dev.koine.cli.internal.ValidateCommand;
import dev.koine.cli.internal.VersionProvider;
import dev.koine.core.issue.KoineParseException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code koine} command. Exit codes: 0 every input passed, 1 at least one input failed the
 * command's check, 2 usage error or unreadable input, 3 internal error (a bug).
 */
@Command(
    name = "koine",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Koine: NHS clinical messages (FHIR R4, FHIR STU3, HL7 v2) through one model.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  koine demo",
      "  koine convert --to fhir-r4-json --out fhir/ hl7-inbox/",
      "  source <(koine completion)    # bash completion"
    },
    subcommands = {
      DemoCommand.class,
      InspectCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      RoundtripCommand.class,
      AckCommand.class,
      TranslateCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input passed",
      "1:at least one input failed the command's check",
      "2:usage error, or an input that cannot be read or parsed",
      "3:internal error (a bug)"
    })
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = execute(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with these streams and returns the exit code, without exiting: the entry
   * point for tests and for embedding.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.addSubcommand("completion", new AutoComplete.GenerateCompletion());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("koine: " + ex.getMessage());
          err.println("Try 'koine --help' for usage.");
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          boolean debug = debug(parseResult);
          if (ex instanceof KoineParseException kpe) {
            err.println("koine: " + kpe.getMessage());
            if (debug) {
              ex.printStackTrace(err);
            }
            return ExitCodes.USAGE;
          }
          err.println(FileCommand.internalError(ex, null, debug));
          if (debug) {
            ex.printStackTrace(err);
          }
          return ExitCodes.INTERNAL;
        });
    return cl.execute(args);
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
