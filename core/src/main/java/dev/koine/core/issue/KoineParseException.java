package dev.koine.core.issue;

import dev.koine.core.internal.Nullable;
import java.util.Objects;

/**
 * Malformed input: the one unchecked family for anything that cannot be read at all. It carries a
 * location (segment and field, JSON pointer, XPath, line and column) and a reason; its message
 * never contains a value from the input, because that value may be patient data.
 */
public class KoineParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final String reason;

  /**
   * @param location where in the input (never a value)
   * @param reason what was expected or which rule was broken
   */
  public KoineParseException(@Nullable String location, String reason) {
    this(location, reason, null);
  }

  /**
   * @param location where in the input (never a value)
   * @param reason what was expected or which rule was broken
   * @param cause the underlying parser error, if any (its message is not repeated)
   */
  public KoineParseException(@Nullable String location, String reason, @Nullable Throwable cause) {
    super(
        (location == null || location.isEmpty() ? "" : "at " + location + ": ")
            + Objects.requireNonNull(reason, "reason"),
        cause);
    this.location = location == null ? "" : location;
    this.reason = reason;
  }

  /** Where in the input the problem is; empty if the input as a whole is at fault. */
  public String location() {
    return location;
  }

  /** What was expected or which rule was broken. */
  public String reason() {
    return reason;
  }
}
