package dev.koine.fhir.internal.tree;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed FHIR resource: the root {@link FhirNode}, the number of nodes, and the notes the reader
 * made while reading (for example XML without the FHIR namespace). Immutable and thread-safe; the
 * per-decode consumption marks live in a separate {@link Consumption} made by {@link
 * #newConsumption()}.
 *
 * <p>Every node of a tree made by a reader or by {@link #of(FhirNode)} has a distinct ordinal in
 * {@code [0, size())}, assigned in post-order, which is what makes marking a single bit.
 *
 * <p><b>Paths.</b> Leaves are reported with a FHIRPath-like path: the root resource type, then one
 * step per element, {@code name[i]} with a 0-based index for an item of a repeating element (as the
 * input says: a JSON array, or a repeating element per the FHIR definitions for XML), and {@code
 * .ofType(Type)} after an inline resource. Example: {@code
 * Bundle.entry[3].resource.ofType(Patient).identifier[0].extension[1].valueCodeableConcept.coding[0].code}.
 * A path never contains a value.
 */
public final class FhirTree {
  private final FhirNode root;
  private final int size;
  private final int leafCount;
  private final List<Issue> issues;

  FhirTree(FhirNode root, int size, List<Issue> issues) {
    this(root, size, -1, issues);
  }

  /** A tree whose reader counted its leaves ({@code -1}: count them when asked). */
  FhirTree(FhirNode root, int size, int leafCount, List<Issue> issues) {
    this(root, size, leafCount, issues, false);
  }

  /**
   * A tree whose reader may have vouched that {@link UnknownElements} has nothing to find in it
   * ({@code defined}: every element defined for its type, no empty value, resource ids in FHIR id
   * form), which saves that walk on every decode.
   */
  FhirTree(FhirNode root, int size, int leafCount, List<Issue> issues, boolean defined) {
    this(root, size, leafCount, issues, defined, true);
  }

  /**
   * As above, for a reader that also watched the {@code url} and {@code profile} values for STU3
   * canonical URLs ({@code stu3Urls}: it saw one; false spares {@code FhirCodec.detect} a walk of
   * the whole tree).
   */
  FhirTree(
      FhirNode root,
      int size,
      int leafCount,
      List<Issue> issues,
      boolean defined,
      boolean stu3Urls) {
    this.stu3Urls = stu3Urls;
    this.root = Checks.notNull(root, "root");
    Checks.require(root.isResource(), "the root of a FHIR tree is a resource");
    this.size = size;
    this.leafCount = leafCount;
    this.issues = Checks.list(issues, "issues");
    this.defined = defined;
  }

  private final boolean defined;
  private final boolean stu3Urls;

  /**
   * Whether a {@code url} or {@code profile} value may be an STU3 canonical URL ({@code
   * https://fhir.hl7.org.uk/STU3/}, {@code https://fhir.nhs.uk/STU3/}): false only when the reader
   * watched every such value and saw none.
   */
  public boolean mayHaveStu3Urls() {
    return stu3Urls;
  }

  /** Whether the reader vouched that {@link UnknownElements} has nothing to find. */
  boolean defined() {
    return defined;
  }

  /**
   * The findings of {@link UnknownElements} for this tree, read in the version of {@code
   * structure}: none without a walk when the reader vouched for it.
   */
  public List<Issue> unknownElements(FhirStructure structure) {
    return defined ? List.of() : UnknownElements.find(root, structure);
  }

  /**
   * A tree for a node built in code (for example by a mapper): a copy of {@code root} with fresh
   * ordinals, so that it can be marked.
   */
  public static FhirTree of(FhirNode root) {
    int[] counter = {0};
    FhirNode numbered = renumber(Checks.notNull(root, "root"), counter);
    return new FhirTree(numbered, counter[0], List.of());
  }

  private static FhirNode renumber(FhirNode node, int[] counter) {
    List<FhirNode> children = new ArrayList<>(node.children().size());
    for (FhirNode c : node.children()) {
      children.add(renumber(c, counter));
    }
    return new FhirNode(
        node.name(),
        node.resourceType(),
        node.value(),
        node.kind(),
        node.elementId(),
        FhirNode.Kids.copyOf(children),
        node.array(),
        counter[0]++);
  }

  /** The root resource. */
  public FhirNode root() {
    return root;
  }

  /** The number of nodes; ordinals are {@code 0..size()-1}. */
  public int size() {
    return size;
  }

  /** What the reader noticed and normalised (never values). */
  public List<Issue> issues() {
    return issues;
  }

  /** This tree with more issues appended. */
  public FhirTree withIssues(List<Issue> more) {
    List<Issue> all = new ArrayList<>(issues);
    all.addAll(more);
    return new FhirTree(root, size, leafCount, all, defined, stu3Urls);
  }

  /**
   * The number of leaves (see {@link FhirNode#isLeaf()}): every primitive value counts once, each
   * array item separately, the narrative div once; an element with only an id counts once.
   */
  public int leafCount() {
    return leafCount >= 0 ? leafCount : countLeaves(root);
  }

  private static int countLeaves(FhirNode node) {
    int n = node.isLeaf() ? 1 : 0;
    for (FhirNode c : node.children()) {
      n += countLeaves(c);
    }
    return n;
  }

  /** Every leaf with its path, in document order. */
  public List<Leaf> leaves() {
    List<Leaf> out = new ArrayList<>();
    collect(root, null, out);
    return out;
  }

  /** A fresh, empty set of consumption marks for one decode of this tree. */
  public Consumption newConsumption() {
    return new Consumption(this);
  }

  /** Every leaf not accepted by {@code marked} (null: all), with its path, in document order. */
  void collect(FhirNode node, BitSet marked, List<Leaf> out) {
    new Walk(marked, out).visit(node, 0);
  }

  /**
   * One walk for {@link #collect}: the nodes from the root to the current one are kept on a stack,
   * and a path string is built from it only for a leaf that is reported (most leaves are consumed).
   */
  private static final class Walk {
    private final BitSet marked;
    private final List<Leaf> out;
    private FhirNode[] nodes = new FhirNode[32];
    private int[] positions = new int[32]; // the node's position among its parent's children
    private int[] indexes = new int[32]; // its array index when counted during the walk, else -1

    Walk(BitSet marked, List<Leaf> out) {
      this.marked = marked;
      this.out = out;
    }

    void visit(FhirNode node, int depth) {
      nodes[depth] = node;
      if (node.isLeaf() && (marked == null || !marked.get(node.ordinal()))) {
        out.add(new Leaf(path(depth), node));
      }
      List<FhirNode> children = node.children();
      int n = children.size();
      if (n == 0) {
        return;
      }
      int next = depth + 1;
      if (next == nodes.length) {
        nodes = Arrays.copyOf(nodes, next * 2);
        positions = Arrays.copyOf(positions, next * 2);
        indexes = Arrays.copyOf(indexes, next * 2);
      }
      Map<String, Integer> seen = n > SCAN_LIMIT ? new HashMap<>() : null;
      for (int i = 0; i < n; i++) {
        FhirNode c = children.get(i);
        int index = -1;
        if (seen != null && c.array()) {
          Integer prev = seen.get(c.name());
          index = prev == null ? 0 : prev + 1;
          seen.put(c.name(), index);
        }
        positions[next] = i;
        indexes[next] = index;
        visit(c, next);
      }
    }

    private String path(int depth) {
      StringBuilder path = new StringBuilder(128).append(nodes[0].resourceType());
      for (int k = 1; k <= depth; k++) {
        FhirNode c = nodes[k];
        path.append('.').append(c.name());
        if (c.array()) {
          int index =
              indexes[k] >= 0 ? indexes[k] : arrayIndex(nodes[k - 1].children(), positions[k]);
          path.append('[').append(index).append(']');
        }
        if (c.isResource()) {
          path.append(".ofType(").append(c.resourceType()).append(')');
        }
      }
      return path.toString();
    }
  }

  /** Above this many children, array indexes are counted with a map rather than a scan. */
  private static final int SCAN_LIMIT = 32;

  /** The index of array item {@code i} among the earlier array items of the same name. */
  public static int arrayIndex(List<FhirNode> children, int i) {
    String name = children.get(i).name();
    int index = 0;
    for (int j = 0; j < i; j++) {
      FhirNode s = children.get(j);
      if (s.array() && s.name().equals(name)) {
        index++;
      }
    }
    return index;
  }

  /**
   * A leaf and its path.
   *
   * @param path the FHIRPath-like location (see {@link FhirTree}); never a value
   * @param node the leaf
   */
  public record Leaf(String path, FhirNode node) {
    /** Validates the components. */
    public Leaf {
      Checks.notNull(path, "path");
      Checks.notNull(node, "node");
    }

    /** The path only. */
    @Override
    public String toString() {
      return path;
    }
  }
}
