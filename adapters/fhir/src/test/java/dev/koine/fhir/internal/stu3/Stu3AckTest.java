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

  /**
   * An HL7 v2 acknowledgement written as STU3 becomes an ITK008M response with the handling
   * specification ITK3 fixes for a response (the response MessageDefinition, no acks requested,
   * SenderReference "None"): the output passes the ITK3 handling-specification rules.
   */
  @Test
  void anHl7v2AcknowledgementConvertedToStu3GetsTheResponseHandlingSpecification() {
    Envelope v2 =
        Examples.acknowledgement().envelope().toBuilder()
            .family(dev.koine.core.message.Family.HL7V2)
            .event(Coding.of(dev.koine.core.code.CodeSystems.V2_EVENT_TYPE, "A01"))
            .ackRequest(null)
            .senderReference(null)
            .definition(null)
            .build();
    Message m = Message.of(v2, Examples.acknowledgement().payload());
    dev.koine.fhir.FhirCodec codec = new dev.koine.fhir.FhirCodec();
    byte[] bytes =
        codec.encode(m, dev.koine.core.codec.WireFormat.FHIR_STU3_JSON).content().toArray();
    Message back = codec.decode(bytes, dev.koine.core.codec.WireFormat.FHIR_STU3_JSON).value();
    Envelope e = back.envelope();
    assertThat(e.event().code()).isEqualTo("ITK008M");
    assertThat(e.definition())
        .isEqualTo("https://fhir.nhs.uk/STU3/MessageDefinition/ITK-Response-MessageDefinition-1");
    assertThat(e.senderReference()).isEqualTo("None");
    assertThat(e.ackRequest())
        .isEqualTo(new AckRequest(ResponseRequest.NEVER, ResponseRequest.NEVER));
    assertThat(
            dev.koine.core.validation.MessageValidator.instance()
                .validate(back)
                .withCode(dev.koine.core.issue.IssueCode.ITK3_HANDLING_SPEC))
        .isEmpty();
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
