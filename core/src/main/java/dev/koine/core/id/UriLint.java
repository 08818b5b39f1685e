package dev.koine.core.id;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.Issues;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of linting one system URI ({@link IdentifierSystemLint#lint(String)}).
 *
 * @param input the URI as given
 * @param canonical the registered URI it was recognised as; for an unrecognised URI, the input
 *     without whitespace (so unknown but well-formed URIs come back unchanged)
 * @param kind whether {@code canonical} is a registered identifier system, a known code system, or
 *     neither
 * @param findings the problems found, in a fixed order; empty if the input is fine
 */
public record UriLint(String input, String canonical, Kind kind, List<UriFinding> findings) {
  /** What a linted URI was recognised as. */
  public enum Kind {
    /** A system of {@link IdentifierSystems}. */
    IDENTIFIER_SYSTEM,
    /** A code system of {@link dev.koine.core.code.CodeSystems}. */
    CODE_SYSTEM,
    /** Not recognised: only whitespace is checked. */
    UNKNOWN
  }

  public UriLint {
    Checks.notNull(input, "input");
    Checks.notNull(canonical, "canonical");
    Checks.notNull(kind, "kind");
    findings = Checks.list(findings, "findings");
  }

  /** True if nothing is wrong. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** True if a problem of this kind was found. */
  public boolean has(UriProblem problem) {
    return findings.stream().anyMatch(f -> f.problem() == problem);
  }

  /** The problems found, without their explanations. */
  public List<UriProblem> problems() {
    return findings.stream().map(UriFinding::problem).toList();
  }

  /**
   * The findings as one issue at {@code location}, or no issue if the URI is clean: {@link
   * IssueCode#CODE_SYSTEM_NEAR_MISS} for a code system, {@link
   * IssueCode#IDENTIFIER_SYSTEM_NEAR_MISS} otherwise.
   */
  public Issues toIssues(String location) {
    Checks.notNull(location, "location");
    if (isClean()) {
      return Issues.none();
    }
    IssueCode code =
        kind == Kind.CODE_SYSTEM
            ? IssueCode.CODE_SYSTEM_NEAR_MISS
            : IssueCode.IDENTIFIER_SYSTEM_NEAR_MISS;
    String explanations =
        findings.stream().map(UriFinding::explanation).collect(Collectors.joining("; "));
    String message =
        kind == Kind.UNKNOWN
            ? "system URI: " + explanations
            : "system URI should be '" + canonical + "': " + explanations;
    return Issues.of(Issue.of(code, location, message));
  }

  /** Shows the input only when it was recognised (an unrecognised string could be anything). */
  @Override
  public String toString() {
    return kind == Kind.UNKNOWN
        ? "UriLint[unknown, problems=" + problems() + "]"
        : "UriLint[input=" + input + ", canonical=" + canonical + ", problems=" + problems() + "]";
  }
}
