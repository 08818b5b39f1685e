package dev.koine.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What processing one input produced: its standard output and standard error text (buffered, so
 * inputs processed in parallel are printed in input order), its exit code, its status word for the
 * summary line and how many losses it reported.
 */
final class Report {
  private final StringWriter outText = new StringWriter();
  private final StringWriter errText = new StringWriter();
  private final PrintWriter out = new PrintWriter(outText);
  private final PrintWriter err = new PrintWriter(errText);
  private String status;
  private int losses;
  private int code;

  /** This input's standard output. */
  PrintWriter out() {
    return out;
  }

  /** This input's standard error. */
  PrintWriter err() {
    return err;
  }

  /** Sets the status word counted in the summary line (one of the command's statuses). */
  void status(String value) {
    status = value;
  }

  String status() {
    return status;
  }

  /** Adds losses to the summary line's count. */
  void losses(int n) {
    losses += n;
  }

  int losses() {
    return losses;
  }

  void code(int value) {
    code = value;
  }

  int code() {
    return code;
  }

  String outText() {
    out.flush();
    return outText.toString();
  }

  String errText() {
    err.flush();
    return errText.toString();
  }
}
