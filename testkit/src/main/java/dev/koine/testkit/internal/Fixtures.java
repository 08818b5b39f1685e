package dev.koine.testkit.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import java.util.ArrayList;
import java.util.List;

/**
 * Small fixture value sets: SNOMED CT concepts (most of them seen in the public example messages),
 * LOINC codes, UCUM units and the UK Core / NHS Data Dictionary codes the model carries. Not API.
 */
public final class Fixtures {
  private Fixtures() {}

  private static List<Coding> codings(String system, String... codeDisplayPairs) {
    List<Coding> out = new ArrayList<>();
    for (int i = 0; i < codeDisplayPairs.length; i += 2) {
      out.add(Coding.of(system, codeDisplayPairs[i], codeDisplayPairs[i + 1]));
    }
    return List.copyOf(out);
  }

  private static List<Coding> snomed(String... codeDisplayPairs) {
    return codings(CodeSystems.SNOMED_CT, codeDisplayPairs);
  }

  /** SNOMED CT clinical findings and disorders. */
  public static final List<Coding> CONDITIONS =
      snomed(
          "29857009", "Chest pain",
          "271594007", "Syncope",
          "422504002", "Ischemic stroke",
          "59621000", "Essential hypertension",
          "386661006", "Fever",
          "68235000", "Nasal congestion",
          "140004", "Chronic pharyngitis",
          "203082005", "Fibromyalgia",
          "47505003", "Posttraumatic stress disorder",
          "82423001", "Chronic pain");

  /** SNOMED CT procedures. */
  public static final List<Coding> PROCEDURES =
      snomed(
          "76164006", "Biopsy of colon",
          "73761001", "Colonoscopy",
          "15220000", "Laboratory test",
          "34068001", "Heart valve replacement",
          "306206005", "Referral to service",
          "11429006", "Consultation",
          "311401005", "Patient education",
          "367336001", "Chemotherapy");

  /** dm+d medicinal products (carried as SNOMED CT). */
  public static final List<Coding> MEDICATIONS =
      snomed(
          "324252006", "Azithromycin 250mg capsules",
          "322254008", "Paracetamol 240mg suppositories",
          "324689003", "Nystatin 100,000units/ml oral suspension",
          "317935006", "Chlorthalidone 50mg tablets",
          "400621001", "Lorazepam 2mg/ml solution for injection 1ml vials",
          "27658006", "Amoxicillin");

  /** SNOMED CT allergy and intolerance concepts and substances. */
  public static final List<Coding> ALLERGENS =
      snomed(
          "227493005", "Cashew nuts",
          "91936005", "Allergy to penicillin",
          "716186003", "No known allergy",
          "387106007", "Lorazepam",
          "396458002", "Hydrocortisone",
          "1030121000006109", "Adverse reaction to Prednisolone");

  /** SNOMED CT reaction manifestations. */
  public static final List<Coding> MANIFESTATIONS =
      snomed("39579001", "Anaphylactic reaction", "64305001", "Urticaria", "386661006", "Fever");

  /** SNOMED CT routes of administration. */
  public static final List<Coding> ROUTES =
      snomed(
          "26643006", "Oral route",
          "47625008", "Intravenous route",
          "34206005", "Subcutaneous route",
          "54485002", "Ophthalmic route");

  /** SNOMED CT body sites. */
  public static final List<Coding> BODY_SITES =
      snomed(
          "368209003", "Right arm",
          "36701003", "Both knees",
          "78961009", "Splenic structure",
          "49852007", "Structure of median cubital vein");

  /** SNOMED CT specimen types. */
  public static final List<Coding> SPECIMEN_TYPES =
      snomed(
          "122555007", "Venous blood specimen",
          "119364003", "Serum specimen",
          "119297000", "Blood specimen",
          "122575003", "Urine specimen");

  /** LOINC and SNOMED CT observation codes. */
  public static final List<Coding> OBSERVATION_CODES;

  static {
    List<Coding> all = new ArrayList<>();
    all.addAll(
        codings(
            CodeSystems.LOINC,
            "718-7",
            "Hemoglobin [Mass/volume] in Blood",
            "2345-7",
            "Glucose [Mass/volume] in Serum or Plasma",
            "8867-4",
            "Heart rate",
            "8480-6",
            "Systolic blood pressure",
            "29463-7",
            "Body weight",
            "2160-0",
            "Creatinine [Mass/volume] in Serum or Plasma"));
    all.addAll(
        snomed(
            "271649006", "Systolic blood pressure",
            "27113001", "Body weight",
            "104177005", "Blood culture for bacteria, including anaerobic screen"));
    OBSERVATION_CODES = List.copyOf(all);
  }

  /** SNOMED CT document types (Composition.type, DocumentReference.type). */
  public static final List<Coding> DOCUMENT_TYPES =
      snomed(
          "373942005", "Discharge summary",
          "371531000", "Report of clinical encounter",
          "721981007", "Diagnostic studies report",
          "749001000000101", "Appointment");

