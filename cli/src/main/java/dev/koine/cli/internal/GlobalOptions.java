package dev.koine.cli.internal;

import picocli.CommandLine.Option;

/** The options every command has besides {@code --help} and {@code --version} (docs/cli.md). */
public final class GlobalOptions {
  @Option(
      names = "--debug",
      description = "Print the stack trace of an internal error or a parse error.")
  boolean debug;

  @Option(
      names = "--show-identifiers",
      description = "Print patient identifiers unmasked (default: masked, e.g. 943*****19).")
  boolean showIdentifiers;

  /** True if {@code --debug} was given. */
  public boolean debug() {
    return debug;
  }
}
