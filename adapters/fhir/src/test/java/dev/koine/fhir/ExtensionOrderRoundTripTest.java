package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.Message;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A round trip tells extensions apart by url, not position: Koine writes a UK Core Patient's typed
 * extensions in its own order (EthnicCategory before BirthSex), which reproduces every leaf of a
 * Patient that sends them the other way round (nw-gmsa Patient-ZelmaHadjkiss-Example; {@code
 * unseen/derived/patient-extension-order.json}), where the index comparison reported all 8 leaves
 * of both extensions as lost.
 */
class ExtensionOrderRoundTripTest {
  private static final FhirCodec CODEC = new FhirCodec();

  private static byte[] resource(String name) {
    return TestResources.bytes("/unseen/" + name);
  }

  @Test
  void extensionsWrittenInAnotherOrderAreReproduced() {
    byte[] in = resource("derived/patient-extension-order.json");
    Message m = CODEC.decode(in).value();
    String out =
        new String(
            CODEC.encode(m, WireFormat.FHIR_R4_JSON).content().toArray(), StandardCharsets.UTF_8);
    // the encoding does write them in its own order ...
    assertThat(out.indexOf("Extension-UKCore-EthnicCategory"))
        .isLessThan(out.indexOf("Extension-UKCore-BirthSex"));
    // ... and every leaf is reproduced
    RoundTrip rt = CODEC.roundTrip(in, WireFormat.FHIR_R4_JSON);
    assertThat(rt.losses()).isEmpty();
    assertThat(rt.lost()).isZero();
    byte[] xml = CODEC.encode(m, WireFormat.FHIR_R4_XML).content().toArray();
    assertThat(CODEC.roundTrip(xml, WireFormat.FHIR_R4_XML).losses()).isEmpty();
  }
}
