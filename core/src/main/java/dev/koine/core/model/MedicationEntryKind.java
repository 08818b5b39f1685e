package dev.koine.core.model;

/** Which FHIR resource a medication entry comes from. */
public enum MedicationEntryKind {
  /** MedicationStatement: what the patient takes (the ToC medication list). */
  STATEMENT,
  /** MedicationRequest: a prescription or order. */
  REQUEST,
  /** MedicationDispense: what was supplied. */
  DISPENSE,
  /** MedicationAdministration or Immunization: what was given. */
  ADMINISTRATION
}
