package dev.koine.terminology.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.terminology.ConceptMap;
import dev.koine.terminology.Equivalence;
import dev.koine.terminology.TerminologyArbitraries;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The string pool, the ECL list recogniser and the v2-to-FHIR sheet reader. */
class InternalsTest {

  @Provide
  Arbitrary<List<String>> strings() {
    return net.jqwik.api.Arbitraries.oneOf(
            TerminologyArbitraries.displays(), TerminologyArbitraries.codes())
        .list()
        .ofMaxSize(200);
  }

  @Property(tries = 300)
  void stringPool_returnsWhatWasAdded_andComparesWithoutDecoding(
      @ForAll("strings") List<String> values) {
    StringPool pool = new StringPool();
    List<Integer> ids = new ArrayList<>();
    for (String v : values) {
      ids.add(pool.add(v));
    }
    pool.trim();
    for (int i = 0; i < values.size(); i++) {
      assertThat(pool.get(ids.get(i))).isEqualTo(values.get(i));
      assertThat(pool.equalsAt(ids.get(i), values.get(i))).isTrue();
      for (int j = 0; j < Math.min(values.size(), 5); j++) {
        assertThat(pool.equalsAt(ids.get(i), values.get(j)))
            .isEqualTo(values.get(i).equals(values.get(j)));
      }
    }
    assertThat(pool.get(StringPool.NULL)).isNull();
    assertThat(pool.equalsAt(StringPool.NULL, null)).isTrue();
  }

  @Test
  void stringPool_spansChunks_andLatin1LookalikesAreNotEqual() {
    StringPool pool = new StringPool();
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      ids.add(pool.add("code-" + i));
    }
    assertThat(pool.get(ids.get(299_999))).isEqualTo("code-299999");
    int e = pool.add("é"); // UTF-8 C3 A9
    assertThat(pool.equalsAt(e, "\u00c3\u00a9")).isFalse();
    assertThat(pool.equalsAt(e, "é")).isTrue();
  }

  @Test
  void eclDisjunction_recognisesPlainListsOnly() {
    assertThat(EclDisjunction.parse("(248234008 |Mentally alert| OR 300202002 or 450847001)"))
        .containsExactly("248234008", "300202002", "450847001");
    assertThat(EclDisjunction.parse("419841000001106")).containsExactly("419841000001106");
    assertThat(EclDisjunction.parse("descendantOf 404684003")).isNull();
    assertThat(EclDisjunction.parse("<<404684003")).isNull();
    assertThat(EclDisjunction.parse("memberOf 44991000237108")).isNull();
    assertThat(EclDisjunction.parse("(248337003 OR 1003998008) MINUS (925931000000103)")).isNull();
    assertThat(EclDisjunction.parse("12345")).isNull();
    assertThat(EclDisjunction.parse("248234008 OR")).isNull();
  }

  @Test
  void v2Sheet_locatesColumnsByHeader_andConvertsRows() {
    String sheet =
        "HL7 v2,,,Condition (IF TRUE),,HL7 FHIR,,,Comments\n"
            + "Code,Text,Code System,Computable,Narrative,Code,Display,Code System,\n"
            + "F\u00a0,Female,HL70001,,,female,Female,http://hl7.org/fhir/administrative-gender,\n"
            + "X,Odd,HL70001,IF NOT MAPPED ERROR,,,,,no FHIR code\n"
            + ",,,,,unknown,Unknown,http://hl7.org/fhir/administrative-gender,\n";
    V2Sheet s = V2Sheet.read(new StringReader(sheet), "HL7 Concept Map_ Test[Sex] - Sheet1.csv");
    ConceptMap map = s.map();
    assertThat(map.url()).isEqualTo("https://koine.dev/fhir/ConceptMap/v2-to-fhir-Test-Sex");
    assertThat(map.groups()).hasSize(2);
    ConceptMap.Element f = map.groups().get(0).elements().get(0);
    assertThat(f.code()).isEqualTo("F");
    assertThat(f.targets().get(0))
        .isEqualTo(ConceptMap.Target.of("female", "Female", Equivalence.EQUIVALENT));
    ConceptMap.Element x = map.groups().get(1).elements().get(0);
    assertThat(x.targets().get(0).equivalence()).isEqualTo(Equivalence.UNMATCHED);
    assertThat(x.targets().get(0).comment())
        .isEqualTo("Condition: IF NOT MAPPED ERROR no FHIR code");
    assertThat(map.groups().get(0).source())
        .isEqualTo("http://terminology.hl7.org/CodeSystem/v2-0001");
    assertThat(s.table("0001", "test").concepts()).hasSize(2);
    assertThat(V2Sheet.tableUrl("HL7-0354")).endsWith("/v2-0354");
    assertThat(V2Sheet.tableUrl("HL0207")).endsWith("/v2-0207");
  }
}
