package dev.koine.core.message;

import dev.koine.core.code.Coding;
import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;
import java.util.ArrayList;
import java.util.List;

/**
 * An acknowledgement: ITK3 ITK008M (infrastructure 10001-20015, business 30001-30025), R4
 * Acknowledgement Framework and BaRS responses (response.code + OperationOutcome), HL7 v2 ACK
 * (MSA/ERR). Carries no patient data.
 *
 * @param type infrastructure or business
 * @param status ok, transient error or fatal error
 * @param responseCode the wire code as sent (FHIR response-code ok/transient-error/fatal-error, v2
 *     table 0008 AA/AE/AR/CA/CE/CR), or null
 * @param issues details (OperationOutcome issues with ITK response codes, v2 ERR segments)
 * @param text free text (MSA-3), or null
 */
public record Acknowledgement(
    AckType type, AckStatus status, Coding responseCode, List<AckIssue> issues, String text)
    implements Payload {
  public Acknowledgement {
    issues = Checks.list(issues, "issues");
    Checks.optionalText(text, "text");
    Checks.notNull(type, "type");
    Checks.notNull(status, "status");
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.status = status;
    b.responseCode = responseCode;
    b.issues = new ArrayList<>(issues);
    b.text = text;
    return b;
  }

  /**
   * Builds a {@link Acknowledgement}; validation happens in the record's constructor. Not
   * thread-safe.
   */
  public static final class Builder {
    private AckType type;
    private AckStatus status;
    private Coding responseCode;
    private List<AckIssue> issues = new ArrayList<>();
    private String text;

    private Builder() {}

    /** Sets the type. */
    public Builder type(AckType value) {
      this.type = value;
      return this;
    }

    /** Sets the status. */
    public Builder status(AckStatus value) {
      this.status = value;
      return this;
    }

    /** Sets the responseCode. */
    public Builder responseCode(Coding value) {
      this.responseCode = value;
      return this;
    }

    /** Replaces the issues. */
    public Builder issues(List<AckIssue> values) {
      this.issues = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the issues. */
    public Builder addIssue(AckIssue value) {
      this.issues.add(Checks.notNull(value, "issues"));
      return this;
    }

    /** Sets the text. */
    public Builder text(String value) {
      this.text = value;
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public Acknowledgement build() {
      return new Acknowledgement(type, status, responseCode, issues, text);
    }
  }
}
