package dev.koine.core.validation;

import dev.koine.core.code.Coding;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystemLint;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.id.NhsNumber;
import dev.koine.core.id.OdsCode;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.Issues;

/** Identifier and coding checks used by {@link MessageValidator}. Not API. */
final class IdentifierChecks {
  private IdentifierChecks() {}

  /** True if the ten digits are a valid NHS number. */
  static boolean isValidNhsNumber(String digits) {
    return NhsNumber.isValid(digits);
  }

  static void check(Identifier identifier, String path, Issues.Builder issues) {
    String system = identifier.system();
    if (system == null) {
      return;
    }
    issues.addAll(IdentifierSystemLint.issues(system, path + ".system"));
    String canonical = IdentifierSystemLint.lint(system).canonical();
    if (IdentifierSystems.NHS_NUMBER.fhirUri().equals(canonical)) {
      issues.addAll(NhsNumber.issues(identifier.value(), path + ".value"));
    } else if ((IdentifierSystems.ODS_ORGANISATION.fhirUri().equals(canonical)
            || IdentifierSystems.ODS_SITE.fhirUri().equals(canonical))
        && !OdsCode.isPlausible(identifier.value())) {
      issues.add(
          IssueCode.ODS_CODE_FORMAT,
          path + ".value",
          "not a plausible ODS code (3 to 9 letters and digits per the NHS Data Dictionary coding"
              + " frames)");
    }
  }

  static void check(Coding coding, String path, Issues.Builder issues) {
    if (coding.system() != null) {
      issues.addAll(IdentifierSystemLint.issues(coding.system(), path + ".system"));
    }
    String code = coding.code();
    if (code != null && !code.equals(code.strip())) {
      issues.add(
          IssueCode.CODE_WHITESPACE, path + ".code", "the code has leading or trailing whitespace");
    }
  }
}
