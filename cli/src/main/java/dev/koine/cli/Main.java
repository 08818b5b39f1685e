package dev.koine.cli;

import dev.koine.cli.internal.AckCommand;
import dev.koine.cli.internal.ConvertCommand;
import dev.koine.cli.internal.DemoCommand;
import dev.koine.cli.internal.ExitCodes;
import dev.koine.cli.internal.InspectCommand;
import dev.koine.cli.internal.RoundtripCommand;
import dev.koine.cli.internal.TranslateCommand;
import dev.koine.cli.internal.ValidateCommand;
import dev.koine.core.issue.KoineParseException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of internal errors.")
  boolean debug;

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
    Main main = new Main();
    CommandLine cl = new CommandLine(main);
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
          if (ex instanceof KoineParseException kpe) {
            err.println("koine: " + kpe.getMessage());
            return ExitCodes.USAGE;
          }
          err.println(
              "koine: internal error (a bug, please report it): " + ex.getClass().getName());
          if (main.debug) {
            ex.printStackTrace(err);
          } else {
            err.println("Run again with --debug for the stack trace.");
          }
          return ExitCodes.INTERNAL;
        });
    return cl.execute(args);
  }
}
