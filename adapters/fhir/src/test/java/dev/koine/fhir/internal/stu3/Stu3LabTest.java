package dev.koine.fhir.internal.stu3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.Coding;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.ResponseRequest;
import dev.koine.fhir.FhirCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

  private static final FhirCodec CODEC = new FhirCodec();

  /**
   * An ITK3 pathology report converted to R4 is an NHS England Pathology unsolicited-observations
   * message (R4 has no ITK3 messaging), which reads back as the same report; the ITK3 event and
   * handling specification are reported losses. And the way back: R4 to STU3 gives ITK012M.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aPathologyReportChangesFamilyBetweenStu3AndR4(boolean json) {
    Message itk3 = itk3LabReport();
    WireFormat r4 = json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML;
    WireFormat stu3 = json ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_STU3_XML;
    MessageCodec.Encoded inR4 = CODEC.encode(itk3, r4);
    assertThat(inR4.losses())
        .extracting(Loss::location)
        .contains("Envelope.event", "Envelope.senderReference");
    Decoded<Message> readR4 = CODEC.decode(inR4.content().toArray(), null);
    assertThat(readR4.format()).isEqualTo(r4);
    assertThat(readR4.value().envelope().family()).isEqualTo(Family.NHSE_PATHOLOGY);
    assertThat(readR4.value().envelope().event().code()).isEqualTo("unsolicited-observations");
    assertThat(readR4.value().payload()).isEqualTo(itk3.payload());

    MessageCodec.Encoded back = CODEC.encode(readR4.value(), stu3);
    assertThat(back.losses()).extracting(Loss::location).contains("Envelope.event");
    Decoded<Message> readStu3 = CODEC.decode(back.content().toArray(), null);
    assertThat(readStu3.format()).isEqualTo(stu3);
    assertThat(readStu3.value().envelope().family()).isEqualTo(Family.ITK3);
    assertThat(readStu3.value().envelope().event().code()).isEqualTo(Itk.PATHOLOGY_EVENT);
    assertThat(readStu3.value().payload()).isEqualTo(itk3.payload());
    // the handling-specification parts ITK3 fixes: SenderReference "None", and both flags true,
    // what a receiver must assume when it cannot read them (no MessageDefinition is invented)
    if (readR4.value().envelope().ackRequest() == null) {
      assertThat(readStu3.value().envelope().ackRequest())
          .isEqualTo(
              new dev.koine.core.message.AckRequest(
                  dev.koine.core.message.ResponseRequest.ALWAYS,
                  dev.koine.core.message.ResponseRequest.ALWAYS));
    }
    assertThat(readStu3.value().envelope().senderReference()).isEqualTo("None");
  }

  /**
   * The R4 example report (no response requested) written as STU3 becomes an ITK012M message whose
   * handling specification has the parts ITK3 fixes: both flags true (what a receiver must assume
   * when it cannot read them) and SenderReference "None"; no MessageDefinition is invented.
   */
  @Test
  void anR4ReportWithoutFlagsGetsTheItk3DefaultsInStu3() {
    Message r4 = dev.koine.core.examples.Examples.labReport();
    assertThat(r4.envelope().ackRequest()).isNull();
    MessageCodec.Encoded out = CODEC.encode(r4, WireFormat.FHIR_STU3_JSON);
    dev.koine.core.message.Envelope e =
        CODEC.decode(out.content().toArray(), null).value().envelope();
    assertThat(e.event().code()).isEqualTo(Itk.PATHOLOGY_EVENT);
    assertThat(e.ackRequest())
        .isEqualTo(
            new dev.koine.core.message.AckRequest(
                dev.koine.core.message.ResponseRequest.ALWAYS,
                dev.koine.core.message.ResponseRequest.ALWAYS));
    assertThat(e.senderReference()).isEqualTo("None");
    assertThat(e.definition()).isNull();
  }
}
