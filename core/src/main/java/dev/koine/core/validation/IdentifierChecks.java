package dev.koine.core.validation;

import dev.koine.core.code.Coding;
import dev.koine.core.id.Identifier;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.Issues;

/** Identifier and coding checks used by {@link MessageValidator}. Not API. */
final class IdentifierChecks {
  private IdentifierChecks() {}

  static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

  /** Modulus 11 with the "10 is invalid" rule, over exactly ten digits. */
  static boolean isValidNhsNumber(String digits) {
    if (digits.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && digits.charAt(9) == (char) ('0' + check);
  }

  static void check(Identifier identifier, String path, Issues.Builder issues) {
    if (NHS_NUMBER.equals(identifier.system())) {
      String v = identifier.value();
      if (v.length() != 10 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
        issues.add(IssueCode.NHS_NUMBER_FORMAT, path + ".value", "an NHS number is 10 digits");
      } else if (!isValidNhsNumber(v)) {
        issues.add(
            IssueCode.NHS_NUMBER_CHECK_DIGIT,
            path + ".value",
            "the NHS number fails the Modulus 11 check");
      }
    }
  }

  static void check(Coding coding, String path, Issues.Builder issues) {
    String code = coding.code();
    if (code != null && !code.equals(code.strip())) {
      issues.add(
          IssueCode.CODE_WHITESPACE, path + ".code", "the code has leading or trailing whitespace");
    }
  }
}
