package dev.koine.fhir.internal.stu3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.Coding;
import dev.koine.core.codec.Loss;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.ResponseRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ITK012M pathology results: the example lab report round-trips through STU3 JSON and XML. */
class Stu3LabTest {
  static Message itk3LabReport() {
    Message m = Examples.labReport();
    Envelope e =
        m.envelope().toBuilder()
            .family(Family.ITK3)
            .event(Coding.of(Itk.EVENTS, Itk.PATHOLOGY_EVENT, "ITK National Pathology"))
            .ackRequest(new AckRequest(ResponseRequest.ALWAYS, ResponseRequest.NEVER))
            .senderReference("None")
            .definition(
                "https://fhir.nhs.uk/STU3/MessageDefinition/ITK-Pathology-MessageDefinition-1")
            .build();
    return Message.of(e, m.payload());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void exampleLabReportRoundTrips(boolean json) {
    Message in = itk3LabReport();
    List<Loss> losses = new ArrayList<>();
    byte[] bytes = Stu3Harness.encode(in, json, losses);
    assertThat(losses).isEmpty();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("ITK012M").contains("DiagnosticReport").contains("Specimen");
    Stu3Harness.Result r = Stu3Harness.decode(bytes, json);
    assertThat(r.unconsumed()).isEmpty();
    assertThat(r.message()).isEqualTo(in);
  }
}
