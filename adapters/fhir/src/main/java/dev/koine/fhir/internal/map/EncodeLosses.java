package dev.koine.fhir.internal.map;

import dev.koine.core.codec.Loss;
import java.util.List;

/**
 * The loss list of the encode running on this thread, for the few datatype writers that have no
 * loss parameter but meet model content a version cannot carry (e.g. {@code Meta.source} in STU3).
 * {@code FhirCodec.encode} opens it around each encode; outside one, reports are dropped only
 * because there is no encode to report to.
 */
public final class EncodeLosses {
  private static final ThreadLocal<List<Loss>> CURRENT = new ThreadLocal<>();

  private EncodeLosses() {}

  /** Runs {@code body} with {@code losses} as this thread's loss list. */
  public static <T> T collecting(List<Loss> losses, java.util.function.Supplier<T> body) {
    List<Loss> previous = CURRENT.get();
    CURRENT.set(losses);
    try {
      return body.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** Reports a loss to the encode running on this thread. */
  public static void report(String location, String reason) {
    List<Loss> losses = CURRENT.get();
    if (losses != null) {
      losses.add(new Loss(location, reason));
    }
  }
}
