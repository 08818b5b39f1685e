package dev.koine.core.codec;

import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * The result of decoding an input to the model and encoding it back to the same format: how many of
 * the input's leaf values (FHIR primitive values; HL7 v2 non-empty sub-components) were not
 * reproduced, and where.
 *
 * @param format the input's format
 * @param leaves the number of leaf values in the input
 * @param lost how many of them the re-encoding does not reproduce
 * @param losses the locations and reasons
 */
public record RoundTrip(WireFormat format, int leaves, int lost, List<Loss> losses) {
  public RoundTrip {
    Checks.notNull(format, "format");
    Checks.require(leaves >= 0 && lost >= 0 && lost <= leaves, "0 <= lost <= leaves");
    losses = Checks.list(losses, "losses");
  }

  /** LOSSLESS when nothing was lost, else LOSSY (the CLI's status). */
  public String status() {
    return lost == 0 && losses.isEmpty() ? "LOSSLESS" : "LOSSY";
  }
}
