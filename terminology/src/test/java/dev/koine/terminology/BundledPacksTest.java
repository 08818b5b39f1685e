package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every bundled pack loads, with the counts the sources publish. */
class BundledPacksTest {
  private static final Terminology T = Terminology.bundled();

  private static List<String> urls(List<String> all, String prefix) {
    return all.stream().filter(u -> u.startsWith(prefix)).toList();
  }

  @Test
  void ukCore_hasAll88CodeSystems134ValueSetsAnd3ConceptMaps() {
    List<String> codeSystems = urls(T.codeSystemUrls(), "https://fhir.hl7.org.uk/CodeSystem/");
    List<String> valueSets = urls(T.valueSetUrls(), "https://fhir.hl7.org.uk/ValueSet/");
    List<String> maps = urls(T.conceptMapUrls(), "https://fhir.hl7.org.uk/ConceptMap/");
    assertThat(codeSystems).hasSize(88);
    assertThat(valueSets).hasSize(134);
    assertThat(maps).hasSize(3);
    for (String url : codeSystems) {
      assertThat(T.codeSystem(url)).as(url).isPresent();
    }
    for (String url : valueSets) {
      assertThat(T.valueSet(url)).as(url).isPresent();
    }
    for (String url : maps) {
      assertThat(T.conceptMap(url)).as(url).isPresent();
    }
  }

  @Test
  void ukCore_conceptCountsMatchNhsStandards() {
    Map<String, Integer> expected =
        Map.of(
            "AdmissionMethodEngland", 20,
            "SourceOfAdmissionEngland", 16,
            "DischargeDestinationEngland", 21,
            "DischargeMethodEngland", 8,
            "EthnicCategoryEngland", 18,
            "NHSNumberVerificationStatusEngland", 8,
            "PracticeSettingCode", 87,
            "RecordStandardHeadings", 186,
            "EthnicCategory", 68,
            "ITKResponseCode", 28);
    expected.forEach(
        (name, count) ->
            assertThat(T.codeSystem("https://fhir.hl7.org.uk/CodeSystem/UKCore-" + name))
                .as(name)
                .get()
                .extracting(CodeSystem::size)
                .isEqualTo(count));
    assertThat(T.codeSystem(CodeSystems.NHS_NUMBER_VERIFICATION_STATUS_STU1_RETIRED))
        .get()
        .extracting(CodeSystem::status)
        .isEqualTo(PublicationStatus.RETIRED);
  }

  @Test
  void everyIndexedResource_loads() {
    int n = T.loadAll();
    assertThat(n)
        .isEqualTo(T.codeSystemUrls().size() + T.valueSetUrls().size() + T.conceptMapUrls().size());
    assertThat(T.codeSystemUrls()).hasSize(181);
    assertThat(T.valueSetUrls()).hasSize(187);
    assertThat(T.conceptMapUrls()).hasSize(110);
  }

  @Test
  void itk3_messageEventsResponseCodesAndRecipientTypes() {
    assertThat(T.lookup(CodeSystems.ITK_MESSAGE_EVENT, "ITK008M"))
        .get()
        .extracting(ConceptDefinition::display)
        .isEqualTo("ITK Response");
    assertThat(T.codeSystem(CodeSystems.ITK_MESSAGE_EVENT).orElseThrow().size()).isEqualTo(12);
    assertThat(T.lookup(CodeSystems.ITK_RESPONSE_CODES, "20013"))
        .get()
        .extracting(ConceptDefinition::display)
        .isEqualTo("Success");
    assertThat(T.lookup(CodeSystems.ITK_RECIPIENT_TYPE, "FA"))
        .get()
        .extracting(ConceptDefinition::display)
        .isEqualTo("For Action");
    assertThat(T.lookup(CodeSystems.CARECONNECT_NHS_NUMBER_VERIFICATION_STATUS, "01")).isPresent();
    // ITK3 2.10 codes that the bundled fragment does not list are not called invalid
    assertThat(
            T.validate(
                    Coding.of(CodeSystems.ITK_RESPONSE_CODES, "30012"),
                    "https://fhir.nhs.uk/STU3/ValueSet/ITK-ResponseCodes-1")
                .status())
        .isEqualTo(ValidationResult.Status.NOT_CHECKED);
  }

