package dev.koine.core.code;

import dev.koine.core.internal.Checks;
import dev.koine.core.internal.Nullable;

/**
 * A code from a code system: FHIR {@code Coding}, HL7 v2 {@code CE}/{@code CWE} triplet.
 *
 * <p>Absent parts are {@code null}, never {@code ""}. The code is kept exactly as received
 * (including stray whitespace, which validators report rather than silently trim).
 *
 * @param system the code system URI (see {@link CodeSystems}); null if the sender did not say
 * @param version the code system version, or null
 * @param code the code, or null (a display-only coding)
 * @param display the display text, or null
 */
public record Coding(
    @Nullable String system,
    @Nullable String version,
    @Nullable String code,
    @Nullable String display) {
  public Coding {
    Checks.optionalText(system, "system");
    Checks.optionalText(version, "version");
    Checks.require(code == null || !code.isEmpty(), "code must be absent (null) or non-empty");
    Checks.require(
        display == null || !display.isEmpty(), "display must be absent (null) or non-empty");
    Checks.require(code != null || display != null, "a coding needs a code or a display");
  }

  /** A coding with system, code and display. */
  public static Coding of(@Nullable String system, String code, @Nullable String display) {
    return new Coding(system, null, code, display);
  }

  /** A coding with system and code only. */
  public static Coding of(@Nullable String system, String code) {
    return new Coding(system, null, code, null);
  }

  /** True if this coding is in {@code system} with exactly {@code code}. */
  public boolean is(String system, String code) {
    return system.equals(this.system) && code.equals(this.code);
  }

  /** The same coding with another display. */
  public Coding withDisplay(@Nullable String newDisplay) {
    return new Coding(system, version, code, newDisplay);
  }

  /** The same coding in another system (used when a near-miss URI is normalised). */
  public Coding withSystem(@Nullable String newSystem) {
    return new Coding(newSystem, version, code, display);
  }

  /** {@code system|code}, the FHIR token form. */
  public String token() {
    return (system == null ? "" : system + "|") + (code == null ? "" : code);
  }
}
