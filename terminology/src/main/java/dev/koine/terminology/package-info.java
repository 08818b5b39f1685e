/**
 * Terminology for NHS messaging: code systems, value sets and concept maps, offline and fast.
 *
 * <ul>
 *   <li>{@link dev.koine.terminology.Terminology}: lookup, validation ({@link
 *       dev.koine.terminology.ValidationResult VALID / INVALID / NOT_CHECKED}, never a silent pass)
 *       and translation over the bundled packs and your own resources;
 *   <li>{@link dev.koine.terminology.CodeSystem}, {@link dev.koine.terminology.ValueSet}, {@link
 *       dev.koine.terminology.ConceptMap}: immutable models of the FHIR resources (R4 and STU3);
 *   <li>{@link dev.koine.terminology.Translation}: every target with its equivalence and the map's
 *       URL and version (provenance), or unmapped; {@link dev.koine.terminology.CoverageReport} for
 *       a set of local codes;
 *   <li>{@link dev.koine.terminology.ConceptMaps} and {@link
 *       dev.koine.terminology.TerminologyFiles}: FHIR JSON, FHIR XML and the CSV map format;
 *   <li>{@link dev.koine.terminology.Migration}: retired UK Core codes to their current
 *       equivalents, reported as issues;
 *   <li>{@link dev.koine.terminology.TerminologyServer}: the hook for what only a terminology
 *       server can answer (SNOMED CT, dm+d).
 * </ul>
 *
 * <p>Malformed files fail with {@link dev.koine.core.issue.KoineParseException} naming the file and
 * the line or JSON pointer; findings are {@link dev.koine.core.issue.Issue} values.
 */
package dev.koine.terminology;
