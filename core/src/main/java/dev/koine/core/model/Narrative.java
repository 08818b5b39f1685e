package dev.koine.core.model;

import dev.koine.core.internal.Checks;

/**
 * The human-readable part of a resource or section (FHIR Narrative): an XHTML div kept verbatim.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param status generated, extensions, additional or empty
 * @param xhtml the XHTML div, verbatim
 */
public record Narrative(String status, String xhtml) {
  public Narrative {
    Checks.optionalText(status, "status");
    Checks.notNull(status, "status");
    Checks.notNull(xhtml, "xhtml");
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Narrative[");
    if (status != null) {
      s.append("status, ");
    }
    if (xhtml != null) {
      s.append("xhtml, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }
}
