package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.code.Coding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the {@code koine translate} command needs: token parsing and the printed lines. */
class CliSupportTest {

  @Test
  void coding_parsesSystemBarCode_orCodeAlone() {
    assertThat(ConceptMaps.coding("http://hl7.org/fhir/administrative-gender|female"))
        .isEqualTo(Coding.of("http://hl7.org/fhir/administrative-gender", "female"));
    assertThat(ConceptMaps.coding("F")).isEqualTo(new Coding(null, null, "F", null));
    assertThat(ConceptMaps.coding("|F")).isEqualTo(new Coding(null, null, "F", null));
    assertThatThrownBy(() -> ConceptMaps.coding("http://x|"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lines_oneLinePerTargetWithACode_orUnmapped() {
    ConceptMap map =
        ConceptMap.of(
            "urn:m",
            null,
            List.of(
                ConceptMap.Group.of(
                    "s",
                    "t",
                    List.of(
                        new ConceptMap.Element(
                            "a",
                            null,
                            List.of(
                                ConceptMap.Target.of("x", null, Equivalence.NARROWER),
                                ConceptMap.Target.of("y", null, Equivalence.INEXACT),
                                new ConceptMap.Target(null, null, Equivalence.UNMATCHED, "none"))),
                        ConceptMap.Element.of(
                            "b",
                            null,
                            new ConceptMap.Target(null, null, Equivalence.UNMATCHED, null))))));
    Translation a = map.translate(ConceptMaps.coding("a"));
    assertThat(a.status()).isEqualTo(Translation.Status.AMBIGUOUS);
    assertThat(a.lines())
        .containsExactly("a -> t|x (narrower) [urn:m]", "a -> t|y (inexact) [urn:m]");
    assertThat(map.translate(ConceptMaps.coding("s|b")).lines()).containsExactly("s|b -> UNMAPPED");
    assertThat(map.reverse().translate(ConceptMaps.coding("t|x")).lines())
        .containsExactly("t|x -> s|a (wider) [urn:m]");
  }
}
