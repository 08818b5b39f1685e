package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.Message;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A message id {@code urn:uuid:<uuid>} (an HL7 v2 MSH-10 as the NW Genomic Medicine Service
 * Alliance OML^O21 examples send it) is written as MessageHeader.id without the prefix (a FHIR id
 * has no {@code :}; the output failed its own validation with VALUE_INVALID), reported as a loss,
 * with the entry's fullUrl {@code urn:uuid:<uuid>}; ids derived from the message id follow, so an
 * acknowledgement reads back as one.
 */
class UrnMessageIdTest {
  private static final FhirCodec CODEC = new FhirCodec();
  private static final String UUID = "9612365d-52a4-4fab-87e7-8a09d753f095";

  private static Message withId(Message m, String id) {
    return Message.of(m.envelope().toBuilder().messageId(id).build(), m.payload());
  }

  @ParameterizedTest
  @EnumSource(
      value = WireFormat.class,
      names = {"FHIR_R4_JSON", "FHIR_R4_XML", "FHIR_STU3_JSON", "FHIR_STU3_XML"})
  void aUrnMessageIdIsWrittenAsItsUuid(WireFormat f) {
    for (Message example : new Message[] {Examples.labReport(), Examples.acknowledgement()}) {
      Message m = withId(example, "urn:uuid:" + UUID);
      MessageCodec.Encoded out = CODEC.encode(m, f);
      assertThat(out.losses()).extracting(Loss::location).contains("Envelope.messageId");
      String text = new String(out.content().toArray(), StandardCharsets.UTF_8);
      assertThat(text).contains("urn:uuid:" + UUID).doesNotContain("urn:uuid:urn:uuid:");
      Message back = CODEC.decode(out.content().toArray()).value();
      assertThat(back.envelope().messageId()).isEqualTo(UUID);
      assertThat(CODEC.decode(out.content().toArray()).issues().withCode(IssueCode.VALUE_INVALID))
          .isEmpty();
      assertThat(back.payload().getClass()).isEqualTo(example.payload().getClass());
      if (example.payload() instanceof Acknowledgement) {
        assertThat(back.payload()).isInstanceOf(Acknowledgement.class);
      }
      // a plain id is written as it is, with no loss
      assertThat(CODEC.encode(withId(example, UUID), f).losses())
          .extracting(Loss::location)
          .doesNotContain("Envelope.messageId");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = WireFormat.class,
      names = {"FHIR_R4_JSON", "FHIR_STU3_JSON"})
  void aPaddedMessageIdIsWrittenWithoutItsWhiteSpace(WireFormat f) {
    // a padded MSH-10, as an NHS Wales feed sends it
    MessageCodec.Encoded out = CODEC.encode(withId(Examples.labReport(), " 48209024 "), f);
    assertThat(out.losses())
        .anySatisfy(
            l -> {
              assertThat(l.location()).isEqualTo("Envelope.messageId");
              assertThat(l.reason()).contains("white space");
            });
    assertThat(CODEC.decode(out.content().toArray()).value().envelope().messageId())
        .isEqualTo("48209024");
    assertThat(CODEC.decode(out.content().toArray()).issues().withCode(IssueCode.VALUE_INVALID))
        .isEmpty();
    // an id that is no FHIR id for another reason is written as it is
    assertThat(CODEC.encode(withId(Examples.labReport(), "a b"), f).losses())
        .extracting(Loss::location)
        .doesNotContain("Envelope.messageId");
  }
}
