package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/terminology.md}. Each snippet in the document is copied from the
 * region between {@code // tag::name[]} and {@code // end::name[]} below, and {@link
 * DocSnippetsTest} checks that they stay identical.
 */
class TerminologyDocExamplesTest {

  @Test
  void csvMap_translateWithProvenance() {
    // tag::csv[]
    String csv =
        """
        source_system,source_code,source_display,target_system,target_code,target_display,equivalence,comment
        https://trust.example.nhs.uk/CodeSystem/pas-sex,1,Male,http://hl7.org/fhir/administrative-gender,male,Male,equivalent,
        https://trust.example.nhs.uk/CodeSystem/pas-sex,2,Female,http://hl7.org/fhir/administrative-gender,female,Female,equivalent,
        https://trust.example.nhs.uk/CodeSystem/pas-sex,9,"Indeterminate, unable to classify",http://hl7.org/fhir/administrative-gender,other,Other,wider,"PAS code 9 is narrower than FHIR ""other""\"
        https://trust.example.nhs.uk/CodeSystem/pas-sex,X,Not known,http://hl7.org/fhir/administrative-gender,unknown,Unknown,equivalent,
        """;
    ConceptMap map =
        ConceptMaps.readCsv(
            new StringReader(csv), "pas-sex.csv", "https://trust.example.nhs.uk/maps/pas-sex", "4");

    Translation t = map.translate("https://trust.example.nhs.uk/CodeSystem/pas-sex", "9");
    assertThat(t.status()).isEqualTo(Translation.Status.MAPPED);
    assertThat(t.targets().get(0).code()).isEqualTo("other");
    assertThat(t.targets().get(0).equivalence()).isEqualTo(Equivalence.WIDER);
    assertThat(t.lines())
        .containsExactly(
            "https://trust.example.nhs.uk/CodeSystem/pas-sex|9 -> "
                + "http://hl7.org/fhir/administrative-gender|other (wider) "
                + "[https://trust.example.nhs.uk/maps/pas-sex|4]");
    // end::csv[]
  }

  @Test
  void translation_keepsTheLocalCoding_andReportsUnmapped() {
    ConceptMap map =
        ConceptMaps.readCsv(
            new StringReader(
                "source_system,source_code,source_display,target_system,target_code,"
                    + "target_display,equivalence\n"
                    + "https://trust.example.nhs.uk/CodeSystem/pas-sex,2,Female,"
                    + "http://hl7.org/fhir/administrative-gender,female,Female,equivalent\n"),
            "pas-sex.csv",
            "https://trust.example.nhs.uk/maps/pas-sex",
            "4");
    // tag::append[]
    Coding local = Coding.of("https://trust.example.nhs.uk/CodeSystem/pas-sex", "2", "Female");
    Concept sex = map.translate(local).appendTo(Concept.of(local));
    assertThat(sex.codings())
        .containsExactly(
            local, Coding.of("http://hl7.org/fhir/administrative-gender", "female", "Female"));

    Translation unmapped = map.translate("https://trust.example.nhs.uk/CodeSystem/pas-sex", "U");
    assertThat(unmapped.lines())
        .containsExactly("https://trust.example.nhs.uk/CodeSystem/pas-sex|U -> UNMAPPED");
    Issue issue = unmapped.toIssue("PID-8").orElseThrow();
    assertThat(issue.code()).isEqualTo(IssueCode.CODE_UNMAPPED);
    assertThat(issue.message())
        .isEqualTo("no target in concept map https://trust.example.nhs.uk/maps/pas-sex|4");
    // end::append[]
  }

  @Test
  void reverseAndCoverage() {
    // tag::reverse[]
    Terminology terminology = Terminology.bundled();
    String v2Sex = "https://koine.dev/fhir/ConceptMap/v2-to-fhir-AdministrativeSex";

    Translation back =
        terminology.reverseTranslate(
            Coding.of("http://hl7.org/fhir/administrative-gender", "other"), v2Sex);
    assertThat(back.status()).isEqualTo(Translation.Status.AMBIGUOUS); // O, A and N all map here
    assertThat(back.matches()).extracting(Translation.Target::code).containsExactly("O", "A", "N");

    CoverageReport report =
        terminology.coverage(
            List.of(
                Coding.of(CodeSystems.V2_ADMINISTRATIVE_SEX, "F"),
                Coding.of(CodeSystems.V2_ADMINISTRATIVE_SEX, "M"),
                Coding.of(CodeSystems.V2_ADMINISTRATIVE_SEX, "Z")),
            v2Sex);
    assertThat(report.mapped()).hasSize(2);
    assertThat(report.unmapped()).extracting(Coding::code).containsExactly("Z");
    assertThat(report.total()).isEqualTo(3);
    // end::reverse[]
  }

