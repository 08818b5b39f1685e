package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.fhir.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumptionTest {
  private static final String BUNDLE =
      "{\"resourceType\":\"Bundle\",\"type\":\"message\",\"entry\":[{\"fullUrl\":\"urn:uuid:1\","
          + "\"resource\":{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"s\","
          + "\"value\":\"v\",\"extension\":[{\"url\":\"u\",\"valueCodeableConcept\":{\"coding\":"
          + "[{\"code\":\"c\"}]}}]}],\"name\":[{\"_given\":[{\"id\":\"g\"}]}]}}]}";

  private static FhirTree tree() {
    return new FhirJsonReader(FhirStructure.r4(), Limits.defaults()).read(BUNDLE);
  }

  private static List<String> paths(List<FhirTree.Leaf> leaves) {
    return leaves.stream().map(FhirTree.Leaf::path).toList();
  }

  @Test
  void unconsumedLeaves_haveFhirPaths() {
    FhirTree tree = tree();
    assertThat(tree.leafCount()).isEqualTo(7);
    assertThat(paths(tree.newConsumption().unconsumedLeaves()))
        .containsExactly(
            "Bundle.type",
            "Bundle.entry[0].fullUrl",
            "Bundle.entry[0].resource.ofType(Patient).identifier[0].system",
            "Bundle.entry[0].resource.ofType(Patient).identifier[0].value",
            "Bundle.entry[0].resource.ofType(Patient).identifier[0].extension[0].url",
            "Bundle.entry[0].resource.ofType(Patient).identifier[0].extension[0]"
                + ".valueCodeableConcept.coding[0].code",
            "Bundle.entry[0].resource.ofType(Patient).name[0].given[0]");
  }

  @Test
  void marking_removesLeavesAndIsPerDecode() {
    FhirTree tree = tree();
    Consumption first = tree.newConsumption();
    FhirNode patient = tree.root().child("entry").child("resource");
    first.mark(tree.root().child("type"));
    first.markSubtree(patient.child("identifier"));
    first.mark(patient); // a non-leaf: changes nothing for the leaves
    assertThat(paths(first.unconsumedLeaves()))
        .containsExactly(
            "Bundle.entry[0].fullUrl", "Bundle.entry[0].resource.ofType(Patient).name[0].given[0]");
    assertThat(first.isMarked(patient)).isTrue();
    Consumption second = tree.newConsumption();
    assertThat(second.unconsumedLeaves()).hasSize(7);
    assertThat(second.markedCount()).isZero();
  }

  @Test
  void marking_aNodeOfAnotherTree_refused() {
    FhirTree tree = tree();
    FhirNode built = FhirNode.primitive("active", "true", ValueKind.BOOLEAN);
    assertThatThrownBy(() -> tree.newConsumption().mark(built))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_numbersABuiltTree() {
    FhirNode built =
        FhirNode.resource(
            "Patient", "Patient", List.of(FhirNode.primitive("active", "true", ValueKind.BOOLEAN)));
    FhirTree tree = FhirTree.of(built);
    assertThat(tree.size()).isEqualTo(2);
    assertThat(tree.root()).isEqualTo(built);
    Consumption c = tree.newConsumption();
    c.mark(tree.root().child("active"));
    assertThat(c.unconsumedLeaves()).isEmpty();
  }

  @Test
  void leafAndNode_toString_neverShowValues() {
    FhirTree tree = tree();
    FhirNode system =
        tree.root().child("entry").child("resource").child("identifier").child("system");
    assertThat(system.toString())
        .doesNotContain("\"s\"")
        .isEqualTo("FhirNode[system primitive=STRING value children=0]");
    assertThat(tree.leaves().get(0).toString()).isEqualTo("Bundle.type");
  }
}
