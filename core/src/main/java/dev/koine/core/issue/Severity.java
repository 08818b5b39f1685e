package dev.koine.core.issue;

/** How serious a finding is; the order is from most to least severe. */
public enum Severity {
  /** The input cannot be processed at all. */
  FATAL,
  /** The input breaks a rule of its standard; a receiver should reject it. */
  ERROR,
  /** The input is processable but suspicious or non-conformant in a recoverable way. */
  WARNING,
  /** Something the reader should know (e.g. a check that could not be made offline). */
  INFORMATION;

  /** True for {@link #FATAL} and {@link #ERROR}. */
  public boolean isError() {
    return this == FATAL || this == ERROR;
  }
}
