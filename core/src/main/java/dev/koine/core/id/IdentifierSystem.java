package dev.koine.core.id;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A namespace for identifiers, named the ways the standards name it: a FHIR system URI, an ISO OID
 * (HL7 v3 and CDA {@code id/@root}) and an HL7 v2 assigning authority with identifier type (CX.4
 * and CX.5). The well-known ones are in {@link IdentifierSystems}.
 *
 * @param name a short human name ("NHS number")
 * @param fhirUri the FHIR {@code Identifier.system}
 * @param oid the OID, or null if none is established
 * @param v2AssigningAuthority the HL7 v2 CX.4 assigning authority, or null
 * @param v2IdentifierTypeCode the HL7 v2 CX.5 type (table 0203, see {@link V2IdentifierType}), or
 *     null
 * @param description what the identifier identifies, and its source
 */
public record IdentifierSystem(
    String name,
    String fhirUri,
    String oid,
    String v2AssigningAuthority,
    String v2IdentifierTypeCode,
    String description) {
  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
  private static final Pattern NO_WHITESPACE = Pattern.compile("\\S+");

  public IdentifierSystem {
    Checks.notBlank(name, "name");
    Checks.notBlank(fhirUri, "fhirUri");
    Checks.require(NO_WHITESPACE.matcher(fhirUri).matches(), "fhirUri must not hold whitespace");
    Checks.require(
        oid == null || OID.matcher(oid).matches(),
        "oid must be absent (null) or dotted decimal numbers, without a urn:oid: prefix");
    Checks.optionalText(v2AssigningAuthority, "v2AssigningAuthority");
    Checks.optionalText(v2IdentifierTypeCode, "v2IdentifierTypeCode");
    Checks.notBlank(description, "description");
  }

  /** The OID as a URI ({@code urn:oid:2.16.840.1.113883.2.1.4.1}), if there is an OID. */
  public Optional<String> oidUri() {
    return oid == null ? Optional.empty() : Optional.of("urn:oid:" + oid);
  }

  /** The HL7 v2 identifier type as a concept, if there is one. */
  public Optional<Concept> typeConcept() {
    if (v2IdentifierTypeCode == null) {
      return Optional.empty();
    }
    return Optional.of(
        V2IdentifierType.of(v2IdentifierTypeCode)
            .map(V2IdentifierType::concept)
            .orElseGet(
                () -> Concept.of(CodeSystems.V2_IDENTIFIER_TYPE, v2IdentifierTypeCode, null)));
  }

  /**
   * An identifier in this system, with the v2 identifier type (if any) as its type. The value is
   * not checked against the system's format.
   */
  public Identifier identifier(String value) {
    return new Identifier(fhirUri, value, typeConcept().orElse(null), null, null, null);
  }
}
