package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invariants of concept maps, CSV and JSON conversion, translation and coverage. */
class ConceptMapProperties {

  @Provide
  Arbitrary<ConceptMap> csvMaps() {
    return TerminologyArbitraries.csvMaps();
  }

  @Provide
  Arbitrary<ConceptMap> fhirMaps() {
    return TerminologyArbitraries.fhirMaps();
  }

  @Provide
  Arbitrary<ConceptMap> oneToOneMaps() {
    return TerminologyArbitraries.oneToOneMaps();
  }

  @Provide
  Arbitrary<String> codes() {
    return TerminologyArbitraries.codes();
  }

  @Provide
  Arbitrary<List<String>> codeLists() {
    return TerminologyArbitraries.codes().list().ofMaxSize(20);
  }

  @Property(tries = 200)
  void csv_conceptMap_csv_isIdentity(@ForAll("csvMaps") ConceptMap map) {
    String csv = ConceptMaps.toCsv(map);
    ConceptMap back =
        ConceptMaps.readCsv(new StringReader(csv), "generated.csv", map.url(), map.version());
    assertThat(back).isEqualTo(map);
    assertThat(ConceptMaps.toCsv(back)).isEqualTo(csv);
  }

  @Property(tries = 100)
  void csvBytes_carryTheirDigestAsVersion(@ForAll("csvMaps") ConceptMap map) {
    byte[] csv = ConceptMaps.toCsv(map).getBytes(StandardCharsets.UTF_8);
    ConceptMap a = ConceptMaps.readCsv(new ByteArrayInputStream(csv), "a.csv", map.url(), null);
    ConceptMap b = ConceptMaps.readCsv(new ByteArrayInputStream(csv), "b.csv", map.url(), null);
    assertThat(a.version()).startsWith("sha256:").hasSize(19).isEqualTo(b.version());
    assertThat(a.groups()).isEqualTo(map.groups());
  }

  @Property(tries = 150)
  void json_conceptMap_json_isIdentity(@ForAll("fhirMaps") ConceptMap map) {
    String json = ConceptMaps.toJson(map);
    TerminologyResource back =
        TerminologyFiles.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            ResourceFormat.FHIR_JSON,
            "generated.json");
    assertThat(back).isEqualTo(map);
  }

  @Property(tries = 150)
  void everyElement_translatesToExactlyItsTargets(@ForAll("fhirMaps") ConceptMap map) {
    ConceptMapCorpusTest.assertTranslatesExactly(map);
  }

  @Property(tries = 150)
  void aCodeAbsentFromTheMap_isNeverMapped(
      @ForAll("csvMaps") ConceptMap map, @ForAll("codes") String code) {
    Set<String> present = new HashSet<>();
    for (ConceptMap.Group g : map.groups()) {
      for (ConceptMap.Element e : g.elements()) {
        present.add(e.code());
      }
    }
    if (present.contains(code)) {
      return;
    }
    for (String system : List.of("http://example.org/local/lab", "urn:oid:1.2.3.4")) {
      Translation t = map.translate(Coding.of(system, code));
      assertThat(t.targets()).isEmpty();
      assertThat(t.status()).isEqualTo(Translation.Status.UNMAPPED);
      assertThat(t.toIssue("PID-8")).isPresent();
    }
    assertThat(map.translate(new Coding(null, null, code, null)).isMapped()).isFalse();
  }

  @Property(tries = 150)
  void reverseOfTranslate_isTheSource_forOneToOneEquivalentMaps(
      @ForAll("oneToOneMaps") ConceptMap map) {
    ConceptMap reversed = map.reverse();
    ConceptMap.Group group = map.groups().get(0);
    for (ConceptMap.Element e : group.elements()) {
      Coding source = new Coding(group.source(), null, e.code(), e.display());
      Translation forward = map.translate(source);
      assertThat(forward.status()).isEqualTo(Translation.Status.MAPPED);
      Coding target = forward.matches().get(0).coding().orElseThrow();
      Translation back = reversed.translate(target);
      assertThat(back.status()).isEqualTo(Translation.Status.MAPPED);
      assertThat(back.matches().get(0).coding()).contains(source);
      assertThat(back.matches().get(0).equivalence()).isEqualTo(Equivalence.EQUIVALENT);
    }
    assertThat(reversed.reverse()).isEqualTo(map);
  }

  @Property
  void equivalenceReverse_isAnInvolution(@ForAll Equivalence e) {
    assertThat(e.reverse().reverse()).isEqualTo(e);
    assertThat(e.reverse().isMatch()).isEqualTo(e.isMatch());
    assertThat(Equivalence.fromCode(e.code())).contains(e);
  }

  @Property(tries = 150)
  void coverageCounts_addUp(
      @ForAll("csvMaps") ConceptMap map, @ForAll("codeLists") List<String> extra) {
    List<Coding> codings = new ArrayList<>();
    for (ConceptMap.Group g : map.groups()) {
      for (ConceptMap.Element e : g.elements()) {
        codings.add(new Coding(g.source(), null, e.code(), null));
        codings.add(new Coding(g.source(), null, e.code(), null)); // duplicates count once
      }
    }
    for (String c : extra) {
      codings.add(Coding.of("http://example.org/local/lab", c));
    }
    CoverageReport r = map.coverage(codings);
    Set<List<String>> distinct = new HashSet<>();
    codings.forEach(c -> distinct.add(Arrays.asList(c.system(), c.code())));
    assertThat(r.total()).isEqualTo(distinct.size());
    assertThat(r.mapped().size() + r.unmapped().size() + r.ambiguous().size()).isEqualTo(r.total());
    r.mapped()
        .forEach(c -> assertThat(map.translate(c).status()).isEqualTo(Translation.Status.MAPPED));
    r.unmapped()
        .forEach(c -> assertThat(map.translate(c).status()).isEqualTo(Translation.Status.UNMAPPED));
    r.ambiguous()
        .forEach(
            c -> assertThat(map.translate(c).status()).isEqualTo(Translation.Status.AMBIGUOUS));
    assertThat(r.coverage()).isBetween(0.0, 1.0);
  }

  @Property(tries = 100)
  void appendTo_keepsTheLocalCodingFirst(@ForAll("oneToOneMaps") ConceptMap map) {
    ConceptMap.Element e = map.groups().get(0).elements().get(0);
    Coding local = Coding.of(map.groups().get(0).source(), e.code());
    Concept translated = map.translate(local).appendTo(Concept.of(local));
    assertThat(translated.codings()).hasSize(2);
    assertThat(translated.codings().get(0)).isEqualTo(local);
    assertThat(translated.codings().get(1).code()).isEqualTo(e.targets().get(0).code());
  }

  @Property(tries = 30)
  void bigGroups_indexEveryCode(@ForAll("codes") String prefix) {
    int n = Arbitraries.integers().between(1, 3000).sample();
    List<ConceptMap.Element> elements = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      elements.add(
          ConceptMap.Element.of(
              prefix + i, null, ConceptMap.Target.of("T" + i, null, Equivalence.EQUIVALENT)));
    }
    ConceptMap map = ConceptMap.of("urn:x", null, List.of(ConceptMap.Group.of("s", "t", elements)));
    for (int i = 0; i < n; i++) {
      assertThat(map.translate("s", prefix + i).matches())
          .singleElement()
          .extracting(Translation.Target::code)
          .isEqualTo("T" + i);
    }
    assertThat(map.translate("s", prefix + n).isMapped()).isFalse();
  }
}
