package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A message type with no typed payload (VXU, MDM, DFT ...) decodes to an {@link OtherContent}: the
 * MSH envelope with the type and trigger in table 0076, the PID patient; every other segment is
 * carried verbatim (located, reported as an information issue), and encoding writes it back.
 */
class OtherTypesTest {
  private static final Hl7v2Codec CODEC = new Hl7v2Codec();
  private static final String VXU =
      "MSH|^~\\&|APP|RX1|EPR|RX2|20240305093000||VXU^V04|MSG1|P|2.4\r"
          + "PID|1||9434765919^^^NHS^NH||SMITH^JANE||19800115|F\r"
          + "RXA|0|1|20240301|20240301|08^HEPB^CVX|0.5|ML\r";

  @Test
  void anUnmappedTypeDecodesToOtherContentWithItsPatientAndReportsTheRest() {
    byte[] bytes = VXU.getBytes(StandardCharsets.US_ASCII);
    Decoded<Message> d = CODEC.decode(bytes, WireFormat.HL7V2);
    Message m = d.value();
    assertThat(m.payload()).isInstanceOf(OtherContent.class);
    OtherContent c = (OtherContent) m.payload();
    assertThat(c.patient()).isNotNull();
    assertThat(c.patient().identifiers()).isNotEmpty();
    assertThat(m.envelope().event().system()).isEqualTo(CodeSystems.V2_MESSAGE_TYPE);
    assertThat(m.envelope().event().code()).isEqualTo("VXU^V04");
    assertThat(m.envelope().messageId()).isEqualTo("MSG1");
    // the RXA has no typed home: carried verbatim, located, and written back exactly
    assertThat(d.losses()).isEmpty();
    assertThat(Unmapped.locations(d)).contains("RXA").noneMatch(l -> l.startsWith("PID"));

    RoundTrip rt = CODEC.roundTrip(bytes, WireFormat.HL7V2);
    assertThat(rt.lost()).isZero();
    assertThat(
            new String(
                CODEC.encode(m, WireFormat.HL7V2).content().toArray(), StandardCharsets.US_ASCII))
        // the message structure MSH-9.3 is written (table 0354) even when the sender left it out
        .isEqualTo(VXU.replace("VXU^V04|", "VXU^V04^VXU_V04|"));
    Message again =
        CODEC
            .decode(CODEC.encode(m, WireFormat.HL7V2).content().toArray(), WireFormat.HL7V2)
            .value();
    assertThat(again).isEqualTo(m);
  }

  @Test
  void aMissingMessageTypeIsStillALocatedParseError() {
    byte[] bytes =
        "MSH|^~\\&|APP|RX1|||20240305||^|MSG1|P|2.4\r".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> CODEC.decode(bytes, WireFormat.HL7V2))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("MSH-9");
  }
}
