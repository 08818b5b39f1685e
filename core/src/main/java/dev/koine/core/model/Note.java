package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;

/**
 * A note or comment (FHIR Annotation, HL7 v2 NTE).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param text the text
 * @param authorName author as a string, or null
 * @param author author reference, or null
 * @param time when, or null
 */
public record Note(String text, String authorName, Ref author, PartialDateTime time) {
  public Note {
    Checks.optionalText(text, "text");
    Checks.optionalText(authorName, "authorName");
    Checks.notNull(text, "text");
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Note[");
    if (text != null) {
      s.append("text, ");
    }
    if (authorName != null) {
      s.append("authorName, ");
    }
    if (author != null) {
      s.append("author, ");
    }
    if (time != null) {
      s.append("time, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }
}
