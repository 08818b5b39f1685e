package dev.koine.core.codec;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issues;
import java.util.List;

/**
 * The result of decoding: the value, the findings, and what could not be carried over.
 *
 * @param <T> the decoded type
 * @param format the wire format the input was in
 * @param value the model value
 * @param issues findings made while decoding (normalisations, near-miss URIs, retired codes ...)
 * @param losses content of the input with no place in the model, each with its location
 * @param leaves the number of leaf values in the input (FHIR primitive values; HL7 v2 non-empty
 *     sub-components), the denominator of a round trip's loss count
 */
public record Decoded<T>(WireFormat format, T value, Issues issues, List<Loss> losses, int leaves) {
  public Decoded {
    Checks.notNull(format, "format");
    Checks.notNull(value, "value");
    issues = issues == null ? Issues.none() : issues;
    losses = Checks.list(losses, "losses");
    Checks.require(leaves >= 0, "leaves must not be negative");
  }

  /** True if nothing was lost. */
  public boolean isLossless() {
    return losses.isEmpty();
  }
}
