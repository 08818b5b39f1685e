package dev.koine.core.issue;

/**
 * Every finding Koine can report, named by the rule it checks and the source of that rule. Codes
 * are unique by construction (an enum) and stable: they are part of the JSON contract of the CLI.
 */
public enum IssueCode {
  // identifiers (NHS-STANDARDS.md §1.7, §2.1, §2.2)
  NHS_NUMBER_FORMAT(Severity.ERROR, "NHS Data Dictionary: NHS NUMBER is 10 digits"),
  NHS_NUMBER_CHECK_DIGIT(Severity.ERROR, "NHS Data Dictionary: NHS NUMBER Modulus 11 check digit"),
  NHS_NUMBER_SYNTHETIC(Severity.INFORMATION, "uk-fci/nhs-number: 9xx range is never issued"),
  NHS_NUMBER_PLACEHOLDER(Severity.WARNING, "NHS number with ten identical digits is a placeholder"),
  ODS_CODE_FORMAT(Severity.ERROR, "NHS Data Dictionary: organisation and site coding frames"),
  ODS_CODE_UNKNOWN(Severity.WARNING, "ODS reference data: organisation not found"),
  IDENTIFIER_SYSTEM_NEAR_MISS(Severity.WARNING, "NHS-STANDARDS.md §1.7 identifier system URIs"),
  IDENTIFIER_SYSTEM_UNKNOWN(Severity.INFORMATION, "identifier system not in the registry"),
  CODE_SYSTEM_NEAR_MISS(Severity.WARNING, "code system URI differs from the canonical one"),
  CODE_WHITESPACE(Severity.WARNING, "FHIR code datatype: no leading or trailing whitespace"),
  CODE_RETIRED(Severity.WARNING, "UK Core: retired code or code system migrated"),

  // terminology (issue 3)
  CODE_INVALID(Severity.ERROR, "code not in the bound value set"),
  CODE_UNKNOWN(Severity.ERROR, "code not in its code system"),
  CODE_NOT_CHECKED(Severity.INFORMATION, "value set needs a terminology server"),
  CODE_UNMAPPED(Severity.WARNING, "no target in the concept map"),

  // structure and family rules
  REQUIRED_MISSING(Severity.ERROR, "required element missing"),
  CARDINALITY(Severity.ERROR, "element repeats more often than allowed"),
  VALUE_INVALID(Severity.ERROR, "value does not conform to its datatype"),
  ELEMENT_UNKNOWN(Severity.ERROR, "element not defined for its FHIR type in the version read"),
  REFERENCE_UNRESOLVED(Severity.ERROR, "reference to an entry not in the message"),
  EVENT_UNKNOWN(Severity.ERROR, "message event not in the family's event code system"),
  EVENT_PAYLOAD_MISMATCH(
      Severity.ERROR, "the event's payload type differs from the payload carried"),
  PROFILE_MISSING(Severity.WARNING, "meta.profile does not declare the family's profile"),
  ITK3_HANDLING_SPEC(Severity.ERROR, "ITK3 Messaging Distribution: handling specification"),
  BARS_HEADER(Severity.ERROR, "BaRS: MessageHeader completeness"),
  PRSB_HEADING_MISSING(Severity.ERROR, "PRSB: mandatory heading for the document kind"),
  ACK_PATIENT_DATA(Severity.ERROR, "ITK3 FHIR-BA-02: responses must not contain patient data"),

  // decoding
  UNSUPPORTED_CONTENT(Severity.WARNING, "content with no place in the model (reported as a loss)"),
  NORMALISED(Severity.INFORMATION, "value normalised on decode"),
  CARRIED_VERBATIM(
      Severity.INFORMATION,
      "resource with no typed home in the model, carried verbatim (not lost, not typed)"),
  LIMIT_EXCEEDED(Severity.FATAL, "input exceeds a configured limit"),
  PARSE_ERROR(Severity.FATAL, "input cannot be parsed"),

  // identifiers, continued (NHS-STANDARDS.md §2.1)
  NHS_NUMBER_CHI_DATE(
      Severity.ERROR,
      "uk-fci/nhs-number 2.x: a Scotland CHI number starts with a real DDMMYY date"),
  NHS_NUMBER_RANGE(
      Severity.WARNING,
      "uk-fci/nhs-number constants.py: number in a range never issued to patients"),

  // terminology, continued: conversion between standards
  CODE_TRANSLATED(Severity.INFORMATION, "code translated through a concept map");

  private final Severity defaultSeverity;
  private final String source;

  IssueCode(Severity defaultSeverity, String source) {
    this.defaultSeverity = defaultSeverity;
    this.source = source;
  }

  /** The severity this rule reports unless a caller decides otherwise. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** Where the rule comes from (standard and clause), for people reading a report. */
  public String source() {
    return source;
  }
}
