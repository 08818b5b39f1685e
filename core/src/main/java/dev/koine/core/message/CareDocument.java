package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.*;

/**
 * A clinical document: Transfer of Care (ITK003D/004D/005D/006D), GP Connect Send Document
 * consultation report (ITK007C), UK Core document bundle, HL7 v2 MDM^T02.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param kind which document
 * @param composition the composition with PRSB-headed sections
 * @param documentBundle the document Bundle's id, identifier, meta and timestamp, or null
 * @param patient the patient the message is about, or null where the standard allows none
 * @param related everything else the message carries; never null
 */
public record CareDocument(
    DocumentKind kind,
    Composition composition,
    BundleInfo documentBundle,
    Patient patient,
    Entities related)
    implements Payload {
  public CareDocument {
    related = related == null ? Entities.empty() : related;
    Checks.notNull(kind, "kind");
    Checks.notNull(composition, "composition");
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.kind = kind;
    b.composition = composition;
    b.documentBundle = documentBundle;
    b.patient = patient;
    b.related = related;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CareDocument[");
    if (kind != null) {
      s.append("kind=").append(kind).append(", ");
    }
    if (composition != null) {
      s.append("composition, ");
    }
    if (documentBundle != null) {
      s.append("documentBundle, ");
    }
    if (patient != null) {
      s.append("patient, ");
    }
    if (related != null) {
      s.append("related, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /**
   * Builds a {@link CareDocument}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private DocumentKind kind;
    private Composition composition;
    private BundleInfo documentBundle;
    private Patient patient;
    private Entities related = Entities.empty();

    private Builder() {}

    /** Sets the kind. */
    public Builder kind(DocumentKind value) {
      this.kind = value;
      return this;
    }

    /** Sets the composition. */
    public Builder composition(Composition value) {
      this.composition = value;
      return this;
    }

    /** Sets the documentBundle. */
    public Builder documentBundle(BundleInfo value) {
      this.documentBundle = value;
      return this;
    }

    /** Sets the patient. */
    public Builder patient(Patient value) {
      this.patient = value;
      return this;
    }

    /** Sets the related. */
    public Builder related(Entities value) {
      this.related = value;
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public CareDocument build() {
      return new CareDocument(kind, composition, documentBundle, patient, related);
    }
  }
}
