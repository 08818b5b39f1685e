package dev.koine.core.id;

import dev.koine.core.internal.Checks;

/**
 * One problem found in a system URI, with a readable explanation (which may quote URIs, never any
 * other value).
 *
 * @param problem the kind of problem
 * @param explanation what is wrong and what the registered URI is
 */
public record UriFinding(UriProblem problem, String explanation) {
  public UriFinding {
    Checks.notNull(problem, "problem");
    Checks.notBlank(explanation, "explanation");
  }
}
