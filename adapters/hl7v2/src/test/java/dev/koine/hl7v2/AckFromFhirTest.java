package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.MessageCodec.Encoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An acknowledgement built for a FHIR message carries a FHIR response code ({@code ok}); written as
 * HL7 v2, MSA-1 is table 0008 from the status, and the FHIR code is a reported loss.
 */
class AckFromFhirTest {
  @ParameterizedTest
  @EnumSource(AckStatus.class)
  void msa1IsTable0008FromTheStatus(AckStatus status) {
    Message example = Examples.admission();
    Acknowledgement ack =
        new Acknowledgement(
            AckType.BUSINESS,
            status,
            Coding.of(CodeSystems.FHIR_RESPONSE_CODE, status.fhirCode()),
            List.of(),
            null);
    Message m = Message.of(example.envelope(), ack);
    Encoded e = new Hl7v2Codec().encode(m, WireFormat.HL7V2);
    String er7 = new String(e.content().toArray(), StandardCharsets.UTF_8);
    String expected =
        switch (status) {
          case OK -> "AA";
          case TRANSIENT_ERROR -> "AE";
          case FATAL_ERROR -> "AR";
        };
    assertThat(er7).contains("\rMSA|" + expected);
    assertThat(e.losses()).anySatisfy(l -> assertThat(l.location()).contains("responseCode"));
  }
}
