package dev.koine.fhir.internal.stu3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.model.Section;
import dev.koine.fhir.FhirCodec;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real ITK Transfer of Care document bundles (nhsconnect/careconnect-document test resources): they
 * decode to a typed {@link CareDocument} with PRSB-headed sections and round-trip with no loss,
 * exactly as when they were carried untyped.
 */
class Stu3DocumentTest {
  private static final String DIR =
      "/stu3-corpus/nhsconnect-careconnect-document/src/test/resources/";

  @ParameterizedTest
  @ValueSource(strings = {"raw-bundle.xml", "raw-bundle-2-postcodes.xml"})
  void emergencyCareDischargeDocumentIsTypedAndLossless(String file) throws IOException {
    byte[] bytes;
    try (InputStream in = Stu3DocumentTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).isNotNull();
      bytes = in.readAllBytes();
    }
    FhirCodec codec = new FhirCodec();
    Decoded<Message> d = codec.decode(bytes, null);
    assertThat(d.format()).isEqualTo(WireFormat.FHIR_STU3_XML);
    Message m = d.value();
    assertThat(m.envelope().family()).isEqualTo(Family.OTHER);
    assertThat(Stu3Document.isBare(m.envelope())).isTrue();
    assertThat(m.payload()).isInstanceOf(CareDocument.class);
    CareDocument doc = (CareDocument) m.payload();
    assertThat(doc.kind()).isEqualTo(DocumentKind.EMERGENCY_CARE_DISCHARGE);
    assertThat(doc.patient()).isNotNull();
    assertThat(doc.composition().careSettingType()).isNull(); // CareConnect url: kept as extension
    assertThat(doc.composition().sections()).isNotEmpty();
    for (Section s : doc.composition().sections()) {
      assertThat(s.code()).isNotNull();
      assertThat(s.text()).isNotNull();
      assertThat(s.text().xhtml()).startsWith("<div");
    }
    assertThat(doc.documentBundle()).isNotNull();
    RoundTrip rt = codec.roundTrip(bytes, null);
    assertThat(rt.lost()).isZero();
    // and the same document written as JSON reads back equal
    var json = codec.encode(m, WireFormat.FHIR_STU3_JSON);
    assertThat(json.losses()).isEmpty();
    assertThat(codec.decode(json.content().toArray(), WireFormat.FHIR_STU3_JSON).value())
        .isEqualTo(m);
  }
}
