package dev.koine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.Issues;
import dev.koine.core.message.Message;
import dev.koine.core.validation.MessageValidator;
import dev.koine.fhir.FhirCodec;
import dev.koine.hl7v2.Hl7v2Codec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The "embed Koine" sample of docs/getting-started.md is the region below: this test runs it on the
 * bundled ITK ADT^A01 and checks that the document still contains it verbatim.
 */
class EmbeddingExampleTest {

  static String convert(byte[] hl7) {
    // region embed
    Hl7v2Codec v2 = new Hl7v2Codec(); // codecs are immutable and thread-safe: make them once
    FhirCodec fhir = new FhirCodec();

    Decoded<Message> decoded = v2.decode(hl7, WireFormat.HL7V2);
    for (Loss loss : decoded.losses()) { // what the model could not carry, with its location
      System.err.println("LOSS " + loss.location() + " " + loss.reason());
    }
    Issues issues = MessageValidator.instance().validate(decoded.value());
    for (Issue issue : issues.all()) { // located findings; never patient data
      System.err.println(issue.severity() + " " + issue.code() + " " + issue.location());
    }
    MessageCodec.Encoded r4 = fhir.encode(decoded.value(), WireFormat.FHIR_R4_JSON);
    r4.losses().forEach(l -> System.err.println("LOSS " + l.location() + " " + l.reason()));
    String json = new String(r4.content().toArray(), StandardCharsets.UTF_8);
    // endregion
    return json;
  }

  @Test
  void theEmbeddingSampleConvertsAnItkAdmissionToAUkCoreNotification() throws IOException {
    byte[] hl7;
    try (InputStream in = getClass().getResourceAsStream("/examples/ITK-ADT-A01.hl7")) {
      assertThat(in).isNotNull();
      hl7 = in.readAllBytes();
    }
    String json = convert(hl7);
    assertThat(json)
        .contains("\"resourceType\": \"Bundle\"")
        .contains("https://fhir.nhs.uk/CodeSystem/message-event")
        .contains("https://fhir.nhs.uk/Id/nhs-number")
        .contains("\"gender\": \"female\"")
        .doesNotContain("icd-10-cm")
        .doesNotContain("urn:id:NHS");
  }

  @Test
  void gettingStartedContainsTheSampleVerbatim() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/dev/koine/cli/EmbeddingExampleTest.java"),
            StandardCharsets.UTF_8);
    String start = "// region embed\n";
    int from = source.indexOf(start) + start.length();
    int to = source.indexOf("    // endregion", from);
    List<String> lines = List.of(source.substring(from, to).split("\n", -1));
    String snippet =
        lines.stream()
            .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
            .collect(Collectors.joining("\n"))
            .strip();
    String doc =
        Files.readString(Path.of("..", "docs", "getting-started.md"), StandardCharsets.UTF_8);
    assertThat(normalise(doc)).contains(normalise(snippet));
  }

  private static String normalise(String text) {
    return Stream.of(text.split("\n")).map(String::stripTrailing).collect(Collectors.joining("\n"));
  }
}
