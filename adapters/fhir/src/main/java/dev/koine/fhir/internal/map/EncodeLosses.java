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
  private static final ThreadLocal<Pending> AT = ThreadLocal.withInitial(Pending::new);

  /**
   * The nodes losses were reported at, with their {@code [relative, reason]} pairs, in report
   * order. A few nodes are found by a scan comparing references; past {@link #SCAN} by an identity
   * map. The conformance pass asks about every node of the tree: an identity map hashed each of
   * them (making the identity hash of every new node), a third of the pass's time on the ITK
   * ADT^A01.
   */
  static final class Pending {
    private static final int SCAN = 16;

    private FhirNode[] nodes = new FhirNode[SCAN];

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
    private List<String[]>[] found = new List[SCAN];

    /** Slots used (a node located since is null in its slot). */
    private int size;

    /** Nodes not located yet. */
    private int live;

    /** The slot of each node, once more than {@link #SCAN} were reported. */
    private java.util.IdentityHashMap<FhirNode, Integer> index;

    /** Whether no loss waits for its node's path. */
    boolean isEmpty() {
      return live == 0;
    }

    private void add(FhirNode node, String relative, String reason) {
      int i = slot(node);
      if (i < 0) {
        if (size == nodes.length) {
          nodes = java.util.Arrays.copyOf(nodes, size * 2);
          found = java.util.Arrays.copyOf(found, size * 2);
        }
        i = size++;
        nodes[i] = node;
        found[i] = new java.util.ArrayList<>(1);
        live++;
        if (index != null) {
          index.put(node, i);
        } else if (size > SCAN) {
          index = new java.util.IdentityHashMap<>();
          for (int k = 0; k < size; k++) {
            if (nodes[k] != null) {
              index.put(nodes[k], k);
            }
          }
        }
      }
      found[i].add(new String[] {relative, reason});
    }

    @SuppressWarnings("ReferenceEquality") // nodes are told apart by identity
    private int slot(FhirNode node) {
      if (index != null) {
        Integer i = index.get(node);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < size; i++) {
        if (nodes[i] == node) {
          return i;
        }
      }
      return -1;
    }

    /** The pairs reported at {@code node}, now located (null if none). */
    private List<String[]> remove(FhirNode node) {
      int i = slot(node);
      if (i < 0) {
        return null;
      }
      List<String[]> f = found[i];
      nodes[i] = null;
      found[i] = null;
      live--;
      if (index != null) {
        index.remove(node);
      }
      return f;
    }

    /** Moves the losses waiting at {@code from} to {@code to}, a rebuilt copy of it. */
    @SuppressWarnings("ReferenceEquality") // nodes are told apart by identity
    private void moved(FhirNode from, FhirNode to) {
      int i = slot(from);
      if (i < 0) {
        return;
      }
      nodes[i] = to;
      if (index != null) {
        index.remove(from);
        index.put(to, i);
      }
    }

    private void clear() {
      if (size > SCAN) {
        nodes = new FhirNode[SCAN];
        found = java.util.Arrays.copyOf(found, SCAN);
      }
      java.util.Arrays.fill(nodes, null);
      java.util.Arrays.fill(found, null);
      size = 0;
      live = 0;
      index = null;
    }
  }

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
      AT.get().add(node, relative, reason);
    }
  }

  /** Moves the losses waiting at {@code from} to {@code to}, a rebuilt copy of it. */
  static void moved(FhirNode from, FhirNode to) {
    Pending at = AT.get();
    if (!at.isEmpty()) {
      at.moved(from, to);
    }
  }

  /** The losses of this thread's encode waiting for their node's path. */
  static Pending pending() {
    return AT.get();
  }

  /** Adds the losses reported at {@code node}, at its wire path {@code path}. */
  static void located(Pending at, FhirNode node, PathStack path, List<Loss> losses) {
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
    Pending at = AT.get();
    if (at.isEmpty()) {
      at.clear();
      return;
    }
    for (int i = 0; i < at.size; i++) {
      FhirNode n = at.nodes[i];
      if (n != null) {
        add(n.resourceType() != null ? n.resourceType() : n.name(), at.found[i], losses);
      }
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
