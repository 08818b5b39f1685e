package dev.koine.core.code;

/**
 * Canonical URIs of the code systems the NHS messaging standards use (NHS-STANDARDS.md §1, §2, §3).
 * Constants only; the terminology module holds their content.
 */
public final class CodeSystems {
  private CodeSystems() {}

  // international
  /** SNOMED CT (all editions; the UK edition is told by {@code version}). */
  public static final String SNOMED_CT = "http://snomed.info/sct";

  /** LOINC. */
  public static final String LOINC = "http://loinc.org";

  /** UCUM units. */
  public static final String UCUM = "http://unitsofmeasure.org";

  /** ICD-10 (WHO; the UK 5th edition is carried with this URI and a version). */
  public static final String ICD_10 = "http://hl7.org/fhir/sid/icd-10";

  /** ICD-10 UK edition as used by NHS England. */
  public static final String ICD_10_UK = "http://hl7.org/fhir/sid/icd-10-uk";

  /** OPCS-4 procedure classification. */
  public static final String OPCS_4 = "http://fhir.nhs.net/Id/opcs-4";

  /** NHS dictionary of medicines and devices (dm+d) is carried as SNOMED CT. */
  public static final String DM_D = SNOMED_CT;

  // FHIR base
  /** FHIR administrative gender (male, female, other, unknown). */
  public static final String FHIR_ADMINISTRATIVE_GENDER =
      "http://hl7.org/fhir/administrative-gender";

  /** HL7 v3 ActCode (encounter class). */
  public static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

  /** HL7 v3 Confidentiality. */
  public static final String V3_CONFIDENTIALITY =
      "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

  /** HL7 v3 ObservationInterpretation. */
  public static final String V3_OBSERVATION_INTERPRETATION =
      "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

  /** HL7 v2 table 0203 identifier type. */
  public static final String V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";

  /** HL7 v2 table 0001 administrative sex. */
  public static final String V2_ADMINISTRATIVE_SEX =
      "http://terminology.hl7.org/CodeSystem/v2-0001";

  /** HL7 v2 table 0078 interpretation codes (abnormal flags). */
  public static final String V2_ABNORMAL_FLAGS = "http://terminology.hl7.org/CodeSystem/v2-0078";

  /** HL7 v2 table 0008 acknowledgment code (AA, AE, AR, CA, CE, CR). */
  public static final String V2_ACK_CODE = "http://terminology.hl7.org/CodeSystem/v2-0008";

  /** HL7 v2 table 0357 message error condition codes (ERR-3). */
  public static final String V2_ERROR_CODE = "http://terminology.hl7.org/CodeSystem/v2-0357";

  /** HL7 v2 table 0003 event type. */
  public static final String V2_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0003";

  /**
   * HL7 v2 table 0076 message type; Koine names an HL7 v2 message of a type it maps to no typed
   * payload by {@code <MSH-9.1>^<MSH-9.2>} in this system (e.g. {@code VXU^V04}).
   */
  public static final String V2_MESSAGE_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0076";

  /** FHIR observation category. */
  public static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  /** FHIR R4 response code (ok, transient-error, fatal-error). */
  public static final String FHIR_RESPONSE_CODE = "http://hl7.org/fhir/response-code";

  /** FHIR issue type (OperationOutcome.issue.code). */
  public static final String FHIR_ISSUE_TYPE = "http://hl7.org/fhir/issue-type";

  // NHS England / UK Core
  /** NHS England message events (R4; shared by Pathology and EPS). */
  public static final String NHS_MESSAGE_EVENT = "https://fhir.nhs.uk/CodeSystem/message-event";

  /** BaRS message events. */
  public static final String BARS_MESSAGE_EVENT =
      "https://fhir.nhs.uk/CodeSystem/message-events-bars";

  /** BaRS message reasons (new, update, delete). */
  public static final String BARS_MESSAGE_REASON =
      "https://fhir.nhs.uk/CodeSystem/message-reason-bars";

  /** BaRS use-case categories. */
  public static final String BARS_USECASE_CATEGORY =
      "https://fhir.nhs.uk/CodeSystem/usecases-categories-bars";

  /** BaRS HTTP error codes (note the capital C in the published URI). */
  public static final String BARS_HTTP_ERROR_CODES =
      "https://fhir.nhs.uk/Codesystem/http-error-codes";

  /** UK Core NHS number verification status, England (01..08). */
  public static final String NHS_NUMBER_VERIFICATION_STATUS_ENGLAND =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";

  /** UK Core NHS number verification status, Wales. */
  public static final String NHS_NUMBER_VERIFICATION_STATUS_WALES =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusWales";

  /** Retired UK Core STU1 NHS number verification status (string codes). */
  public static final String NHS_NUMBER_VERIFICATION_STATUS_STU1_RETIRED =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatus";

  /** UK Core ethnic category, England. */
  public static final String ETHNIC_CATEGORY_ENGLAND =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

  /** UK Core admission method, England. */
  public static final String ADMISSION_METHOD_ENGLAND =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-AdmissionMethodEngland";

  /** UK Core source of admission, England. */
  public static final String SOURCE_OF_ADMISSION_ENGLAND =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-SourceOfAdmissionEngland";

  /** UK Core discharge method, England. */
  public static final String DISCHARGE_METHOD_ENGLAND =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-DischargeMethodEngland";

  /** UK Core discharge destination, England. */
  public static final String DISCHARGE_DESTINATION_ENGLAND =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-DischargeDestinationEngland";

  /** UK Core PRSB record standard headings. */
  public static final String RECORD_STANDARD_HEADINGS =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-RecordStandardHeadings";

  /** NHS Data Dictionary person stated gender (1, 2, 9, X), as published for HL7 v2 mappings. */
  public static final String NHS_DD_PERSON_STATED_GENDER =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-PersonStatedGenderCode";

  /** Retired UK Core ITK response codes (R4 copy, stops at 30004). */
  public static final String UKCORE_ITK_RESPONSE_CODE_RETIRED =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-ITKResponseCode";

  // ITK3 (STU3)
  /** ITK3 message events (ITK003D ... ITK014M). */
  public static final String ITK_MESSAGE_EVENT =
      "https://fhir.nhs.uk/STU3/CodeSystem/ITK-MessageEvent-2";

  /** ITK3 response codes (10001 ... 30025). */
  public static final String ITK_RESPONSE_CODES =
      "https://fhir.nhs.uk/STU3/CodeSystem/ITK-ResponseCodes-1";

  /** ITK3 recipient type (FA action, FI information). */
  public static final String ITK_RECIPIENT_TYPE =
      "https://fhir.nhs.uk/STU3/CodeSystem/ITK-RecipientType-1";

  /** STU3 CareConnect NHS number verification status (01..08). */
  public static final String CARECONNECT_NHS_NUMBER_VERIFICATION_STATUS =
      "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1";
}