  /** PRSB headings as SNOMED CT concepts (NHS-STANDARDS.md §1.2). */
  public static final List<Coding> PRSB_HEADINGS =
      snomed(
          "886781000000108", "Admission details",
          "886921000000105", "Allergies and adverse reactions",
          "887181000000106", "Clinical summary",
          "887161000000102", "Diagnoses",
          "886811000000106", "Discharge details",
          "886711000000101", "GP practice",
          "886731000000109", "Patient demographics",
          "887231000000104", "Person completing record",
          "887201000000105", "Plan and requested actions",
          "933361000000108", "Medications and medical devices",
          "887171000000109", "Procedures",
          "886931000000107", "Safety alerts",
          "887051000000101", "Social context",
          "1082101000000102", "Investigation results",
          "1077881000000105", "Attendance details",
          "1077901000000108", "Clinical narrative",
          "1077931000000102", "Contact for further information",
          "886891000000102", "Presenting complaints");

  /** SNOMED CT care setting types (Composition careSettingType). */
  public static final List<Coding> CARE_SETTINGS =
      snomed(
          "22232009", "Hospital environment",
          "440655000", "Outpatient environment",
          "225728007", "Accident and Emergency department",
          "394814009", "General practice");

  /** SNOMED CT specialties. */
  public static final List<Coding> SPECIALTIES =
      snomed(
          "394802001", "General medicine",
          "394814009", "General practice",
          "394587001", "Psychiatry",
          "408443003", "General medical practice");

  /** SNOMED CT practitioner roles. */
  public static final List<Coding> ROLES =
      snomed(
          "309343006", "Physician",
          "17561000", "Cardiologist",
          "66862007", "Radiologist",
          "224608005", "Administrative healthcare staff");

  /** SNOMED CT qualifier values for severity. */
  public static final List<Coding> SEVERITIES =
      snomed("255604002", "Mild", "6736007", "Moderate", "24484000", "Severe");

  /** HL7 v3 observation interpretation. */
  public static final List<Coding> INTERPRETATIONS =
      codings(
          CodeSystems.V3_OBSERVATION_INTERPRETATION,
          "H",
          "High",
          "L",
          "Low",
          "N",
          "Normal",
          "A",
          "Abnormal",
          "HH",
          "Critical high",
          "LL",
          "Critical low");

  /** UCUM units: each coding's code is the UCUM code, its display the unit as printed. */
  public static final List<Coding> UCUM_UNITS =
      codings(
          CodeSystems.UCUM,
          "mmol/L",
          "mmol/L",
          "g/L",
          "g/L",
          "10*9/L",
          "10^9/L",
          "%",
          "%",
          "kg",
          "kg",
          "cm",
          "cm",
          "mm[Hg]",
          "mmHg",
          "/min",
          "beats/minute",
          "Cel",
          "°C",
          "mL",
          "mL",
          "umol/L",
          "µmol/L",
          "U/L",
          "U/L",
          "mg",
          "mg");

  /** UK Core ethnic category, England. */
  public static final List<Coding> ETHNIC_CATEGORIES =
      codings(
          CodeSystems.ETHNIC_CATEGORY_ENGLAND,
          "A",
          "White - British",
          "B",
          "White - Irish",
          "C",
          "White - Any other White background",
          "H",
          "Asian or Asian British - Indian",
          "J",
          "Asian or Asian British - Pakistani",
          "N",
          "Black or Black British - African",
          "R",
          "Other Ethnic Groups - Chinese",
          "Z",
          "Not stated");

  /** UK Core NHS number verification status, England (01..08). */
  public static final List<Coding> NHS_NUMBER_VERIFICATION =
      codings(
          CodeSystems.NHS_NUMBER_VERIFICATION_STATUS_ENGLAND,
          "01",
          "Number present and verified",
          "02",
          "Number present but not traced",
          "03",
          "Trace required",
          "04",
          "Trace attempted - No match or multiple match found",
          "05",
          "Trace needs to be resolved - (NHS Number or patient detail conflict)",
          "06",
          "Trace in progress",
          "07",
          "Number not present and trace not required",
          "08",
          "Trace postponed (baby under six weeks old)");

  /** UK Core admission method, England. */
  public static final List<Coding> ADMISSION_METHODS =
      codings(
          CodeSystems.ADMISSION_METHOD_ENGLAND,
          "11",
          "Elective Admission - Waiting list",
          "12",
          "Elective Admission - Booked",
          "21",
          "Emergency Admission - Emergency Care Department or dental casualty department",
          "22",
          "Emergency Admission - General Practitioner");

  /** UK Core source of admission, England. */
  public static final List<Coding> ADMISSION_SOURCES =
      codings(
          CodeSystems.SOURCE_OF_ADMISSION_ENGLAND,
          "19",
          "Usual place of residence",
          "29",
          "Temporary place of residence",
          "51",
          "NHS other Hospital Provider - Ward for general patients");

  /** UK Core discharge method, England. */
  public static final List<Coding> DISCHARGE_METHODS =
      codings(
          CodeSystems.DISCHARGE_METHOD_ENGLAND,
          "1",
          "Patient discharged on clinical advice or with clinical consent",
          "2",
          "Patient discharged him/herself or was discharged by a relative or advocate",
          "4",
          "Patient died");

