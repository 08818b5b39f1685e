package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.KoineParseException;
import dev.koine.fhir.Limits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus file: read, write in the same format and read again gives an equal tree; JSON output
 * is semantically the input (Jackson databind, key order aside); XML -> JSON -> XML gives the same
 * tree; leaf counts agree across formats. Deviations are listed in the manifest.
 */
class CorpusRoundTripTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  @TestFactory
  Stream<DynamicTest> everyCorpusFile() {
    return CorpusFile.all().stream().map(f -> DynamicTest.dynamicTest(f.path(), () -> check(f)));
  }

  @Test
  void corpusCountsAndManifestPathsExist() {
    List<CorpusFile> all = CorpusFile.all();
    Map<String, Long> perFolder = new TreeMap<>();
    all.forEach(f -> perFolder.merge(f.folder() + (f.json() ? " json" : " xml"), 1L, Long::sum));
    assertThat(perFolder)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "bars-api json", 37L,
                "fhir-r4-core-examples json", 111L,
                "nhsconnect-itk3-toc json", 5L,
                "nhsconnect-itk3-toc xml", 33L,
                "nhsd-lab-results-adaptor json", 19L,
                "nhse-simplifier-backup xml", 28L,
                "ukcore xml", 172L));
    List<String> paths = new ArrayList<>();
    all.forEach(f -> paths.add(f.path()));
    assertThat(paths).containsAll(CorpusManifest.paths());
  }

  private static FhirTree read(CorpusFile f, byte[] bytes, boolean json) {
    FhirStructure s = f.structure();
    return json
        ? new FhirJsonReader(s, Limits.defaults()).read(bytes)
        : new FhirXmlReader(s, Limits.defaults()).read(bytes);
  }

  private static byte[] write(CorpusFile f, FhirNode root, boolean json, boolean pretty) {
    FhirStructure s = f.structure();
    return json
        ? new FhirJsonWriter(s, pretty).write(root)
        : new FhirXmlWriter(s, pretty).write(root);
  }

  private static void check(CorpusFile f) throws IOException {
    byte[] input = f.bytes();
    if (CorpusManifest.is(f, CorpusManifest.Expectation.PARSE_ERROR)) {
      String where = CorpusManifest.of(f).detail();
      assertThatThrownBy(() -> read(f, input, f.json()))
          .isInstanceOf(KoineParseException.class)
          .satisfies(
              e -> assertThat(((KoineParseException) e).location()).startsWith(where + " (line "));
      return;
    }
    FhirStructure s = f.structure();
    FhirTree tree = read(f, input, f.json());
    if (CorpusManifest.is(f, CorpusManifest.Expectation.NO_NAMESPACE)) {
      assertThat(tree.issues())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.code()).isEqualTo(IssueCode.NORMALISED);
                assertThat(i.location()).isEqualTo(tree.root().resourceType());
              });
    } else {
      assertThat(tree.issues()).isEmpty();
    }
    assertThat(tree.size()).isPositive();
    FhirNode canonical = Canonical.sorted(s, tree.root());

    // same format, pretty and compact: equal tree, and writing again gives the same bytes
    for (boolean pretty : new boolean[] {true, false}) {
      byte[] out = write(f, tree.root(), f.json(), pretty);
      FhirTree again = read(f, out, f.json());
      assertThat(again.root()).isEqualTo(canonical);
      assertThat(write(f, again.root(), f.json(), pretty)).isEqualTo(out);
      assertThat(again.leafCount()).isEqualTo(tree.leafCount());
    }

    if (f.json()) {
      byte[] compact = write(f, tree.root(), true, false);
      JsonNode expected = withoutNulls(MAPPER.readTree(input));
      JsonNode actual = MAPPER.readTree(compact);
      assertThat(actual.equals(FhirJsonExactNumbers.COMPARATOR, expected))
          .as("compact JSON is semantically the input")
          .isTrue();
      // JSON -> XML -> JSON: the same content (XML cannot say an unknown element repeats)
      FhirTree viaXml = read(f, write(f, tree.root(), false, true), false);
      assertThat(withoutUnknownArrays(s, Trees.normalised(s, viaXml.root())))
          .isEqualTo(withoutUnknownArrays(s, Trees.normalised(s, tree.root())));
      assertThat(viaXml.leafCount()).isEqualTo(tree.leafCount());
    } else {
      // XML -> JSON -> XML: the same tree, and JSON reads back to it too
      FhirTree viaJson = read(f, write(f, tree.root(), true, false), true);
      assertThat(viaJson.root()).isEqualTo(canonical);
      FhirTree back = read(f, write(f, viaJson.root(), false, true), false);
      assertThat(back.root()).isEqualTo(canonical);
      assertThat(viaJson.leafCount()).isEqualTo(tree.leafCount());
    }
  }

  /** JSON nulls and empty arrays carry nothing; the reader skips them. */
  private static JsonNode withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> drop = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        JsonNode v = e.getValue();
        if (v.isNull() || (v.isArray() && v.isEmpty())) {
          drop.add(e.getKey());
        } else {
          withoutNulls(v);
        }
      }
      o.remove(drop);
    } else if (node instanceof ArrayNode) {
      node.forEach(CorpusRoundTripTest::withoutNulls);
    }
    return node;
  }

  private static FhirNode withoutUnknownArrays(FhirStructure s, FhirNode node) {
    return unknownArrays(s, node, node.resourceType());
  }

  private static FhirNode unknownArrays(FhirStructure s, FhirNode node, String type) {
    List<FhirNode> children = new ArrayList<>();
    String own = node.isResource() ? node.resourceType() : type;
    for (FhirNode c : node.children()) {
      FhirStructure.Child info = s.child(own, c.name());
      FhirNode fixed = unknownArrays(s, c, info == null ? null : info.type());
      if (info == null && !c.isResource()) {
        fixed = fixed.withArray(false);
      }
      children.add(fixed);
    }
    return new FhirNode(
        node.name(),
        node.resourceType(),
        node.value(),
        node.kind(),
        node.elementId(),
        List.copyOf(children),
        node.array(),
        node.ordinal());
  }
}
