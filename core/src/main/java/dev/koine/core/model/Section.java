package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * A PRSB-headed section of a document: heading code (SNOMED CT / UKCore-RecordStandardHeadings),
 * narrative, entries, sub-sections.
 *
 * @param title title, or null
 * @param code heading code, or null
 * @param authors authors
 * @param focus focus, or null
 * @param text narrative, or null
 * @param mode working, snapshot, changes; or null
 * @param orderedBy order, or null
 * @param entries structured entries
 * @param emptyReason why empty, or null
 * @param sections sub-sections
 * @param extensions section extensions
 */
public record Section(
    String title,
    Concept code,
    List<Ref> authors,
    Ref focus,
    Narrative text,
    String mode,
    Concept orderedBy,
    List<Ref> entries,
    Concept emptyReason,
    List<Section> sections,
    List<Extension> extensions) {
  public Section {
    Checks.optionalText(title, "title");
    authors = Checks.list(authors, "authors");
    Checks.optionalText(mode, "mode");
    entries = Checks.list(entries, "entries");
    sections = Checks.list(sections, "sections");
    extensions = Checks.list(extensions, "extensions");
  }
}
