package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.koine.fhir.Limits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * HAPI FHIR as the oracle, for every R4 and STU3 corpus resource: HAPI parses our JSON and XML
 * output without error, and HAPI's re-encoding of the input equals its re-encoding of our output.
 * Our compact JSON also equals HAPI's compact encoding of the input (definition order, number
 * text), except where the manifest says HAPI drops content we keep.
 *
 * <p>HAPI is configured not to override a resource's id with its entry's {@code urn:uuid:} fullUrl
 * and not to strip versions from references (both lose input content). One HAPI quirk is normalised
 * on HAPI's side only: an XML comment in a primitive makes HAPI write an empty {@code "_x": {}},
 * which carries nothing.
 */
class HapiOracleTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  private static final Pattern EMPTY_ELEMENT = Pattern.compile("<(\\w+)([^<>]*)></\\1>");
  private static FhirContext r4;
  private static FhirContext stu3;

  @BeforeAll
  static void contexts() {
    r4 = configure(FhirContext.forR4Cached());
    stu3 = configure(FhirContext.forDstu3Cached());
  }

  private static FhirContext configure(FhirContext ctx) {
    ctx.getParserOptions().setOverrideResourceIdWithBundleEntryFullUrl(false);
    ctx.getParserOptions().setStripVersionsFromReferences(false);
    return ctx;
  }

  @TestFactory
  Stream<DynamicTest> hapiAgreesOnEveryCorpusResource() {
    return CorpusFile.all().stream()
        .filter(f -> !CorpusManifest.is(f, CorpusManifest.Expectation.PARSE_ERROR))
        .map(f -> DynamicTest.dynamicTest(f.path(), () -> check(f)));
  }

  private static String hapiJson(FhirContext ctx, String input, boolean json) throws Exception {
    IParser parser = json ? ctx.newJsonParser() : ctx.newXmlParser();
    return normalised(ctx.newJsonParser().encodeResourceToString(parser.parseResource(input)));
  }

  /** The same JSON without HAPI's empty {@code "_x": {}} (numbers keep their exact text). */
  private static String normalised(String json) throws Exception {
    JsonNode tree = MAPPER.readTree(json);
    withoutEmptyPrimitiveExtensions(tree);
    return MAPPER.writeValueAsString(tree);
  }

  private static void check(CorpusFile f) throws Exception {
    FhirContext ctx = f.stu3() ? stu3 : r4;
    FhirStructure s = f.structure();
    FhirTree tree =
        f.json()
            ? new FhirJsonReader(s, Limits.defaults()).read(f.bytes())
            : new FhirXmlReader(s, Limits.defaults()).read(f.bytes());
    String ourJson = new FhirJsonWriter(s, false).writeString(tree.root());
    String ourXml = new FhirXmlWriter(s, true).writeString(tree.root());

    String fromInput = hapiJson(ctx, new String(f.bytes(), StandardCharsets.UTF_8), f.json());
    String fromOurJson = hapiJson(ctx, ourJson, true);
    String fromOurXml = hapiJson(ctx, ourXml, false);

    if (CorpusManifest.is(f, CorpusManifest.Expectation.HAPI_INCONSISTENT)) {
      // HAPI reads the input JSON and our JSON alike, but our equivalent XML differently
      assertThat(fromOurJson).isEqualTo(fromInput);
      assertThat(fromOurXml).isNotEqualTo(fromOurJson);
      return;
    }
    assertThat(fromOurXml).as("HAPI reads our JSON and our XML alike").isEqualTo(fromOurJson);
    assertThat(fromOurJson)
        .as("HAPI re-encodes our output as it re-encodes the input")
        .isEqualTo(fromInput);
    if (CorpusManifest.is(f, CorpusManifest.Expectation.HAPI_DROPS)) {
      assertThat(normalised(ourJson)).isNotEqualTo(fromInput);
    } else if (CorpusManifest.is(f, CorpusManifest.Expectation.HAPI_XHTML)) {
      assertThat(normalised(ourJson)).isNotEqualTo(fromInput);
      assertThat(normalised(EMPTY_ELEMENT.matcher(ourJson).replaceAll("<$1$2/>")))
          .isEqualTo(fromInput);
    } else {
      assertThat(normalised(ourJson))
          .as("our compact JSON is HAPI's canonical JSON")
          .isEqualTo(fromInput);
    }
  }

  private static void withoutEmptyPrimitiveExtensions(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> drop = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        JsonNode v = e.getValue();
        if (e.getKey().startsWith("_") && v.isObject() && v.isEmpty()) {
          drop.add(e.getKey());
        } else {
          withoutEmptyPrimitiveExtensions(v);
        }
      }
      o.remove(drop);
    } else if (node instanceof ArrayNode) {
      node.forEach(HapiOracleTest::withoutEmptyPrimitiveExtensions);
    }
  }
}
