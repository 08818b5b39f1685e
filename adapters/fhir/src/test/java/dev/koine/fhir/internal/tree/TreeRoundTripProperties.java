package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.fhir.Limits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated trees round-trip through JSON and XML; leaf counts and consumption marks hold. */
class TreeRoundTripProperties {
  private static final FhirStructure R4 = FhirStructure.r4();
  private static final FhirJsonReader JSON = new FhirJsonReader(R4, Limits.defaults());
  private static final FhirXmlReader XML = new FhirXmlReader(R4, Limits.defaults());

  @Provide
  Arbitrary<FhirNode> fhirTrees() {
    return Arbitraries.randomValue(r -> TreeGenerator.fhir(r, 40 + r.nextInt(160)));
  }

  @Provide
  Arbitrary<FhirNode> genericTrees() {
    return Arbitraries.randomValue(r -> TreeGenerator.generic(r, 10 + r.nextInt(60)));
  }

  @Property(tries = 300)
  void fhirTree_roundTripsThroughJson(@ForAll("fhirTrees") FhirNode tree, @ForAll boolean pretty) {
    byte[] json = new FhirJsonWriter(R4, pretty).write(tree);
    assertThat(JSON.read(json).root()).isEqualTo(tree);
  }

  @Property(tries = 300)
  void fhirTree_roundTripsThroughXml(@ForAll("fhirTrees") FhirNode tree, @ForAll boolean pretty) {
    byte[] xml = new FhirXmlWriter(R4, pretty).write(tree);
    assertThat(XML.read(xml).root()).isEqualTo(tree);
  }

  @Property(tries = 200)
  void fhirTree_sameTreeAndLeafCountFromBothFormats(@ForAll("fhirTrees") FhirNode tree) {
    FhirTree fromJson = JSON.read(new FhirJsonWriter(R4, false).write(tree));
    FhirTree fromXml = XML.read(new FhirXmlWriter(R4, false).write(tree));
    assertThat(fromXml.root()).isEqualTo(fromJson.root());
    assertThat(fromXml.leafCount()).isEqualTo(fromJson.leafCount());
    assertThat(fromJson.leafCount()).isEqualTo(FhirTree.of(tree).leafCount());
    assertThat(fromXml.size()).isEqualTo(fromJson.size());
  }

  @Property(tries = 500)
  void genericTree_roundTripsThroughJson(
      @ForAll("genericTrees") FhirNode tree, @ForAll boolean pretty) {
    byte[] json = new FhirJsonWriter(R4, pretty).write(tree);
    assertThat(JSON.read(json).root()).isEqualTo(tree);
  }

  @Property(tries = 300)
  void writing_isIdempotent(@ForAll("fhirTrees") FhirNode tree) {
    FhirJsonWriter jsonWriter = new FhirJsonWriter(R4, true);
    FhirXmlWriter xmlWriter = new FhirXmlWriter(R4, true);
    byte[] json = jsonWriter.write(tree);
    byte[] xml = xmlWriter.write(tree);
    assertThat(jsonWriter.write(XML.read(xml).root())).isEqualTo(json);
    assertThat(xmlWriter.write(JSON.read(json).root())).isEqualTo(xml);
  }

  @Property(tries = 200)
  void consumption_allButOneLeafMarked_reportsExactlyThatOne(
      @ForAll("fhirTrees") FhirNode built, @ForAll Random random) {
    // unconsumedLeaves skips its walk when the marked leaves number the tree's leaves: the count
    // must be exact whatever is marked twice, and a marked inner node must never count as a leaf
    FhirTree tree = JSON.read(new FhirJsonWriter(R4, false).write(built));
    List<FhirTree.Leaf> leaves = tree.leaves();
    Consumption consumption = tree.newConsumption();
    int spared = random.nextInt(leaves.size());
    for (int i = 0; i < leaves.size(); i++) {
      if (i != spared) {
        consumption.mark(leaves.get(i).node());
        consumption.mark(leaves.get(i).node());
      }
    }
    markInner(tree.root(), consumption, random);
    assertThat(consumption.unconsumedLeaves())
        .extracting(FhirTree.Leaf::path)
        .containsExactly(leaves.get(spared).path());
    consumption.mark(leaves.get(spared).node());
    assertThat(consumption.unconsumedLeaves()).isEmpty();
  }

  @Property(tries = 300)
  void consumption_unconsumedIsExactlyTheUnmarkedLeaves(
      @ForAll("fhirTrees") FhirNode built, @ForAll Random random) {
    FhirTree tree = JSON.read(new FhirJsonWriter(R4, false).write(built));
    List<FhirTree.Leaf> leaves = tree.leaves();
    assertThat(leaves).hasSize(tree.leafCount());
    Consumption consumption = tree.newConsumption();
    Set<FhirNode> marked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (FhirTree.Leaf leaf : leaves) {
      if (random.nextBoolean()) {
        consumption.mark(leaf.node());
        marked.add(leaf.node());
      }
    }
    // marking inner nodes never hides a leaf
    markInner(tree.root(), consumption, random);
    List<FhirTree.Leaf> expected = new ArrayList<>();
    for (FhirTree.Leaf leaf : leaves) {
      if (!marked.contains(leaf.node())) {
        expected.add(leaf);
      }
    }
    assertThat(consumption.unconsumedLeaves()).containsExactlyElementsOf(expected);
    assertThat(tree.newConsumption().unconsumedLeaves()).containsExactlyElementsOf(leaves);
  }

  @Property(tries = 200)
  void leafPaths_areDistinctAndValueFree(@ForAll("fhirTrees") FhirNode built) {
    FhirTree tree = FhirTree.of(built);
    Set<String> paths = new HashSet<>();
    for (FhirTree.Leaf leaf : tree.leaves()) {
      assertThat(paths.add(leaf.path())).as(leaf.path()).isTrue();
      assertThat(leaf.path())
          .matches("[A-Za-z]+(\\.[A-Za-z]+(\\[\\d+])?(\\.ofType\\([A-Za-z]+\\))?)*");
    }
  }

  private static void markInner(FhirNode node, Consumption consumption, Random random) {
    if (!node.isLeaf() && random.nextBoolean()) {
      consumption.mark(node);
    }
    for (FhirNode c : node.children()) {
      markInner(c, consumption, random);
    }
  }
}
