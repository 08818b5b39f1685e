package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.validation.MessageValidator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A message with no ITK3 form (an event of another standard, carried as OtherContent) written as
 * STU3 is a plain STU3 message: it claims neither the ITK3 MessageHeader profile nor a handling
 * specification, so that read back it is not an ITK3 message with a foreign event.
 */
class Stu3PlainHeaderTest {
  private static final FhirCodec CODEC = new FhirCodec();

  private static final String R4_MESSAGE =
      "{\"resourceType\":\"Bundle\",\"id\":\"b1\",\"type\":\"message\",\"entry\":["
          + "{\"fullUrl\":\"urn:uuid:0b3f2f1e-0000-4000-8000-000000000001\",\"resource\":{"
          + "\"resourceType\":\"MessageHeader\",\"id\":\"0b3f2f1e-0000-4000-8000-000000000001\","
          + "\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/"
          + "messageheader-response-request\",\"valueCode\":\"always\"}],"
          + "\"eventCoding\":{\"system\":\"http://terminology.hl7.org/CodeSystem/v2-0003\","
          + "\"code\":\"V04\"},\"source\":{\"endpoint\":\"https://example.org/source\"},"
          + "\"focus\":[{\"reference\":\"urn:uuid:0b3f2f1e-0000-4000-8000-000000000002\"}]}},"
          + "{\"fullUrl\":\"urn:uuid:0b3f2f1e-0000-4000-8000-000000000002\",\"resource\":{"
          + "\"resourceType\":\"Immunization\",\"id\":\"0b3f2f1e-0000-4000-8000-000000000002\","
          + "\"status\":\"completed\"}}]}";

  @Test
  void aMessageWithNoItk3FormIsWrittenAsAPlainStu3Message() {
    Decoded<Message> r4 = CODEC.decode(R4_MESSAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(r4.value().envelope().family()).isNotEqualTo(Family.ITK3);
    MessageCodec.Encoded stu3 = CODEC.encode(r4.value(), WireFormat.FHIR_STU3_JSON);
    String text = new String(stu3.content().toArray(), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("ITK-MessageHeader-2").doesNotContain("MessageHandling");
    assertThat(stu3.losses()).extracting(Loss::location).contains("Envelope.ackRequest");

    Decoded<Message> back = CODEC.decode(stu3.content().toArray(), null);
    assertThat(back.format()).isEqualTo(WireFormat.FHIR_STU3_JSON);
    assertThat(back.value().envelope().family()).isEqualTo(Family.OTHER);
    assertThat(back.value().envelope().event().code()).isEqualTo("V04");
    assertThat(MessageValidator.instance().validate(back.value()).all())
        .extracting(Issue::code)
        .doesNotContain(IssueCode.EVENT_UNKNOWN, IssueCode.ITK3_HANDLING_SPEC);
  }
}