  @Test
  void nhsEnglandAndBarsEvents() {
    assertThat(T.lookup(CodeSystems.NHS_MESSAGE_EVENT, "unsolicited-observations")).isPresent();
    assertThat(T.codeSystem(CodeSystems.NHS_MESSAGE_EVENT).orElseThrow().size()).isEqualTo(16);
    assertThat(T.codeSystem(CodeSystems.BARS_MESSAGE_EVENT).orElseThrow().concepts())
        .extracting(ConceptDefinition::code)
        .containsExactly(
            "booking-request",
            "booking-response",
            "servicerequest-request",
            "servicerequest-response");
    assertThat(T.codeSystem(CodeSystems.BARS_MESSAGE_REASON).orElseThrow().concepts())
        .extracting(ConceptDefinition::code)
        .containsExactly("new", "update", "delete");
    assertThat(
            T.validate(
                    Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "servicerequest-request"),
                    "https://fhir.hl7.org.uk/ValueSet/UKCore-MessageEvent")
                .status())
        .isEqualTo(ValidationResult.Status.VALID);
  }

  @Test
  void hl7v2Tables() {
    Map<String, Integer> sizes =
        Map.of(
            "0001", 6, "0002", 16, "0003", 367, "0004", 9, "0007", 7, "0008", 6, "0085", 15, "0203",
            108);
    sizes.forEach(
        (table, size) ->
            assertThat(T.codeSystem("http://terminology.hl7.org/CodeSystem/v2-" + table))
                .as(table)
                .get()
                .extracting(CodeSystem::size)
                .isEqualTo(size));
    for (String table :
        List.of(
            "0001", "0002", "0004", "0007", "0063", "0078", "0085", "0127", "0128", "0203", "0003",
            "0008")) {
      assertThat(T.codeSystem("http://terminology.hl7.org/CodeSystem/v2-" + table))
          .as(table)
          .isPresent();
    }
    assertThat(T.lookup(CodeSystems.V2_ADMINISTRATIVE_SEX, "F"))
        .get()
        .extracting(ConceptDefinition::display)
        .isEqualTo("Female");
    assertThat(T.lookup(CodeSystems.V2_ACK_CODE, "AE")).isPresent();
    // "< " in the sheet is a spreadsheet artefact: the code is "<"
    assertThat(T.lookup(CodeSystems.V2_ABNORMAL_FLAGS, "<")).isPresent();
  }

  @Test
  void fhirBaseCodeSystems() {
    assertThat(T.lookup(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, "female")).isPresent();
    assertThat(T.lookup("http://hl7.org/fhir/observation-status", "corrected"))
        .get()
        .extracting(ConceptDefinition::parent)
        .isEqualTo("amended");
    assertThat(T.codeSystem(CodeSystems.FHIR_ISSUE_TYPE).orElseThrow().size()).isEqualTo(31);
    assertThat(T.lookup(CodeSystems.FHIR_RESPONSE_CODE, "fatal-error")).isPresent();
  }

  @Test
  void valueSetClassification_countsAndReasons() {
    Map<ValueSet.Classification.Kind, Integer> counts = new TreeMap<>();
    Map<String, String> reasons = new TreeMap<>();
    for (String url : urls(T.valueSetUrls(), "https://fhir.hl7.org.uk/ValueSet/")) {
      ValueSet.Classification c = T.classify(T.valueSet(url).orElseThrow());
      counts.merge(c.kind(), 1, Integer::sum);
      if (c.reason() != null) {
        reasons.put(url.substring(url.lastIndexOf('/') + 1), c.reason());
      }
    }
    System.out.printf(Locale.ROOT, "UK Core value sets by classification: %s%n", counts);
    reasons.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %s: %s%n", k, v));
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(134);
    assertThat(reasons.get("UKCore-ConditionCode"))
        .startsWith("SNOMED CT descendantOf 404684003")
        .endsWith(": needs a terminology server");
    assertThat(reasons).doesNotContainKey("UKCore-EthnicCategory");
    assertThat(reasons).doesNotContainKey("UKCore-ACVPU"); // a plain list of SNOMED concepts
    assertThat(reasons.get("UKCore-MedicationCode")).startsWith("dm+d parent = VTM");
    assertThat(reasons.get("UKCore-ObservationVitalSignsType")).contains("SNOMED CT");
  }
}
