/**
 * Koine's FHIR adapter: FHIR R4 and STU3 messages in JSON and XML. {@link dev.koine.fhir.Limits}
 * caps hostile input (size, depth, children, nodes, value length); every violation names its
 * setting. The wire formats are read and written through an internal element tree ({@code
 * dev.koine.fhir.internal.tree}), never through HAPI FHIR at run time.
 */
package dev.koine.fhir;
