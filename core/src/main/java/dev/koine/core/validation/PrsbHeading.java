package dev.koine.core.validation;

import java.util.Optional;

/**
 * PRSB record headings used as Composition section codes in Transfer of Care documents, with their
 * SNOMED CT concept ids (ITK3 Transfer of Care {@code explore_headings.md}; the section slices of
 * {@code CareConnect-ITK-EDIS/ECD/MH/OPL-Composition-1}).
 */
public enum PrsbHeading {
  ADMISSION_DETAILS("886781000000108", "Admission details"),
  ALLERGIES_AND_ADVERSE_REACTIONS("886921000000105", "Allergies and adverse reactions"),
  ASSESSMENT_SCALES("887141000000103", "Assessment scales"),
  ATTENDANCE_DETAILS("1077881000000105", "Attendance details"),
  CLINICAL_NARRATIVE("1077901000000108", "Clinical narrative"),
  CLINICAL_REVIEW_OF_SYSTEMS("887121000000105", "Clinical review of systems"),
  CLINICAL_SUMMARY("887181000000106", "Clinical summary"),
  CONTACT_FOR_FURTHER_INFORMATION("1077931000000102", "Contact for further information"),
  DIAGNOSES("887161000000102", "Diagnoses"),
  DISCHARGE_DETAILS("886811000000106", "Discharge details"),
  DISTRIBUTION_LIST("887261000000109", "Distribution list"),
  EXAMINATION_FINDINGS("715851000000102", "Examination findings"),
  FAMILY_HISTORY("887111000000104", "Family history"),
  GP_PRACTICE("886711000000101", "GP practice"),
  HISTORY("717121000000105", "History"),
  INDIVIDUAL_REQUIREMENTS("1078911000000106", "Individual requirements"),
  INFORMATION_AND_ADVICE_GIVEN("1052951000000105", "Information and advice given"),
  INVESTIGATION_RESULTS("1082101000000102", "Investigation results"),
  LEGAL_INFORMATION("886961000000102", "Legal information"),
  MEDICATIONS_AND_MEDICAL_DEVICES("933361000000108", "Medications and medical devices"),
  PARTICIPATION_IN_RESEARCH("886751000000102", "Participation in research"),
  PATIENT_AND_CARER_CONCERNS(
      "1052941000000107", "Patient and carer concerns, expectations and wishes"),
  PATIENT_DEMOGRAPHICS("886731000000109", "Patient demographics"),
  PERSON_COMPLETING_RECORD("887231000000104", "Person completing record"),
  PLAN_AND_REQUESTED_ACTIONS("887201000000105", "Plan and requested actions"),
  PRESENTING_COMPLAINTS_OR_ISSUES("886891000000102", "Presenting complaints or issues"),
  PROBLEMS_AND_ISSUES("887151000000100", "Problems and issues"),
  PROCEDURES("887171000000109", "Procedures"),
  REFERRER_DETAILS("1052891000000108", "Referrer details"),
  RELEVANT_CLINICAL_RISK_FACTORS("886821000000100", "Relevant clinical risk factors"),
  SAFEGUARDING("1077911000000105", "Safeguarding"),
  SAFETY_ALERTS("886931000000107", "Safety alerts"),
  SENIOR_REVIEWING_CLINICIAN("1078901000000109", "Senior reviewing clinician"),
  SOCIAL_CONTEXT("887051000000101", "Social context");

  private final String snomedCode;
  private final String display;

  PrsbHeading(String snomedCode, String display) {
    this.snomedCode = snomedCode;
    this.display = display;
  }

  /** The SNOMED CT concept id of the heading. */
  public String snomedCode() {
    return snomedCode;
  }

  /** The heading's name. */
  public String display() {
    return display;
  }

  /** The heading with this SNOMED CT code. */
  public static Optional<PrsbHeading> fromSnomed(String code) {
    for (PrsbHeading h : values()) {
      if (h.snomedCode.equals(code)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }
}