  @Test
  void validate_validInvalidNotChecked() {
    // tag::validate[]
    Terminology terminology = Terminology.bundled();

    ValidationResult valid =
        terminology.validate(
            Coding.of(CodeSystems.ETHNIC_CATEGORY_ENGLAND, "A"),
            "https://fhir.hl7.org.uk/ValueSet/UKCore-EthnicCategory");
    assertThat(valid.status()).isEqualTo(ValidationResult.Status.VALID);

    ValidationResult invalid =
        terminology.validate(
            Coding.of(CodeSystems.ETHNIC_CATEGORY_ENGLAND, "CA"),
            "https://fhir.hl7.org.uk/ValueSet/UKCore-EthnicCategory");
    assertThat(invalid)
        .isEqualTo(
            ValidationResult.invalid(
                "code is not in value set https://fhir.hl7.org.uk/ValueSet/UKCore-EthnicCategory"));

    ValidationResult notChecked =
        terminology.validate(
            Coding.of(CodeSystems.SNOMED_CT, "22298006"),
            "https://fhir.hl7.org.uk/ValueSet/UKCore-ConditionCode");
    assertThat(notChecked)
        .isEqualTo(
            ValidationResult.notChecked(
                "SNOMED CT descendantOf 404684003 OR descendantOf 413350009"
                    + " OR descendantOf 272379006: needs a terminology server"));
    assertThat(notChecked.toIssue("Condition.code.coding[0]").orElseThrow().code())
        .isEqualTo(IssueCode.CODE_NOT_CHECKED);
    // end::validate[]
  }

  @Test
  void classify() {
    // tag::classify[]
    Terminology terminology = Terminology.bundled();
    ValueSet unifiedTestList =
        terminology
            .valueSet("https://fhir.hl7.org.uk/ValueSet/UKCore-UnifiedTestList")
            .orElseThrow();
    assertThat(terminology.classify(unifiedTestList))
        .isEqualTo(
            ValueSet.Classification.needsServer(
                "SNOMED CT memberOf 44991000237108: needs a terminology server"));
    // end::classify[]
  }

  @Test
  void migration() {
    // tag::migrate[]
    Migration migration = Terminology.bundled().migration();
    Coding stu1 =
        Coding.of(
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatus",
            "number-present-and-verified");

    Migration.Result<Coding> r =
        migration.migrate(
            stu1, "Patient.identifier[0].extension[0].valueCodeableConcept.coding[0]");
    assertThat(r.migrated()).isTrue();
    assertThat(r.value())
        .isEqualTo(
            Coding.of(
                "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland",
                "01",
                "Number present and verified"));
    assertThat(r.issues().get(0).toString())
        .isEqualTo(
            "WARNING CODE_RETIRED Patient.identifier[0].extension[0].valueCodeableConcept.coding[0]"
                + " retired code system"
                + " https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatus migrated to"
                + " https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland"
                + " (equivalent) through concept map"
                + " https://koine.dev/fhir/ConceptMap/migrate-ukcore-nhs-number-verification-status|1.0.0");
    // end::migrate[]
  }

  @Test
  void lookup() {
    // tag::lookup[]
    Terminology terminology = Terminology.bundled();
    assertThat(terminology.lookup(CodeSystems.ITK_MESSAGE_EVENT, "ITK008M"))
        .get()
        .extracting(ConceptDefinition::display)
        .isEqualTo("ITK Response");
    assertThat(terminology.lookup(CodeSystems.V2_ADMINISTRATIVE_SEX, "F"))
        .get()
        .extracting(ConceptDefinition::display)
        .isEqualTo("Female");
    assertThat(terminology.lookup(CodeSystems.NHS_NUMBER_VERIFICATION_STATUS_ENGLAND, "09"))
        .isEmpty();
    // end::lookup[]
  }
}
