/**
 * The FHIR element tree: the format-neutral form every FHIR message passes through between the wire
 * (JSON or XML) and the Koine model. Not API.
 *
 * <ul>
 *   <li>{@link dev.koine.fhir.internal.tree.FhirNode} is one element (a resource, a primitive with
 *       its exact text, or a complex element), {@link dev.koine.fhir.internal.tree.FhirTree} a
 *       parsed resource with stable node ordinals, and {@link
 *       dev.koine.fhir.internal.tree.Consumption} the per-decode marks whose complement, {@code
 *       unconsumedLeaves()}, is the exact loss report with FHIRPath-like paths.
 *   <li>{@link dev.koine.fhir.internal.tree.FhirJsonReader} / {@link
 *       dev.koine.fhir.internal.tree.FhirJsonWriter} use the Jackson streaming API only; {@link
 *       dev.koine.fhir.internal.tree.FhirXmlReader} / {@link
 *       dev.koine.fhir.internal.tree.FhirXmlWriter} use the JDK's StAX parser with DTDs refused,
 *       and plain text output. Readers enforce {@link dev.koine.fhir.Limits} and throw only {@link
 *       dev.koine.core.issue.KoineParseException} (located, never echoing values); writers produce
 *       canonical FHIR (definition order, HAPI's JSON layout).
 *   <li>{@link dev.koine.fhir.internal.tree.FhirStructure} answers what XML cannot say (arrays,
 *       JSON kinds) and the definition order, from metadata generated from HAPI FHIR Structures at
 *       build-test time; nothing here loads HAPI at run time.
 * </ul>
 *
 * <p>Readers, writers and structures are immutable and thread-safe; a {@code Consumption} belongs
 * to one decode.
 */
package dev.koine.fhir.internal.tree;
