package dev.koine.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.examples.Examples;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.validation.MessageValidator;
import org.junit.jupiter.api.Test;

class RepliesTest {
  private static final PartialDateTime NOW = PartialDateTime.parseFhir("2026-11-23T10:00:00+00:00");

  @Test
  void itk3Discharge_getsAnItk008mSuccessWithBothFlagsFalse() {
    Message in = Examples.dischargeSummary();
    Message reply = Replies.reply(in, Replies.Outcome.accepted(), "reply-1", NOW);
    assertThat(reply.envelope().event().code()).isEqualTo("ITK008M");
    assertThat(reply.envelope().ackRequest())
        .isEqualTo(new AckRequest(ResponseRequest.NEVER, ResponseRequest.NEVER));
    assertThat(reply.envelope().correlation().inReplyTo()).isEqualTo(in.envelope().messageId());
    Acknowledgement ack = (Acknowledgement) reply.payload();
    assertThat(ack.status()).isEqualTo(AckStatus.OK);
    assertThat(ack.issues().get(0).details().has(CodeSystems.ITK_RESPONSE_CODES, "20013")).isTrue();
    assertThat(MessageValidator.instance().validate(reply).filter(i -> i.severity().isError()))
        .isEmpty();
  }

  @Test
  void itk3BusinessCode_makesABusinessAcknowledgement() {
    Message reply =
        Replies.reply(
            Examples.dischargeSummary(), new Replies.Outcome(false, "30002", null), "reply-2", NOW);
    Acknowledgement ack = (Acknowledgement) reply.payload();
    assertThat(ack.type()).isEqualTo(AckType.BUSINESS);
    assertThat(ack.status()).isEqualTo(AckStatus.FATAL_ERROR);
  }

  @Test
  void hl7v2Admission_getsAnAcceptAckInOriginalMode() {
    Message in = Examples.admission();
    Message reply = Replies.reply(in, Replies.Outcome.accepted(), "ACK00001", NOW);
    Acknowledgement ack = (Acknowledgement) reply.payload();
    assertThat(ack.responseCode().code()).isEqualTo("AA");
    assertThat(reply.envelope().correlation().inReplyTo()).isEqualTo("MSG00001");
  }

  @Test
  void hl7v2OtherContent_acknowledgesTheTriggerOnlyNotTypeAndTrigger() {
    // a VXU^V04 (or an order with no OBR) decodes to other content with the table 0076 event
    // type^trigger; its ACK is ACK^V04 (MSH-9.2 the trigger), found by an unseen-message run
    Message in = Examples.admission();
    for (String[] c : new String[][] {{"VXU^V04", "V04"}, {"DFT", "ACK"}}) {
      Message other =
          Message.of(
              in.envelope().toBuilder()
                  .event(dev.koine.core.code.Coding.of(CodeSystems.V2_MESSAGE_TYPE, c[0]))
                  .build(),
              in.payload());
      Message reply = Replies.reply(other, Replies.Outcome.accepted(), "A3", NOW);
      assertThat(reply.envelope().event().system()).isEqualTo(CodeSystems.V2_EVENT_TYPE);
      assertThat(reply.envelope().event().code()).isEqualTo(c[1]);
    }
  }

  @Test
  void hl7v2EnhancedMode_getsACommitAck() {
    Message in = Examples.admission();
    Message enhanced =
        Message.of(
            in.envelope().toBuilder()
                .ackRequest(new AckRequest(ResponseRequest.ALWAYS, ResponseRequest.NEVER))
                .build(),
            in.payload());
    Acknowledgement ack =
        (Acknowledgement) Replies.reply(enhanced, Replies.Outcome.rejected(), "A2", NOW).payload();
    assertThat(ack.responseCode().code()).isEqualTo("CE");
    assertThat(ack.type()).isEqualTo(AckType.INFRASTRUCTURE);
  }

  @Test
  void barsError_carriesTheBarsErrorCode() {
    Message reply =
        Replies.reply(
            Examples.referral(),
            new Replies.Outcome(false, "REC_UNPROCESSABLE_ENTITY", null),
            "r3",
            NOW);
    Acknowledgement ack = (Acknowledgement) reply.payload();
    assertThat(ack.responseCode().code()).isEqualTo("fatal-error");
    assertThat(
            ack.issues()
                .get(0)
                .details()
                .has(CodeSystems.BARS_HTTP_ERROR_CODES, "REC_UNPROCESSABLE_ENTITY"))
        .isTrue();
  }

  @Test
  void repliesNeverCarryThePatient() {
    for (Message in : Examples.all()) {
      if (in.payload() instanceof Acknowledgement) {
        continue;
      }
      if (in.payload() instanceof OtherContent) {
        // a non-message has nobody to acknowledge
        assertThatThrownBy(() -> Replies.reply(in, Replies.Outcome.accepted(), "r", NOW))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("not a message");
        continue;
      }
      Message reply = Replies.reply(in, Replies.Outcome.accepted(), "r", NOW);
      assertThat(reply.payload()).isInstanceOf(Acknowledgement.class);
      assertThat(reply.toString()).doesNotContain("9000000009");
    }
  }
}
