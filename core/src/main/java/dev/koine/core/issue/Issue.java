package dev.koine.core.issue;

import dev.koine.core.internal.Checks;

/**
 * One finding: a value, not an exception.
 *
 * @param severity how serious it is
 * @param code the rule, traceable to its source
 * @param location a path into the input or the model ({@code
 *     Bundle.entry[2].resource.identifier[0]}, {@code PID-3[1].1}, {@code Patient.identifiers[0]});
 *     never a value
 * @param message a readable explanation that never contains patient data
 */
public record Issue(Severity severity, IssueCode code, String location, String message) {
  public Issue {
    Checks.notNull(severity, "severity");
    Checks.notNull(code, "code");
    Checks.notNull(location, "location");
    Checks.notBlank(message, "message");
  }

  /** An issue with the code's default severity. */
  public static Issue of(IssueCode code, String location, String message) {
    return new Issue(code.defaultSeverity(), code, location, message);
  }

  /** The same finding at a location prefixed by {@code prefix} (e.g. a parent path). */
  public Issue at(String prefix) {
    String joined = location.isEmpty() ? prefix : prefix + "." + location;
    return new Issue(severity, code, joined, message);
  }

  /** {@code SEVERITY CODE LOCATION MESSAGE}, the CLI's line format. */
  @Override
  public String toString() {
    return severity + " " + code + " " + (location.isEmpty() ? "-" : location) + " " + message;
  }
}
