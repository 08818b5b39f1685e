package dev.koine.cli.internal;

/** The exit codes of every command (docs/cli.md). */
public final class ExitCodes {
  private ExitCodes() {}

  /** Every input passed. */
  public static final int OK = 0;

  /** At least one input failed the command's check. */
  public static final int FAILED = 1;

  /** Usage error, or an input that cannot be read or parsed at all. */
  public static final int USAGE = 2;

  /** An internal error (a bug). */
  public static final int INTERNAL = 3;
}
