package dev.koine.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every category of the language-agnostic test vectors of the reference
 * implementation ({@code uk-fci/nhs-number} {@code tests/vectors/nhs_number_cases.json}, MIT; see
 * {@code corpus/uk-fci-nhs-number/_SOURCE.txt}) against the Koine API. Each category maps to one
 * method.
 */
class NhsNumberVectorTest {
  private static final String VECTORS = "/corpus/uk-fci-nhs-number/nhs_number_cases.json";

  private static final Map<String, Consumer<JsonNode>> CATEGORIES = new LinkedHashMap<>();

  static {
    CATEGORIES.put("calculate_checksum", NhsNumberVectorTest::calculateChecksum);
    CATEGORIES.put("standardise", NhsNumberVectorTest::standardise);
    CATEGORIES.put("standardise_from_int", NhsNumberVectorTest::standardiseFromInt);
    CATEGORIES.put("is_valid", NhsNumberVectorTest::isValid);
    CATEGORIES.put("is_valid_for_region", NhsNumberVectorTest::isValidForRegion);
    CATEGORIES.put("region_of", NhsNumberVectorTest::regionOf);
    CATEGORIES.put("range_boundaries", NhsNumberVectorTest::rangeBoundaries);
  }

  private static JsonNode vectors() throws IOException {
    try (InputStream in = NhsNumberVectorTest.class.getResourceAsStream(VECTORS)) {
      assertThat(in).as("test vectors on the class path").isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void every_category_of_the_file_is_handled() throws IOException {
    List<String> categories = new ArrayList<>();
    vectors().fieldNames().forEachRemaining(categories::add);
    categories.remove("_about");
    assertThat(categories).containsExactlyInAnyOrderElementsOf(CATEGORIES.keySet());
  }

  @TestFactory
  List<DynamicNode> vectors_of_the_reference_implementation() throws IOException {
    JsonNode root = vectors();
    List<DynamicNode> containers = new ArrayList<>();
    int total = 0;
    for (Map.Entry<String, Consumer<JsonNode>> category : CATEGORIES.entrySet()) {
      JsonNode cases = root.get(category.getKey());
      assertThat(cases).as(category.getKey()).isNotNull();
      assertThat(cases.isArray() && cases.size() > 0).as(category.getKey()).isTrue();
      List<DynamicNode> tests = new ArrayList<>();
      int index = 0;
      for (Iterator<JsonNode> it = cases.elements(); it.hasNext(); index++) {
        JsonNode c = it.next();
        tests.add(dynamicTest("[" + index + "] " + c, () -> category.getValue().accept(c)));
      }
      total += tests.size();
      containers.add(dynamicContainer(category.getKey(), tests));
    }
    assertThat(total).isEqualTo(37);
    return containers;
  }

  private static void calculateChecksum(JsonNode c) {
    String nine = c.get("identifier").asText();
    JsonNode expected = c.get("checksum");
    if (expected.isNull()) {
      assertThatThrownBy(() -> NhsNumber.checkDigit(nine))
          .isInstanceOf(IllegalArgumentException.class);
    } else {
      assertThat(NhsNumber.checkDigit(nine)).isEqualTo(expected.asInt());
    }
  }

  private static void standardise(JsonNode c) {
    assertThat(NhsNumber.standardise(c.get("input").asText()))
        .isEqualTo(optional(c.get("output").asText()));
  }

  private static void standardiseFromInt(JsonNode c) {
    assertThat(NhsNumber.standardise(c.get("input").asLong()))
        .isEqualTo(optional(c.get("output").asText()));
  }

  private static void isValid(JsonNode c) {
    String input = c.get("input").asText();
    boolean valid = c.get("valid").asBoolean();
    assertThat(NhsNumber.isValid(input)).isEqualTo(valid);
    assertThat(NhsNumber.check(input).isValid()).isEqualTo(valid);
    assertThat(NhsNumber.tryParse(input).isPresent()).isEqualTo(valid);
  }

  private static void isValidForRegion(JsonNode c) {
    NhsNumberRegion region = region(c.get("region").asText());
    assertThat(NhsNumber.isValid(c.get("input").asText(), region))
        .isEqualTo(c.get("valid").asBoolean());
  }

  private static void regionOf(JsonNode c) {
    NhsNumber number = NhsNumber.parse(c.get("number").asText());
    assertThat(number.region()).isEqualTo(region(c.get("region").asText()));
  }

  private static void rangeBoundaries(JsonNode c) {
    NhsNumberRange range = NhsNumberRange.valueOf(c.get("range").asText());
    assertThat(range.first()).isEqualTo(c.get("start").asLong());
    assertThat(range.last()).isEqualTo(c.get("end").asLong());
  }

  private static NhsNumberRegion region(String referenceName) {
    return NhsNumberRegion.byReferenceName(referenceName)
        .orElseThrow(() -> new AssertionError("unknown region " + referenceName));
  }

  private static Optional<String> optional(String output) {
    return output.isEmpty() ? Optional.empty() : Optional.of(output);
  }
}
