package dev.koine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.Referral;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ServiceRequest;
import dev.koine.core.time.PartialDateTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code samples of README.md and docs/ are regions of this class: the test runs them and checks
 * that the documents still contain them verbatim, so the docs cannot rot.
 */
class DocumentationExamplesTest {

  static Message buildReferral() {
    // region referral
    Patient patient =
        Patient.builder()
            .id("patient-1")
            .addIdentifier(Identifier.of("https://fhir.nhs.uk/Id/nhs-number", "9000000009"))
            .birthDate(PartialDateTime.parseFhir("1970-01-01"))
            .build();
    ServiceRequest request =
        ServiceRequest.builder()
            .id("referral-1")
            .status("active")
            .intent("plan")
            .subject(Ref.to("patient-1"))
            .addCategory(Concept.of(CodeSystems.BARS_USECASE_CATEGORY, "a1t1", "111 to ED"))
            .build();
    Envelope envelope =
        Envelope.builder()
            .messageId("3b1e3c52-6d2f-4f1a-9b7e-000000000001")
            .event(Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "servicerequest-request"))
            .family(Family.BARS)
            .reason(Coding.of(CodeSystems.BARS_MESSAGE_REASON, "new"))
            .build();
    Message message = Message.of(envelope, new Referral(request, patient, Entities.empty()));
    // endregion
    return message;
  }

  @Test
  void referralExample_buildsAMessageWhoseToStringHasNoPatientData() {
    Message message = buildReferral();
    assertThat(message.payload()).isInstanceOf(Referral.class);
    assertThat(((Referral) message.payload()).patient().nhsNumber()).isPresent();
    assertThat(message.toString()).doesNotContain("9000000009").doesNotContain("1970");
  }

  @Test
  void readmeContainsTheReferralRegionVerbatim() throws IOException {
    assertDocumentContainsRegion(Path.of("..", "README.md"), "referral");
  }

  static void assertDocumentContainsRegion(Path document, String region) throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/dev/koine/core/DocumentationExamplesTest.java"),
            StandardCharsets.UTF_8);
    String start = "// region " + region + "\n";
    int from = source.indexOf(start) + start.length();
    int to = source.indexOf("    // endregion", from);
    List<String> lines = Arrays.asList(source.substring(from, to).split("\n", -1));
    String snippet =
        lines.stream()
            .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
            .collect(Collectors.joining("\n"))
            .strip();
    String doc = Files.readString(document, StandardCharsets.UTF_8);
    assertThat(normalise(doc)).contains(normalise(snippet));
  }

  private static String normalise(String text) {
    return Stream.of(text.split("\n")).map(String::stripTrailing).collect(Collectors.joining("\n"));
  }
}
