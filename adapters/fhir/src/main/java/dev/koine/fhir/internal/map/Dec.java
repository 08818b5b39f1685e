package dev.koine.fhir.internal.map;

import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.time.PartialDateTime;
import dev.koine.fhir.internal.tree.Consumption;
import dev.koine.fhir.internal.tree.FhirNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The state of one decode: the FHIR version, the consumption marks and the issues found. Mappers
 * read the tree only through these helpers, which mark each node they return; a node is marked only
 * once the value it holds has a place in the model, so what stays unmarked is the exact loss
 * report.
 *
 * <p>Marks are pending until the outermost {@link #attempt} succeeds: if a model constructor
 * refuses what was read (a blank string, a reference with nothing in it), the marks made inside the
 * attempt are dropped, the attempt returns {@code null} and the content becomes losses. Not
 * thread-safe: one per decode.
 */
public final class Dec {
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,8})");
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private final FhirVersion version;
  private final Consumption consumption;
  private final List<Issue> issues = new ArrayList<>();
  private final List<FhirNode> pending;
  private boolean wholeOnly;

  /** A decode of one tree in one version. */
  public Dec(FhirVersion version, Consumption consumption) {
    this.version = version;
    this.consumption = consumption;
    // most nodes of a decoded tree get marked, some twice (a value read, then its element): sized
    // once rather than grown (and copied) many times
    this.pending = new ArrayList<>(Math.min(consumption.nodeCount() * 3 / 2 + 16, 1 << 16));
  }

  /**
   * Whether entries are to be typed only whole ({@link EntityMapper#take} then acts as {@link
   * EntityMapper#takeWhole}): a resource the model would hold only in part stays carried verbatim
   * instead. Set while the generic container ({@code OtherContent}) takes its entries.
   */
  public boolean wholeOnly() {
    return wholeOnly;
  }

  /** Sets {@link #wholeOnly()}. */
  public void wholeOnly(boolean value) {
    wholeOnly = value;
  }

  /** The FHIR version being decoded. */
  public FhirVersion version() {
    return version;
  }

  /** The issues found so far. */
  public List<Issue> issues() {
    return List.copyOf(issues);
  }

  /** Adds a finding; the location is a path or an element name, never a value. */
  public void issue(IssueCode code, String location, String message) {
    issues.add(Issue.of(code, location, message));
  }

  /** Adds findings. */
  public void issues(List<Issue> more) {
    issues.addAll(more);
  }

  /** Marks a node as consumed (pending until the enclosing attempt completes). */
  public void mark(FhirNode node) {
    pending.add(node);
  }

  /** Marks a node and all below it as consumed (e.g. an extension kept verbatim). */
  public void markSubtree(FhirNode node) {
    pending.add(node);
    for (FhirNode c : node.children()) {
      markSubtree(c);
    }
  }

  /** Applies the pending marks to the consumption (at the end of a decode). */
  public void commit() {
    for (FhirNode n : pending) {
      consumption.mark(n);
    }
    pending.clear();
  }

  /**
   * Runs a mapping step; if the model refuses what it read ({@link IllegalArgumentException} or
   * {@link NullPointerException} from a constructor), the marks it made are dropped and {@code
   * null} is returned, so the content is left untyped instead of failing the decode: carried
   * verbatim where it can be written back ({@code Residue}), else reported as losses.
   */
  public <T> T attempt(String location, Supplier<T> step) {
    int size = pending.size();
    int issueCount = issues.size();
    try {
      return step.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      pending.subList(size, pending.size()).clear();
      issues.subList(issueCount, issues.size()).clear();
      issue(
          IssueCode.UNSUPPORTED_CONTENT,
          location,
          "content the model cannot hold was not typed (carried verbatim, or a loss)");
      return null;
    }
  }

  /**
   * Like {@link #attempt}, but also refuses (silently: no issue, nothing marked, null returned) a
   * step that leaves a leaf at or below {@code whole} unmarked. For typed mappers of resources that
   * are otherwise carried verbatim: taking only part of such a resource would turn the rest into
   * losses, where leaving it untaken keeps it whole.
   */
  public <T> T attemptWhole(String location, FhirNode whole, Supplier<T> step) {
    int size = pending.size();
    int issueCount = issues.size();
    T value = attempt(location, step);
    if (value == null) {
      return null;
    }
    java.util.Set<FhirNode> marked =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    marked.addAll(pending);
    if (!allMarked(whole, marked)) {
      pending.subList(size, pending.size()).clear();
      issues.subList(issueCount, issues.size()).clear();
      return null;
    }
    return value;
  }

  private boolean allMarked(FhirNode n, java.util.Set<FhirNode> marked) {
    if (n.isLeaf() && !marked.contains(n) && !consumption.isMarked(n)) {
      return false;
    }
    for (FhirNode c : n.children()) {
      if (!allMarked(c, marked)) {
        return false;
      }
    }
    return true;
  }

  /** The child named {@code name}, marked, or null. */
  public FhirNode child(FhirNode parent, String name) {
    if (parent == null) {
      return null;
    }
    FhirNode c = parent.child(name);
    if (c != null) {
      mark(c);
    }
    return c;
  }

  /** Every child named {@code name}, marked. */
  public List<FhirNode> children(FhirNode parent, String name) {
    if (parent == null) {
      return List.of();
    }
    List<FhirNode> cs = parent.children(name);
    for (FhirNode c : cs) {
      mark(c);
    }
    return cs;
  }

  /** The value of the primitive child {@code name}, marked; null (and unmarked) when blank. */
  public String str(FhirNode parent, String name) {
    return parent == null ? null : value(parent.child(name));
  }

  /** The value of a primitive node, marked; null (and unmarked) when absent or blank. */
  public String value(FhirNode node) {
    if (node == null || node.value() == null || node.value().isBlank()) {
      return null;
    }
    mark(node);
    return node.value();
  }

  /** The values of the repeating primitive child {@code name} (blank ones left as losses). */
  public List<String> strs(FhirNode parent, String name) {
    if (parent == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (FhirNode c : parent.children(name)) {
      String v = value(c);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** A boolean child, or null when absent or not a boolean. */
  public Boolean bool(FhirNode parent, String name) {
    FhirNode c = parent == null ? null : parent.child(name);
    if (c == null || c.value() == null) {
      return null;
    }
    if ("true".equals(c.value()) || "false".equals(c.value())) {
      mark(c);
      return Boolean.valueOf(c.value());
    }
    issue(IssueCode.VALUE_INVALID, name, "not a boolean");
    return null;
  }

  /** An integer child, or null when absent or not an integer. */
  public Integer integer(FhirNode parent, String name) {
    FhirNode c = parent == null ? null : parent.child(name);
    if (c == null || c.value() == null) {
      return null;
    }
    String v = c.value();
    if (INTEGER.matcher(v).matches()) {
      mark(c);
      return Integer.valueOf(v);
    }
    issue(IssueCode.VALUE_INVALID, name, "not an integer in canonical form");
    return null;
  }

  /** A decimal child keeping its scale, or null when absent or not a decimal. */
  public BigDecimal decimal(FhirNode parent, String name) {
    FhirNode c = parent == null ? null : parent.child(name);
    if (c == null || c.value() == null) {
      return null;
    }
    String v = c.value();
    if (DECIMAL.matcher(v).matches()) {
      mark(c);
      return new BigDecimal(v);
    }
    issue(IssueCode.VALUE_INVALID, name, "decimal not in plain notation");
    return null;
  }

  /** A date, dateTime or instant child, or null when absent or unparseable (then a loss). */
  public PartialDateTime time(FhirNode parent, String name) {
    FhirNode c = parent == null ? null : parent.child(name);
    return timeValue(c, name);
  }

  /** A date, dateTime or instant node, or null when absent or unparseable (then a loss). */
  public PartialDateTime timeValue(FhirNode c, String name) {
    if (c == null || c.value() == null) {
      return null;
    }
    try {
      PartialDateTime t = PartialDateTime.parseFhir(c.value());
      if (!t.toFhir().equals(c.value())) {
        issue(IssueCode.VALUE_INVALID, name, "date-time not reproducible exactly");
        return null;
      }
      mark(c);
      return t;
    } catch (RuntimeException e) {
      issue(IssueCode.VALUE_INVALID, name, "not a FHIR date-time");
      return null;
    }
  }
}
