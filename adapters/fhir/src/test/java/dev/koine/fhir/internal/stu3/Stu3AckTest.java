package dev.koine.fhir.internal.stu3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.Coding;
import dev.koine.core.codec.Loss;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.message.RecipientType;
import dev.koine.core.message.Replies;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.time.PartialDateTime;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Stu3AckTest {

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theAcknowledgementExampleRoundTripsExactly(boolean json) {
    Message m = Examples.acknowledgement();
    List<Loss> losses = new ArrayList<>();
    byte[] bytes = Stu3Harness.encode(m, json, losses);
    assertThat(losses).isEmpty();
    Stu3Harness.Result r = Stu3Harness.decode(bytes, json);
    assertThat(r.unconsumed()).isEmpty();
    assertThat(r.message()).isEqualTo(m);
  }

  @Test
  void theWireFormIsAnItk3ResponseWithTheHandlingSpecification() {
    byte[] bytes = Stu3Harness.encode(Examples.acknowledgement(), true, new ArrayList<>());
    String json = new String(bytes, StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Message-Bundle-1\"")
        .contains("\"https://fhir.nhs.uk/STU3/StructureDefinition/ITK-MessageHeader-2\"")
        .contains(
            "\"https://fhir.nhs.uk/STU3/StructureDefinition/Extension-ITK-MessageHandling-2\"")
        .contains("\"url\":\"BusAckRequested\",\"valueBoolean\":false")
        .contains("\"url\":\"InfAckRequested\",\"valueBoolean\":false")
        .contains(
            "\"event\":{\"system\":\"https://fhir.nhs.uk/STU3/CodeSystem/ITK-MessageEvent-2\"")
        .contains(
            "\"response\":{\"identifier\":\"3b1e3c52-6d2f-4f1a-9b7e-000000000004\",\"code\":\"ok\"")
        .contains("\"https://fhir.nhs.uk/STU3/CodeSystem/ITK-ResponseCodes-1\",\"code\":\"20013\"");
  }

  @Test
  void aBusinessReplyToTheDischargeExampleRoundTrips() {
    Message reply =
        Replies.reply(
            Examples.dischargeSummary(),
            new Replies.Outcome(false, "30002", null),
            "7d0c2b7e-1111-4a55-8f00-000000000001",
            PartialDateTime.parseFhir("2026-11-23T10:00:00+00:00"));
    List<Loss> losses = new ArrayList<>();
    byte[] bytes = Stu3Harness.encode(reply, false, losses);
    Stu3Harness.Result r = Stu3Harness.decode(bytes, false);
    assertThat(r.unconsumed()).isEmpty();
    // Replies gives its logical references type "Organization", which an STU3 Reference cannot hold
    assertThat(r.message().payload()).isEqualTo(reply.payload());
    assertThat(r.message().envelope().correlation()).isEqualTo(reply.envelope().correlation());
    assertThat(((Acknowledgement) r.message().payload()).type()).isEqualTo(AckType.BUSINESS);
  }

  @Test
  void handlingFlagsOtherThanAlwaysOrNeverAreReportedAsLosses() {
    Message m = Examples.acknowledgement();
    Envelope e =
        m.envelope().toBuilder()
            .ackRequest(new AckRequest(ResponseRequest.ON_ERROR, ResponseRequest.ALWAYS))
            .processingId("P")
            .build();
    List<Loss> losses = new ArrayList<>();
    Stu3Harness.encode(Message.of(e, m.payload()), true, losses);
    assertThat(losses).extracting(Loss::reason).anyMatch(s -> s.contains("ackRequest"));
    assertThat(losses).extracting(Loss::reason).anyMatch(s -> s.contains("processingId"));
  }

  @Test
  void recipientTypeAndReceiverGoToTheFirstRecipient() {
    Message m = Examples.acknowledgement();
    Envelope e =
        m.envelope().toBuilder()
            .recipients(
                List.of(
                    new dev.koine.core.message.Recipient(
                        "Lab",
                        m.envelope().recipients().get(0).receiver(),
                        null,
                        "MBX1",
                        RecipientType.INFORMATION),
                    new dev.koine.core.message.Recipient(null, null, null, "MBX2", null)))
            .event(Coding.of(Itk.EVENTS, "ITK008M", "ITK Response"))
            .build();
    Message in = Message.of(e, m.payload());
    List<Loss> losses = new ArrayList<>();
    byte[] bytes = Stu3Harness.encode(in, true, losses);
    assertThat(losses).isEmpty();
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"code\":\"FI\"");
    assertThat(Stu3Harness.decode(bytes, true).message()).isEqualTo(in);
  }
}
