package dev.koine.fhir.internal.map;

import dev.koine.core.codec.Loss;
import dev.koine.fhir.internal.tree.FhirNode;
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

  /**
   * Losses reported against a node being written ({@link #reportAt}), by node identity: the
   * conformance pass, which walks the finished tree with its wire path, reports each where the node
   * is ({@link Conformance}).
   */
  private static final ThreadLocal<java.util.IdentityHashMap<FhirNode, List<String[]>>> AT =
      ThreadLocal.withInitial(java.util.IdentityHashMap::new);

  /** Runs {@code body} with {@code losses} as this thread's loss list. */
  public static <T> T collecting(List<Loss> losses, java.util.function.Supplier<T> body) {
    List<Loss> previous = CURRENT.get();
    if (previous == null) {
      AT.get().clear(); // nothing left from an encode that failed before its conformance pass
    }
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

  /**
   * Reports a loss at {@code relative} (a child name, or "" for the node itself) of a node being
   * written: the conformance pass gives it the node's wire path ({@code
   * Bundle.entry[2].resource.ofType(Encounter).period.start}) instead of the bare element name.
   */
  public static void reportAt(FhirNode node, String relative, String reason) {
    if (CURRENT.get() != null) {
      AT.get()
          .computeIfAbsent(node, k -> new java.util.ArrayList<>(1))
          .add(new String[] {relative, reason});
    }
  }

  /** Moves the losses waiting at {@code from} to {@code to}, a rebuilt copy of it. */
  static void moved(FhirNode from, FhirNode to) {
    java.util.IdentityHashMap<FhirNode, List<String[]>> at = AT.get();
    if (at.isEmpty()) {
      return;
    }
    List<String[]> found = at.remove(from);
    if (found != null) {
      at.put(to, found);
    }
  }

  /** Whether any loss waits for its node's path. */
  static boolean anyAt() {
    return !AT.get().isEmpty();
  }

  /** Adds the losses reported at {@code node}, at its wire path {@code path}. */
  static void located(FhirNode node, PathStack path, List<Loss> losses) {
    java.util.IdentityHashMap<FhirNode, List<String[]>> at = AT.get();
    if (at.isEmpty()) {
      return;
    }
    List<String[]> found = at.remove(node);
    if (found != null) {
      add(path.toString(), found, losses);
    }
  }

  /** Adds losses reported at {@code where} ({@code [relative, reason]} each). */
  private static void add(String where, List<String[]> found, List<Loss> losses) {
    for (String[] l : found) {
      losses.add(new Loss(l[0].isEmpty() ? where : where + "." + l[0], l[1]));
    }
  }

  /**
   * Adds the losses reported at nodes the conformance pass did not meet (a node copied into
   * another, or removed), at the node's type or name.
   */
  static void unlocated(List<Loss> losses) {
    java.util.IdentityHashMap<FhirNode, List<String[]>> at = AT.get();
    if (at.isEmpty()) {
      return;
    }
    for (var e : at.entrySet()) {
      FhirNode n = e.getKey();
      add(n.resourceType() != null ? n.resourceType() : n.name(), e.getValue(), losses);
    }
    at.clear();
  }

  /** Reports a loss to the encode running on this thread. */
  public static void report(String location, String reason) {
    List<Loss> losses = CURRENT.get();
    if (losses != null) {
      losses.add(new Loss(location, reason));
    }
  }
}