  /** UK Core discharge destination, England. */
  public static final List<Coding> DISCHARGE_DESTINATIONS =
      codings(
          CodeSystems.DISCHARGE_DESTINATION_ENGLAND,
          "19",
          "Usual place of residence",
          "29",
          "Temporary place of residence",
          "79",
          "Not applicable - Patient died or stillbirth");

  /** HL7 v3 ActCode encounter classes. */
  public static final List<Coding> ENCOUNTER_CLASSES =
      codings(
          CodeSystems.V3_ACT_CODE,
          "AMB",
          "ambulatory",
          "EMER",
          "emergency",
          "IMP",
          "inpatient encounter",
          "HH",
          "home health",
          "VR",
          "virtual");

  /** HL7 v3 marital status. */
  public static final List<Coding> MARITAL_STATUSES =
      codings(
          "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus",
          "M",
          "Married",
          "S",
          "Never Married",
          "D",
          "Divorced",
          "W",
          "Widowed");

  /** BCP-47 languages. */
  public static final List<Coding> LANGUAGES =
      codings(
          "urn:ietf:bcp:47",
          "en",
          "English",
          "cy",
          "Welsh",
          "pl",
          "Polish",
          "ur",
          "Urdu",
          "pa",
          "Panjabi",
          "gd",
          "Scottish Gaelic");

  /** HL7 v2 table 0203 identifier types. */
  public static final List<Coding> IDENTIFIER_TYPES =
      codings(
          CodeSystems.V2_IDENTIFIER_TYPE,
          "MR",
          "Medical record number",
          "NH",
          "National Health Plan Identifier",
          "PI",
          "Patient internal identifier",
          "VN",
          "Visit number");

  /** BaRS use-case categories. */
  public static final List<Coding> BARS_USE_CASES =
      codings(
          CodeSystems.BARS_USECASE_CATEGORY,
          "a1t1",
          "111 to ED",
          "a2t1",
          "999 to ED",
          "a5t3",
          "Primary Care to Pharmacy Blood Pressure Check");

  /** Observation categories. */
  public static final List<Coding> OBSERVATION_CATEGORIES =
      codings(
          CodeSystems.OBSERVATION_CATEGORY,
          "laboratory",
          "Laboratory",
          "vital-signs",
          "Vital Signs",
          "social-history",
          "Social History",
          "exam",
          "Exam");

  /** Realistic free-text phrases. */
  public static final List<String> PHRASES =
      List.of(
          "Patient reports intermittent chest pain for two weeks.",
          "Please review and advise.",
          "Take one tablet twice a day with food.",
          "No known drug allergies.",
          "Lives alone; daughter visits daily.",
          "Bloods repeated — haemolysed sample.",
          "Discharged home with district nurse follow-up.",
          "Referred to cardiology for echo.",
          "Result: 5.4 mmol/L (ref 3.5-5.3)",
          "Sample received 08:42; analysed 09:15.");

  /** Family names, with apostrophes, hyphens and diacritics. */
  public static final List<String> FAMILY_NAMES =
      List.of(
          "Smith",
          "Jones",
          "O'Brien",
          "Nguyễn",
          "Llewellyn-Jones",
          "Patel",
          "Kowalski",
          "MacDonald",
          "Ó Súilleabháin",
          "Ahmed");

  /** Given names, with diacritics. */
  public static final List<String> GIVEN_NAMES =
      List.of(
          "Oliver",
          "Siân",
          "Aisha",
          "Łukasz",
          "Zoë",
          "Mohammed",
          "Dafydd",
          "Chloé",
          "Priya",
          "Seán");

  /** Name prefixes. */
  public static final List<String> PREFIXES = List.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof");

  /** Street lines. */
  public static final List<String> STREET_LINES =
      List.of(
          "1 Trevelyan Square",
          "Boar Lane",
          "Flat 3",
          "12 Heol y Frenhines",
          "Quarry House",
          "Wellington Place");

  /** Towns and cities. */
  public static final List<String> CITIES =
      List.of("Leeds", "Cardiff", "Manchester", "Belfast", "Inverness", "Milton Keynes");

  /** Postcodes (shape only; not checked against reference data). */
  public static final List<String> POSTCODES =
      List.of("LS1 6AE", "CF10 3NQ", "M1 1AE", "BT1 5GS", "IV2 3UJ", "MK9 3AH");

  /** Plausible ODS organisation codes (trusts, GP practices, others). */
  public static final List<String> ODS_ORGANISATIONS =
      List.of("RR8", "RJ1", "RX1", "RTD", "X26", "B82005", "Y01234", "M85063", "8JK12");

  /** Organisation names. */
  public static final List<String> ORGANISATION_NAMES =
      List.of(
          "Leeds Teaching Hospitals NHS Trust",
          "Guy's and St Thomas' NHS Foundation Trust",
          "Nottingham University Hospitals NHS Trust",
          "The Surgery, Station Road",
          "NHS England");
}
