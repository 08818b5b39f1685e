package dev.koine.core.issue;

import java.util.Locale;

/**
 * Input exceeds a configured hostile-input limit. The message names the setting so that a caller
 * who trusts the input knows which knob to turn.
 */
public class LimitExceededException extends KoineParseException {
  private static final long serialVersionUID = 1L;

  private final String setting;
  private final long limit;

  /**
   * @param location where in the input the limit was passed
   * @param setting the name of the limit, e.g. {@code Limits.maxMessageBytes}
   * @param limit the configured maximum
   * @param actual the value reached (a count or size, never input content)
   */
  public LimitExceededException(String location, String setting, long limit, long actual) {
    super(
        location,
        String.format(
            Locale.ROOT, "%s exceeded: %d is more than the maximum %d", setting, actual, limit));
    this.setting = setting;
    this.limit = limit;
  }

  /** The name of the limit that was passed. */
  public String setting() {
    return setting;
  }

  /** The configured maximum. */
  public long limit() {
    return limit;
  }
}
