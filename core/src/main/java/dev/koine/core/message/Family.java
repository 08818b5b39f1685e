package dev.koine.core.message;

/** The standard family a message follows (NHS-STANDARDS.md §1). */
public enum Family {
  /** Booking and Referral Standard (FHIR R4). */
  BARS,
  /**
   * ITK3 Messaging Distribution (FHIR STU3): Transfer of Care, GP Connect Send Document, ITK
   * pathology.
   */
  ITK3,
  /** NHS England Pathology (FHIR R4). */
  NHSE_PATHOLOGY,
  /** UK Core messaging and the R4 Acknowledgement Framework (FHIR R4). */
  UK_CORE_MESSAGING,
  /** HL7 v2 (trust ADT and results feeds, NHS ITK v2.4 dialect). */
  HL7V2,
  /** A FHIR message or document of no recognised NHS family. */
  OTHER
}
