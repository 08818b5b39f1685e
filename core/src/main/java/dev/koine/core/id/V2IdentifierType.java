package dev.koine.core.id;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import java.util.Optional;

/**
 * The HL7 v2 table 0203 identifier types that NHS feeds use (CX.5, {@code PID-3^^^NHS^NH}); FHIR
 * carries them as {@code Identifier.type} in {@link CodeSystems#V2_IDENTIFIER_TYPE}. Displays are
 * those of table 0203.
 */
public enum V2IdentifierType {
  /** National Health Plan Identifier: the NHS number in NHS feeds ({@code ^^^NHS^NH}). */
  NH("National Health Plan Identifier"),
  /** National unique individual identifier. */
  NI("National unique individual identifier"),
  /** Medical record number: a hospital's local patient number. */
  MR("Medical record number"),
  /** Patient internal identifier: a system's own patient number. */
  PI("Patient internal identifier"),
  /** Patient external identifier. */
  PT("Patient external identifier"),
  /** Doctor number (GMC, GMP national codes in XCN fields). */
  DN("Doctor number"),
  /** Provider number. */
  PRN("Provider number"),
  /** Organization identifier. */
  XX("Organization identifier"),
  /** Visit number. */
  VN("Visit number"),
  /** Account number. */
  AN("Account number"),
  /** Employee number. */
  EI("Employee number"),
  /** Unspecified identifier. */
  U("Unspecified identifier");

  private final String display;

  V2IdentifierType(String display) {
    this.display = display;
  }

  /** The table 0203 code (the constant's name). */
  public String code() {
    return name();
  }

  /** The table 0203 display. */
  public String display() {
    return display;
  }

  /** This type as a coding in {@link CodeSystems#V2_IDENTIFIER_TYPE}. */
  public Coding coding() {
    return Coding.of(CodeSystems.V2_IDENTIFIER_TYPE, code(), display);
  }

  /** This type as a one-coding concept (FHIR {@code Identifier.type}). */
  public Concept concept() {
    return Concept.of(coding());
  }

  /** The type with this exact code, if it is one of these. */
  public static Optional<V2IdentifierType> of(String code) {
    for (V2IdentifierType type : values()) {
      if (type.name().equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
