package dev.koine.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.KoineParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs google/fhir's language-neutral validation tables ({@code
 * corpus/google-fhir-validation-testdata/testdata/r4/validation/*.ndjson}, see {@code _SOURCE.txt})
 * for {@code date}, {@code dateTime}, {@code instant} and {@code time}: every valid string must
 * parse and print back identically; every invalid value must be refused.
 *
 * <p>Each line is one JSON value. {@code null} (in the valid tables) means "the primitive may be
 * absent in JSON", which a text parser has no counterpart for, so it is counted and skipped.
 * Non-string JSON values in the invalid tables ({@code true}, {@code 1}, {@code 1.0}) are refused
 * by the JSON layer for their type; here their text is also fed to the parser, which must refuse
 * it. No invalid value is deliberately accepted.
 */
class GoogleFhirValidationCorpusTest {
  private static final String DIR =
      "/corpus/google-fhir-validation-testdata/testdata/r4/validation/";

  /** How each table's type is parsed and printed. */
  private static final Map<String, Function<String, String>> ROUND_TRIP =
      Map.of(
          "date", s -> PartialDateTime.parseFhirDate(s).toFhir(),
          "date_time", s -> PartialDateTime.parseFhir(s).toFhir(),
          "instant", s -> PartialDateTime.parseFhirInstant(s).toFhir(),
          "time", s -> PartialTime.parseFhir(s).toFhir());

  /** Invalid values deliberately accepted, with the reason. Empty: we accept none. */
  private static final Map<String, String> DELIBERATELY_ACCEPTED = Map.of();

  @TestFactory
  Stream<DynamicTest> validValuesRoundTrip() {
    return ROUND_TRIP.keySet().stream()
        .sorted()
        .flatMap(
            type ->
                lines(type + ".valid.ndjson").stream()
                    .filter(line -> !line.equals("null"))
                    .map(
                        line ->
                            DynamicTest.dynamicTest(
                                type + " valid " + line,
                                () -> {
                                  String text = unquote(line);
                                  assertThat(ROUND_TRIP.get(type).apply(text)).isEqualTo(text);
                                })));
  }

  @TestFactory
  Stream<DynamicTest> invalidValuesAreRefused() {
    return ROUND_TRIP.keySet().stream()
        .sorted()
        .flatMap(
            type ->
                lines(type + ".invalid.ndjson").stream()
                    .map(
                        line ->
                            DynamicTest.dynamicTest(
                                type + " invalid " + line,
                                () -> {
                                  String text = line.startsWith("\"") ? unquote(line) : line;
                                  assertThat(DELIBERATELY_ACCEPTED).doesNotContainKey(text);
                                  assertThatThrownBy(() -> ROUND_TRIP.get(type).apply(text))
                                      .isInstanceOf(KoineParseException.class)
                                      .satisfies(e -> assertHidesValue(e, text));
                                })));
  }

  @Test
  void tablesAreTheExpectedSize() {
    // guards against an empty resource silently passing: counts as copied from google/fhir
    assertThat(lines("date.valid.ndjson")).hasSize(4);
    assertThat(lines("date.invalid.ndjson")).hasSize(4);
    assertThat(lines("date_time.valid.ndjson")).hasSize(5);
    assertThat(lines("date_time.invalid.ndjson")).hasSize(5);
    assertThat(lines("instant.valid.ndjson")).hasSize(2);
    assertThat(lines("instant.invalid.ndjson")).hasSize(7);
    assertThat(lines("time.valid.ndjson")).hasSize(2);
    assertThat(lines("time.invalid.ndjson")).hasSize(6);
  }

  private static void assertHidesValue(Throwable e, String text) {
    assertThat(e.getMessage()).doesNotContain(text.isEmpty() ? "\u0000" : text);
    assertThat(((KoineParseException) e).location()).isEmpty();
  }

  private static String unquote(String line) {
    assertThat(line).startsWith("\"").endsWith("\"").doesNotContain("\\");
    return line.substring(1, line.length() - 1);
  }

  private static List<String> lines(String name) {
    try (InputStream in = GoogleFhirValidationCorpusTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as(name).isNotNull();
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
