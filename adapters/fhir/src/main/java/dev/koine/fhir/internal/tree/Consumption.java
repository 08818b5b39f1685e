package dev.koine.fhir.internal.tree;

import dev.koine.core.internal.Checks;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The consumption marks of one decode: a mapper marks each node it reads, and what is left unmarked
 * is the exact loss report. One bit per node, indexed by the node's ordinal. Not thread-safe: make
 * one per decode with {@link FhirTree#newConsumption()}; the tree itself stays shareable.
 */
public final class Consumption {
  private final FhirTree tree;
  private final BitSet marked;
  private int markedLeaves;

  Consumption(FhirTree tree) {
    this.tree = tree;
    this.marked = new BitSet(tree.size());
  }

  /** The number of nodes of the tree (ordinals are {@code 0..nodeCount()-1}). */
  public int nodeCount() {
    return tree.size();
  }

  /** Marks one node (its value and its element id) as consumed. */
  public void mark(FhirNode node) {
    int i = index(node);
    if (!marked.get(i)) {
      marked.set(i);
      if (node.isLeaf()) {
        markedLeaves++;
      }
    }
  }

  /** Marks a node and everything below it as consumed (e.g. an extension kept verbatim). */
  public void markSubtree(FhirNode node) {
    mark(node);
    for (FhirNode c : node.children()) {
      markSubtree(c);
    }
  }

  /** Whether the node was marked. */
  public boolean isMarked(FhirNode node) {
    return marked.get(index(node));
  }

  /** The number of marked nodes. */
  public int markedCount() {
    return marked.cardinality();
  }

  /** Every leaf (see {@link FhirNode#isLeaf()}) not marked, with its path, in document order. */
  public List<FhirTree.Leaf> unconsumedLeaves() {
    if (markedLeaves == tree.leafCount()) {
      // every leaf marked (the common case): no walk of the tree
      return List.of();
    }
    List<FhirTree.Leaf> out = new ArrayList<>();
    tree.collect(tree.root(), marked, out);
    return out;
  }

  private int index(FhirNode node) {
    int ordinal = Checks.notNull(node, "node").ordinal();
    Checks.require(
        ordinal >= 0 && ordinal < tree.size(), "the node does not belong to this parsed tree");
    return ordinal;
  }
}
