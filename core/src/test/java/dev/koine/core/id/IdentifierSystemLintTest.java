package dev.koine.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import org.junit.jupiter.api.Test;

class IdentifierSystemLintTest {
  private static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
  private static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
  private static final String SCT = "http://snomed.info/sct";

  @Test
  void findings_of_the_bars_examples() {
    UriLint ods = IdentifierSystemLint.lint("https://fhir.nhs.uk/id/ods-organization-code");
    assertThat(ods.canonical()).isEqualTo(ODS);
    assertThat(ods.problems()).containsExactly(UriProblem.WRONG_CASE_ID);
    assertThat(ods.kind()).isEqualTo(UriLint.Kind.IDENTIFIER_SYSTEM);

    UriLint dos = IdentifierSystemLint.lint("http://fhir.nhs.uk/Id/dos-service-id");
    assertThat(dos.canonical()).isEqualTo("https://fhir.nhs.uk/Id/dos-service-id");
    assertThat(dos.problems()).containsExactly(UriProblem.HTTP_NOT_HTTPS);

    UriLint ict = IdentifierSystemLint.lint("https://snomed.info/ict");
    assertThat(ict.canonical()).isEqualTo(SCT);
    assertThat(ict.problems()).containsExactly(UriProblem.HTTPS_NOT_HTTP, UriProblem.TYPO);
    assertThat(ict.kind()).isEqualTo(UriLint.Kind.CODE_SYSTEM);
  }

  @Test
  void snomed_over_https_is_a_near_miss() {
    UriLint lint = IdentifierSystemLint.lint("https://snomed.info/sct");
    assertThat(lint.canonical()).isEqualTo(SCT);
    assertThat(lint.problems()).containsExactly(UriProblem.HTTPS_NOT_HTTP);
    assertThat(lint.toIssues("Coding.system").all())
        .singleElement()
        .extracting(Issue::code)
        .isEqualTo(IssueCode.CODE_SYSTEM_NEAR_MISS);
  }

  @Test
  void legacy_names_map_to_the_fhir_uri() {
    for (String legacy :
        new String[] {"urn:id:NHS", "NHS", "urn:oid:2.16.840.1.113883.2.1.4.1", " nhs-number "}) {
      UriLint lint = IdentifierSystemLint.lint(legacy);
      assertThat(lint.canonical()).as(legacy).isEqualTo(NHS);
      assertThat(lint.has(UriProblem.LEGACY_URN)).as(legacy).isTrue();
    }
    assertThat(IdentifierSystemLint.lint("SCT").canonical()).isEqualTo(SCT);
    UriLint net = IdentifierSystemLint.lint("http://fhir.nhs.net/Id/nhs-number");
    assertThat(net.canonical()).isEqualTo(NHS);
    assertThat(net.problems()).containsExactly(UriProblem.LEGACY_DOMAIN);
    // fhir.nhs.net is still the published base of OPCS-4: not a legacy identifier system
    assertThat(IdentifierSystemLint.lint("http://fhir.nhs.net/Id/opcs-4").isClean()).isTrue();
  }

  @Test
  void several_problems_at_once() {
    UriLint lint = IdentifierSystemLint.lint(" HTTP://FHIR.NHS.UK/ID/NHS-NUMBER/ ");
    assertThat(lint.canonical()).isEqualTo(NHS);
    assertThat(lint.problems())
        .containsExactly(
            UriProblem.WHITESPACE,
            UriProblem.TRAILING_SLASH,
            UriProblem.HTTP_NOT_HTTPS,
            UriProblem.WRONG_CASE_ID,
            UriProblem.WRONG_CASE);
    assertThat(lint.toIssues("Patient.identifier[0].system").all())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IssueCode.IDENTIFIER_SYSTEM_NEAR_MISS);
              assertThat(i.location()).isEqualTo("Patient.identifier[0].system");
              assertThat(i.message()).contains(NHS);
            });
  }

  @Test
  void british_spelling_of_organisation_is_a_typo() {
    UriLint lint = IdentifierSystemLint.lint("https://fhir.nhs.uk/Id/ods-organisation-code");
    assertThat(lint.canonical()).isEqualTo(ODS);
    assertThat(lint.problems()).containsExactly(UriProblem.TYPO);
  }

  @Test
  void other_valid_systems_are_not_corrected() {
    for (String uri :
        new String[] {
          "https://fhir.hl7.org.uk/Id/gdc-number",
          "http://terminology.hl7.org/CodeSystem/v2-0204",
          "https://fhir.rh8.nhs.uk/Id/local-patient-identifier",
          "urn:ietf:rfc:3986"
        }) {
      UriLint lint = IdentifierSystemLint.lint(uri);
      assertThat(lint.isClean()).as(uri).isTrue();
      assertThat(lint.canonical()).isEqualTo(uri);
      assertThat(lint.kind()).isEqualTo(UriLint.Kind.UNKNOWN);
    }
  }

  @Test
  void whitespace_in_an_unknown_uri_is_reported_without_quoting_it() {
    UriLint lint = IdentifierSystemLint.lint("9434765919 ");
    assertThat(lint.problems()).containsExactly(UriProblem.WHITESPACE);
    assertThat(lint.canonical()).isEqualTo("9434765919");
    assertThat(lint.toString()).doesNotContain("9434765919");
    assertThat(IdentifierSystemLint.issues("9434765919 ", "x").all())
        .singleElement()
        .satisfies(i -> assertThat(i.message()).doesNotContain("9434765919"));
  }
}
