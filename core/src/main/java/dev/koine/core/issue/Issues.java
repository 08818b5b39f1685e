package dev.koine.core.issue;

import dev.koine.core.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * An immutable report: the issues found, in the order found.
 *
 * @param all every issue
 */
public record Issues(List<Issue> all) {
  private static final Issues NONE = new Issues(List.of());

  public Issues {
    all = Checks.list(all, "all");
  }

  /** The empty report. */
  public static Issues none() {
    return NONE;
  }

  /** A report of these issues. */
  public static Issues of(Issue... issues) {
    return new Issues(List.of(issues));
  }

  /** True if no issue is an error or fatal. */
  public boolean isValid() {
    return all.stream().noneMatch(i -> i.severity().isError());
  }

  /** True if there is no issue at all. */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** The issues matching a predicate. */
  public List<Issue> filter(Predicate<Issue> predicate) {
    return all.stream().filter(predicate).toList();
  }

  /** The issues with this code. */
  public List<Issue> withCode(IssueCode code) {
    return filter(i -> i.code() == code);
  }

  /** This report followed by another. */
  public Issues plus(Issues other) {
    if (other.isEmpty()) {
      return this;
    }
    List<Issue> joined = new ArrayList<>(all);
    joined.addAll(other.all);
    return new Issues(joined);
  }

  /** This report followed by one more issue. */
  public Issues plus(Issue issue) {
    List<Issue> joined = new ArrayList<>(all);
    joined.add(issue);
    return new Issues(joined);
  }

  /** The issues ordered by severity (most severe first), then location. */
  public List<Issue> sorted() {
    return all.stream()
        .sorted(Comparator.comparing(Issue::severity).thenComparing(Issue::location))
        .toList();
  }

  /** A mutable collector for code that finds issues one at a time. Not thread-safe. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects issues; {@link #build()} returns the immutable report. */
  public static final class Builder {
    private final List<Issue> issues = new ArrayList<>();

    private Builder() {}

    /** Adds one issue. */
    public Builder add(Issue issue) {
      issues.add(Checks.notNull(issue, "issue"));
      return this;
    }

    /** Adds an issue with the code's default severity. */
    public Builder add(IssueCode code, String location, String message) {
      return add(Issue.of(code, location, message));
    }

    /** Adds every issue of a report. */
    public Builder addAll(Issues report) {
      issues.addAll(report.all());
      return this;
    }

    /** The report so far. */
    public Issues build() {
      return new Issues(issues);
    }
  }
}
