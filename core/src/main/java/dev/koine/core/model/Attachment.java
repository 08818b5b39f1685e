package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;

/**
 * Content carried inline or by URL: a PDF report, a scanned letter (FHIR Attachment / Binary, HL7
 * v2 {@code ED}). {@link #toString()} never shows the data or the title.
 *
 * @param contentType MIME type (application/pdf ...), or null
 * @param language language, or null
 * @param data the inline content, or null
 * @param url where the content is, or null
 * @param size the size in bytes as declared, or null
 * @param hash the SHA-1 hash as declared, or null
 * @param title the title, or null
 * @param creation when the content was created, or null
 */
public record Attachment(
    String contentType,
    String language,
    Bytes data,
    String url,
    Long size,
    Bytes hash,
    String title,
    PartialDateTime creation) {
  public Attachment {
    Checks.optionalText(contentType, "contentType");
    Checks.optionalText(language, "language");
    Checks.optionalText(url, "url");
    Checks.optionalText(title, "title");
    Checks.require(size == null || size >= 0, "size must not be negative");
  }

  /** Inline content of a MIME type. */
  public static Attachment inline(String contentType, Bytes data) {
    return new Attachment(
        contentType, null, Checks.notNull(data, "data"), null, null, null, null, null);
  }

  @Override
  public String toString() {
    return "Attachment[contentType="
        + contentType
        + (data == null ? "" : ", bytes=" + data.size())
        + (url == null ? "" : ", url")
        + "]";
  }
}
