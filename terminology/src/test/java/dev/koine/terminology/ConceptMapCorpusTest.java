package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.Coding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every element of every bundled and corpus concept map translates to exactly the targets and
 * equivalences it states.
 */
class ConceptMapCorpusTest {

  static List<Path> r4ExampleMaps() throws IOException, URISyntaxException {
    Path dir =
        Path.of(
                ConceptMapCorpusTest.class
                    .getResource("/corpus/fhir-r4-core-examples/_SOURCE.txt")
                    .toURI())
            .getParent();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("ConceptMap-")).sorted().toList();
    }
  }

  @Test
  void all80FhirR4ExampleConceptMaps_load() throws Exception {
    List<Path> files = r4ExampleMaps();
    assertThat(files).hasSize(80);
    int elements = 0;
    for (Path f : files) {
      ConceptMap map = ConceptMaps.load(f);
      assertThat(map.url()).as(f.toString()).isNotBlank();
      elements += map.size();
    }
    assertThat(elements).isEqualTo(684);
  }

  /**
   * The expected translation of every coded element, computed independently of the index: the
   * union, in map order, of the targets of every element with that code in every group accepting
   * the system.
   */
  static void assertTranslatesExactly(ConceptMap map) {
    Set<List<String>> keys = new LinkedHashSet<>();
    for (ConceptMap.Group g : map.groups()) {
      for (ConceptMap.Element e : g.elements()) {
        if (e.code() != null) {
          keys.add(Arrays.asList(g.source(), e.code()));
          keys.add(Arrays.asList(null, e.code()));
        }
      }
    }
    for (List<String> key : keys) {
      String system = key.get(0);
      String code = key.get(1);
      // the oracle: every target of every element with this code, in every group that accepts
      // the system (a group or coding without a system accepts all)
      List<Translation.Target> want = new ArrayList<>();
      for (ConceptMap.Group g : map.groups()) {
        if (g.source() != null && system != null && !g.source().equals(system)) {
          continue;
        }
        for (ConceptMap.Element e : g.elements()) {
          if (code.equals(e.code())) {
            for (ConceptMap.Target t : e.targets()) {
              want.add(
                  new Translation.Target(
                      g.target(),
                      g.targetVersion(),
                      t.code(),
                      t.display(),
                      t.equivalence(),
                      t.comment()));
            }
          }
        }
      }
      Coding coding = new Coding(system, null, code, null);
      Translation t = map.translate(coding);
      assertThat(t.targets())
          .as("%s: %s|%s", map.url(), system, code)
          .containsExactlyInAnyOrderElementsOf(want);
      assertThat(t.mapUrl()).isEqualTo(map.url());
      assertThat(t.mapVersion()).isEqualTo(map.version());
      assertThat(t.source()).isSameAs(coding);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyR4ExampleElement_translatesToExactlyItsTargets() throws Exception {
    return r4ExampleMaps().stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> assertTranslatesExactly(ConceptMaps.load(f))));
  }

  @TestFactory
  Stream<DynamicTest> everyBundledElement_translatesToExactlyItsTargets() {
    Terminology t = Terminology.bundled();
    return t.conceptMapUrls().stream()
        .map(
            url ->
                DynamicTest.dynamicTest(
                    url, () -> assertTranslatesExactly(t.conceptMap(url).orElseThrow())));
  }

  @Test
  void ukCoreAdministrativeGender_mapsToPersonStatedGender() {
    Translation t =
        Terminology.bundled()
            .translate(
                Coding.of("http://hl7.org/fhir/administrative-gender", "female"),
                "https://fhir.hl7.org.uk/ConceptMap/ConceptMap-UKCore-AdministrativeGender");
    assertThat(t.status()).isEqualTo(Translation.Status.MAPPED);
    assertThat(t.targets())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("2");
              assertThat(x.equivalence()).isEqualTo(Equivalence.EQUIVALENT);
              assertThat(x.system())
                  .isEqualTo(
                      "https://fhir.hl7.org.uk/CodeSystem/NHSDataModelAndDictionary-PersonStatedGenderCode");
            });
    assertThat(t.mapVersion()).isEqualTo("2.0.0");
  }

  @Test
  void example103_elementWithoutCode_neverMatches_andUnmatchedTargetsAreUnmapped()
      throws Exception {
    Path f =
        r4ExampleMaps().stream()
            .filter(p -> p.getFileName().toString().equals("ConceptMap-103.json"))
            .findFirst()
            .orElseThrow();
    ConceptMap map = ConceptMaps.load(f);
    assertThat(map.groups().get(0).elements().get(1).code()).isNull();
    ConceptMap addressUse = ConceptMaps.load(f.resolveSibling("ConceptMap-101.json"));
    // "old" has only a disjoint target: stated, but not a match
    Translation old = addressUse.translate(Coding.of("http://hl7.org/fhir/address-use", "old"));
    assertThat(old.targets()).hasSize(1);
    assertThat(old.status()).isEqualTo(Translation.Status.UNMAPPED);
    // the group's unmapped=fixed fallback is recorded, not applied
    assertThat(addressUse.groups().get(0).unmapped().mode()).isEqualTo("fixed");
    assertThat(
            addressUse.translate(Coding.of("http://hl7.org/fhir/address-use", "billing")).status())
        .isEqualTo(Translation.Status.UNMAPPED);
  }

  @Test
  void stu3XmlShape_andR5Relationship_load() {
    String stu3 =
        "<ConceptMap xmlns=\"http://hl7.org/fhir\">"
            + "<url value=\"https://fhir.nhs.uk/STU3/ConceptMap/example\"/><status value=\"draft\"/>"
            + "<sourceReference><reference value=\"https://fhir.nhs.uk/STU3/ValueSet/a\"/></sourceReference>"
            + "<targetReference><reference value=\"https://fhir.nhs.uk/STU3/ValueSet/b\"/></targetReference>"
            + "<group><source value=\"urn:a\"/><target value=\"urn:b\"/>"
            + "<element><code value=\"1\"/><target><code value=\"one\"/>"
            + "<equivalence value=\"equivalent\"/></target></element></group></ConceptMap>";
    ConceptMap map =
        (ConceptMap)
            TerminologyFiles.read(
                new ByteArrayInputStream(stu3.getBytes(StandardCharsets.UTF_8)),
                ResourceFormat.FHIR_XML,
                "stu3.xml");
    assertThat(map.sourceScope()).isEqualTo("https://fhir.nhs.uk/STU3/ValueSet/a");
    assertThat(map.targetScope()).isEqualTo("https://fhir.nhs.uk/STU3/ValueSet/b");
    assertThat(map.status()).isEqualTo(PublicationStatus.DRAFT);
    assertThat(map.translate("urn:a", "1").matches().get(0).code()).isEqualTo("one");
    String r5 =
        "{\"resourceType\":\"ConceptMap\",\"url\":\"urn:r5\",\"status\":\"active\",\"group\":"
            + "[{\"source\":\"urn:a\",\"element\":[{\"code\":\"1\",\"target\":[{\"code\":\"x\","
            + "\"relationship\":\"source-is-narrower-than-target\"}]}]}]}";
    ConceptMap m5 =
        (ConceptMap)
            TerminologyFiles.read(
                new ByteArrayInputStream(r5.getBytes(StandardCharsets.UTF_8)),
                ResourceFormat.FHIR_JSON,
                "r5.json");
    assertThat(m5.translate("urn:a", "1").targets().get(0).equivalence())
        .isEqualTo(Equivalence.WIDER);
  }
}
