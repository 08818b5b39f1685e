package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec.Encoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.model.Extension;
import dev.koine.hl7v2.internal.Verbatim;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FHIR content a FHIR decode carried verbatim ({@link Envelope#FHIR_VERBATIM}: FHIR JSON) has no
 * HL7 v2 form: an HL7 v2 encode leaves it out, reports each as a loss where it was in the FHIR
 * message, and writes the rest as it would without it.
 */
class FhirVerbatimToV2Test {
  private static final Hl7v2Codec CODEC = new Hl7v2Codec();

  private static Extension carried(String anchor, String location, String json) {
    return Envelope.fhirVerbatim("R4", anchor, location, json);
  }

  @Test
  void fhirContentCarriedVerbatimIsALossAtItsFhirLocation() {
    Message m = Examples.admission();
    List<Extension> all = new ArrayList<>(m.envelope().extras().extensions());
    all.add(
        carried(
            "urn:uuid:patient-1",
            "resource.address[0].extension[0]",
            "{\"extension\":[{\"url\":\"https://example.org/x\",\"valueString\":\"carried\"}]}"));
    all.add(carried("Patient", "photo[0]", "{\"photo\":[{\"contentType\":\"image/png\"}]}"));
    Message withCarried =
        Message.of(
            m.envelope().toBuilder().extras(m.envelope().extras().withExtensions(all)).build(),
            m.payload());

    Encoded plain = CODEC.encode(m, WireFormat.HL7V2);
    Encoded out = CODEC.encode(withCarried, WireFormat.HL7V2);
    List<Loss> expected = new ArrayList<>();
    expected.add(
        new Loss(
            "Bundle.entry[urn:uuid:patient-1].resource.address[0].extension[0]",
            Verbatim.FHIR_VERBATIM_NOT_V2));
    expected.add(new Loss("Patient.photo[0]", Verbatim.FHIR_VERBATIM_NOT_V2));
    expected.addAll(plain.losses());
    assertThat(out.losses()).containsExactlyElementsOf(expected);
    // the same ER7 as without it: nothing of the FHIR JSON is written
    String er7 = new String(out.content().toArray(), StandardCharsets.UTF_8);
    assertThat(er7).doesNotContain("carried").doesNotContain("image/png");
    assertThat(out.content()).isEqualTo(plain.content());
  }
}
