package dev.koine.terminology;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import java.util.Optional;

/**
 * The answer to "is this code allowed here?": {@link Valid}, {@link Invalid} with why, or {@link
 * NotChecked} with why (typically: the value set is defined by SNOMED CT or dm+d rules that only a
 * {@link TerminologyServer} can evaluate). Never a silent pass.
 */
public sealed interface ValidationResult {

  /** The outcome in one word. */
  enum Status {
    /** The code is in the value set. */
    VALID,
    /** The code is not in the value set. */
    INVALID,
    /** Koine could not decide offline. */
    NOT_CHECKED
  }

  /** The outcome. */
  Status status();

  /** The valid result. */
  static ValidationResult valid() {
    return Valid.INSTANCE;
  }

  /** An invalid result. */
  static ValidationResult invalid(String reason) {
    return new Invalid(reason);
  }

  /** A not-checked result. */
  static ValidationResult notChecked(String reason) {
    return new NotChecked(reason);
  }

  /**
   * The finding to report at {@code location}: {@link IssueCode#CODE_INVALID} or {@link
   * IssueCode#CODE_NOT_CHECKED}, nothing for a valid code.
   */
  default Optional<Issue> toIssue(String location) {
    Checks.notNull(location, "location");
    if (this instanceof Invalid invalid) {
      return Optional.of(Issue.of(IssueCode.CODE_INVALID, location, invalid.reason()));
    }
    if (this instanceof NotChecked notChecked) {
      return Optional.of(Issue.of(IssueCode.CODE_NOT_CHECKED, location, notChecked.reason()));
    }
    return Optional.empty();
  }

  /** The code is in the value set. */
  record Valid() implements ValidationResult {
    static final Valid INSTANCE = new Valid();

    @Override
    public Status status() {
      return Status.VALID;
    }
  }

  /**
   * The code is not in the value set.
   *
   * @param reason why, naming the value set or code system (never patient data)
   */
  record Invalid(String reason) implements ValidationResult {
    public Invalid {
      Checks.notBlank(reason, "reason");
    }

    @Override
    public Status status() {
      return Status.INVALID;
    }
  }

  /**
   * Koine could not decide offline.
   *
   * @param reason why, e.g. {@code SNOMED CT descendantOf 404684003: needs a terminology server}
   */
  record NotChecked(String reason) implements ValidationResult {
    public NotChecked {
      Checks.notBlank(reason, "reason");
    }

    @Override
    public Status status() {
      return Status.NOT_CHECKED;
    }
  }
}
