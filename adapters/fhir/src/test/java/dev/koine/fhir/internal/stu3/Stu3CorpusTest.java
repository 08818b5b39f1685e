package dev.koine.fhir.internal.stu3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.Message;
import dev.koine.fhir.FhirCodec;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The STU3 ITK3 messages of the corpus decode through the codec with no internal error: a payload
 * the STU3 mapper does not map yet (ITK003D, ITK012M) is refused with a located {@link
 * KoineParseException}, never another exception.
 */
class Stu3CorpusTest {
  private static final String BASE = "";

  static Stream<String> files() {
    return Stream.of(
        "/stu3-corpus/nhsconnect-careconnect-document/src/test/resources/ITK3-10001.dat",
        "/stu3-corpus/nhsconnect-careconnect-document/src/test/resources/raw-bundle.xml",
        "/corpus/nhsd-lab-results-adaptor/src/intTest/resources/fhir/pathology_3.fhir.json",
        "/corpus/nhsd-lab-results-adaptor/src/intTest/resources/fhir/screening.fhir.json",
        "/corpus/nhsd-lab-results-adaptor/src/intTest/resources/success_uat_data/NHS003/full_acceptance_with_nhsack.1.fhir.json");
  }

  @ParameterizedTest
  @MethodSource("files")
  void decodesOrRefusesWithALocatedParseError(String file) throws IOException {
    byte[] bytes;
    try (InputStream in = Stu3CorpusTest.class.getResourceAsStream(BASE + file)) {
      assertThat(in).isNotNull();
      bytes = in.readAllBytes();
    }
    boolean json = file.endsWith(".json");
    WireFormat format = json ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_STU3_XML;
    try {
      Message m = new FhirCodec().decode(bytes, format).value();
      assertThat(m.payload()).isInstanceOf(Acknowledgement.class);
    } catch (KoineParseException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
