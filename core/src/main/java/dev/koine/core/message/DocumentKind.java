package dev.koine.core.message;

import java.util.Optional;

/**
 * The kind of a care document, with its ITK3 event, Composition profile and MESH workflow
 * (NHS-STANDARDS.md §1.2, §1.4).
 */
public enum DocumentKind {
  INPATIENT_DISCHARGE("ITK003D", "CareConnect-ITK-EDIS-Composition-1", "TOC_FHIR_IP_DISCH"),
  MENTAL_HEALTH_DISCHARGE("ITK004D", "CareConnect-ITK-MH-Composition-1", "TOC_FHIR_MH_DISCH"),
  EMERGENCY_CARE_DISCHARGE("ITK005D", "CareConnect-ITK-ECD-Composition-1", "TOC_FHIR_EC_DISCH"),
  OUTPATIENT_LETTER("ITK006D", "CareConnect-ITK-OPL-Composition-1", "TOC_FHIR_OP_ATTEN"),
  CONSULTATION_REPORT("ITK007C", "CareConnect-Composition-1", "GPFED_CONSULT_REPORT"),
  /** Any other document (UK Core document bundle, v2 MDM). */
  OTHER(null, null, null);

  private static final String STU3_PROFILE_BASE =
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/";

  private final String itkEvent;
  private final String compositionProfile;
  private final String meshWorkflow;

  DocumentKind(String itkEvent, String compositionProfile, String meshWorkflow) {
    this.itkEvent = itkEvent;
    this.compositionProfile = compositionProfile;
    this.meshWorkflow = meshWorkflow;
  }

  /** The ITK3 message event code (ITK003D ...), if the kind has one. */
  public Optional<String> itkEvent() {
    return Optional.ofNullable(itkEvent);
  }

  /** The STU3 Composition profile URL, if the kind has one. */
  public Optional<String> compositionProfile() {
    return Optional.ofNullable(compositionProfile).map(p -> STU3_PROFILE_BASE + p);
  }

  /** The MESH workflow id, if the kind has one. */
  public Optional<String> meshWorkflow() {
    return Optional.ofNullable(meshWorkflow);
  }

  /** The kind for an ITK3 event code. */
  public static Optional<DocumentKind> fromItkEvent(String code) {
    for (DocumentKind k : values()) {
      if (k.itkEvent != null && k.itkEvent.equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
