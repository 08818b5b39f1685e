package dev.koine.fhir.internal.stu3;

import dev.koine.core.code.CodeSystems;

/** The ITK3 (STU3) profile, extension and code system URIs of NHS-STANDARDS.md §1.1. */
final class Itk {
  static final String SD = "https://fhir.nhs.uk/STU3/StructureDefinition/";

  /** Outer message bundle profile. */
  static final String MESSAGE_BUNDLE = SD + "ITK-Message-Bundle-1";

  /** MessageHeader profile. */
  static final String MESSAGE_HEADER = SD + "ITK-MessageHeader-2";

  /** Document bundle profile (type=document, Composition first). */
  static final String DOCUMENT_BUNDLE = SD + "ITK-Document-Bundle-1";

  /** Response OperationOutcome profile. */
  static final String RESPONSE_OUTCOME = SD + "ITK-Response-OperationOutcome-1";

  /** The complex handling-specification extension on MessageHeader. */
  static final String HANDLING = SD + "Extension-ITK-MessageHandling-2";

  /** Composition care setting type extension. */
  static final String CARE_SETTING = SD + "Extension-CareSettingType-1";

  /** Event code system. */
  static final String EVENTS = CodeSystems.ITK_MESSAGE_EVENT;

  /** Recipient type code system. */
  static final String RECIPIENT_TYPE = CodeSystems.ITK_RECIPIENT_TYPE;

  /** Response code system. */
  static final String RESPONSE_CODES = CodeSystems.ITK_RESPONSE_CODES;

  /** The response event. */
  static final String RESPONSE_EVENT = "ITK008M";

  /** The pathology event. */
  static final String PATHOLOGY_EVENT = "ITK012M";

  /** The FHIR version string written in the model's {@code standardVersion}. */
  static final String FHIR_VERSION = "3.0.2";

  private Itk() {}

  /** The display of an ITK recipient type code. */
  static String recipientDisplay(String code) {
    return "FA".equals(code) ? "For Action" : "For Information";
  }
}
