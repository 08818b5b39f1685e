package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retired UK Core codes migrate through the bundled maps and are reported. */
class MigrationTest {
  private static final Migration M = Migration.bundled();
  private static final Terminology T = Terminology.bundled();

  @Test
  void stu1VerificationStatus_becomesEngland01to08() {
    String[] stu1 = {
      "number-present-and-verified",
      "number-present-but-not-traced",
      "trace-required",
      "trace-attempted",
      "trace-needs-to-be-resolved",
      "trace-in-progress",
      "number-not-present-and-trace-not-required",
      "trace-postponed"
    };
    for (int i = 0; i < stu1.length; i++) {
      Migration.Result<Coding> r =
          M.migrate(
              Coding.of(CodeSystems.NHS_NUMBER_VERIFICATION_STATUS_STU1_RETIRED, stu1[i]),
              "Patient.identifier[0].extension[0].valueCodeableConcept.coding[0]");
      assertThat(r.migrated()).isTrue();
      assertThat(r.value().system()).isEqualTo(CodeSystems.NHS_NUMBER_VERIFICATION_STATUS_ENGLAND);
      assertThat(r.value().code()).isEqualTo("0" + (i + 1));
      assertThat(r.issues())
          .singleElement()
          .extracting(Issue::code)
          .isEqualTo(IssueCode.CODE_RETIRED);
      // the result is valid against the current value set
      assertThat(
              T.validate(
                      r.value(),
                      "https://fhir.hl7.org.uk/ValueSet/UKCore-NHSNumberVerificationStatus")
                  .status())
          .isEqualTo(ValidationResult.Status.VALID);
    }
    Migration.Result<Coding> welsh =
        M.migrate(
            Coding.of(
                CodeSystems.NHS_NUMBER_VERIFICATION_STATUS_STU1_RETIRED,
                "number-present-and-traced-using-welsh-nhs-ar"),
            "x");
    assertThat(welsh.value().system()).isEqualTo(CodeSystems.NHS_NUMBER_VERIFICATION_STATUS_WALES);
  }

  @Test
  void ethnicCategory_sameCodeIsEquivalent_subCategoryRollsUp() {
    String retired = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategory";
    Migration.Result<Coding> a = M.migrate(Coding.of(retired, "A"), "Patient.extension[0]");
    assertThat(a.value())
        .isEqualTo(Coding.of(CodeSystems.ETHNIC_CATEGORY_ENGLAND, "A", "White - British"));
    assertThat(a.issues().get(0).message()).contains("(equivalent)");
    Migration.Result<Coding> ca =
        M.migrate(Coding.of(retired, "CA", "English"), "Patient.extension[0]");
    assertThat(ca.value().code()).isEqualTo("C");
    assertThat(ca.issues().get(0).message()).contains("(wider)");
  }

  @Test
  void nhsDataDictionary_toEnglandVariants_whereCodesCorrespond() {
    String dd = "https://fhir.hl7.org.uk/CodeSystem/NHSDataModelAndDictionary-";
    assertThat(M.migrate(Coding.of(dd + "AdmissionMethod", "21"), "x").value())
        .isEqualTo(
            Coding.of(
                CodeSystems.ADMISSION_METHOD_ENGLAND,
                "21",
                "Emergency Admission: Emergency Care Department or dental casualty department of"
                    + " the Health Care Provider"));
    assertThat(M.migrate(Coding.of(dd + "SourceOfAdmission", "19"), "x").value().system())
        .isEqualTo(CodeSystems.SOURCE_OF_ADMISSION_ENGLAND);
    assertThat(M.migrate(Coding.of(dd + "DischargeDestination", "79"), "x").value().system())
        .isEqualTo(CodeSystems.DISCHARGE_DESTINATION_ENGLAND);
    // discharge method 2 was split into 6 and 7: no single England equivalent, left and reported
    Coding two = Coding.of(dd + "DischargeMethod", "2");
    Migration.Result<Coding> r = M.migrate(two, "Encounter.hospitalization.dischargeDisposition");
    assertThat(r.migrated()).isFalse();
    assertThat(r.value()).isSameAs(two);
    assertThat(r.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IssueCode.CODE_RETIRED);
              assertThat(i.location()).isEqualTo("Encounter.hospitalization.dischargeDisposition");
              assertThat(i.message()).contains("has no current equivalent");
            });
  }

  @Test
  void retiredSystemWithoutMap_isReported_currentCodesAreLeftAlone() {
    Coding language = Coding.of("https://fhir.hl7.org.uk/CodeSystem/UKCore-HumanLanguage", "en");
    Migration.Result<Coding> r = M.migrate(language, "Patient.communication[0].language");
    assertThat(r.migrated()).isFalse();
    assertThat(r.issues())
        .singleElement()
        .extracting(Issue::message)
        .asString()
        .contains("no migration map");
    assertThat(M.isRetired(language.system())).isTrue();
    Coding current = Coding.of(CodeSystems.ETHNIC_CATEGORY_ENGLAND, "A");
    assertThat(M.migrate(current, "x").issues()).isEmpty();
    assertThat(M.isRetired(CodeSystems.ETHNIC_CATEGORY_ENGLAND)).isFalse();
  }

  @Test
  void concept_keepsOrderAndText_locatesEachCoding() {
    Concept c =
        new Concept(
            List.of(
                Coding.of("https://trust.example/local-ethnicity", "W1"),
                Coding.of(
                    "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategory", "B", "Irish")),
            "White Irish");
    Migration.Result<Concept> r = M.migrate(c, "Patient.extension[1].valueCodeableConcept");
    assertThat(r.migrated()).isTrue();
    assertThat(r.value().text()).isEqualTo("White Irish");
    assertThat(r.value().codings().get(0)).isEqualTo(c.codings().get(0));
    assertThat(r.value().codings().get(1).system()).isEqualTo(CodeSystems.ETHNIC_CATEGORY_ENGLAND);
    assertThat(r.issues())
        .singleElement()
        .extracting(Issue::location)
        .isEqualTo("Patient.extension[1].valueCodeableConcept.coding[1]");
    assertThat(M.migratedSystems()).hasSize(8);
  }

  @Test
  void everyMigrationTarget_existsInItsCodeSystem_andEverySourceInTheRetiredOne() {
    for (String url : Migration.BUNDLED_MAPS) {
      ConceptMap map = T.conceptMap(url).orElseThrow();
      for (ConceptMap.Group g : map.groups()) {
        CodeSystem source = T.codeSystem(g.source()).orElseThrow();
        CodeSystem target = T.codeSystem(g.target()).orElseThrow();
        assertThat(source.status()).as(g.source()).isEqualTo(PublicationStatus.RETIRED);
        assertThat(target.status()).as(g.target()).isEqualTo(PublicationStatus.ACTIVE);
        for (ConceptMap.Element e : g.elements()) {
          assertThat(source.contains(e.code())).as(e.code()).isTrue();
          for (ConceptMap.Target t : e.targets()) {
            if (t.code() != null) {
              assertThat(target.concept(t.code()).orElseThrow().display()).isEqualTo(t.display());
            }
          }
        }
      }
    }
  }
}
