/**
 * Identifiers: the NHS number, ODS codes, identifiers and the registry of identifier systems (FHIR
 * URI, OID, HL7 v2 assigning authority and identifier type), with a lint for near-miss URIs.
 */
package dev.koine.core.id;
