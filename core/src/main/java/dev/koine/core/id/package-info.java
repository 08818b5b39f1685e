/**
 * Identifiers: the NHS number, ODS codes, identifiers and the registry of identifier systems (FHIR
 * URI, OID, HL7 v2 assigning authority and identifier type), with a lint for near-miss URIs.
 *
 * <ul>
 *   <li>{@link dev.koine.core.id.NhsNumber}: Modulus 11, the reference layouts, regions ({@link
 *       dev.koine.core.id.NhsNumberRegion}, {@link dev.koine.core.id.NhsNumberRange}) and the
 *       reason a candidate fails ({@link dev.koine.core.id.NhsNumberCheck}); passes the test
 *       vectors of {@code uk-fci/nhs-number}.
 *   <li>{@link dev.koine.core.id.OdsCode}: shape of organisation and site codes, a heuristic {@link
 *       dev.koine.core.id.OdsCodeKind}, and the {@link dev.koine.core.id.OdsDirectory} port for
 *       reference data.
 *   <li>{@link dev.koine.core.id.IdentifierSystems}: the registry; {@link
 *       dev.koine.core.id.IdentifierSystemLint}: near misses of registered identifier and code
 *       system URIs.
 *   <li>{@link dev.koine.core.id.Identifier} and {@link dev.koine.core.id.Masking}: identifiers
 *       print masked.
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe. No exception message or {@code toString()}
 * contains an identifier value (ODS codes and URIs excepted: they are not patient data).
 */
package dev.koine.core.id;
