package dev.koine.fhir.internal.stu3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.model.Extension;
import dev.koine.fhir.FhirCodec;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The STU3 ITK3 messages of the corpus decode through the codec with no internal error: ITK008M
 * responses to an Acknowledgement, ITK012M pathology results to a LabReport; a payload the STU3
 * mapper does not map yet (ITK003D documents) is refused with a located {@link
 * KoineParseException}, never another exception. The unconsumed-leaf count of every ITK012M file is
 * pinned in {@link #PATHOLOGY} (0 = lossless).
 */
class Stu3CorpusTest {
  private static final String LAB = "/corpus/nhsd-lab-results-adaptor/src/intTest/resources/";

  /** ITK012M file -> unconsumed leaves (golden; a change in the mapping must update it). */
  static final Map<String, Integer> PATHOLOGY = new TreeMap<>();

  static {
    PATHOLOGY.put("fhir/multi_pathology_msg1.fhir.json", 0);
    PATHOLOGY.put("fhir/multi_pathology_msg2.fhir.json", 0);
    PATHOLOGY.put("fhir/multi_pathology_msg3.fhir.json", 0);
    PATHOLOGY.put("fhir/pathology_2.fhir.json", 0);
    PATHOLOGY.put("fhir/pathology_3.fhir.json", 0);
    PATHOLOGY.put("fhir/screening.fhir.json", 0);
    PATHOLOGY.put("success_uat_data/NHS002/full_acceptance_with_nhsack.1.fhir.json", 1);
    PATHOLOGY.put("success_uat_data/NHS002/full_acceptance_with_nhsack.2.fhir.json", 1);
    PATHOLOGY.put("success_uat_data/NHS002/full_acceptance_without_nhsack.1.fhir.json", 0);
    PATHOLOGY.put("success_uat_data/NHS003/full_acceptance_with_nhsack.1.fhir.json", 0);
    PATHOLOGY.put("success_uat_data/NHS003/full_acceptance_with_nhsack.2.fhir.json", 1);
    PATHOLOGY.put("success_uat_data/NHS003/full_acceptance_with_nhsack.3.fhir.json", 0);
    PATHOLOGY.put("success_uat_data/NHS003/full_acceptance_without_nhsack.1.fhir.json", 0);
    PATHOLOGY.put("success_uat_data/NHS004/screening_full_acceptance_with_nhsack.1.fhir.json", 0);
    PATHOLOGY.put(
        "success_uat_data/NHS004/screening_full_acceptance_without_nhsack.1.fhir.json", 0);
    PATHOLOGY.put("success_uat_data/NHS004/screening_multi_message_with_nhsack.1.fhir.json", 0);
    PATHOLOGY.put("success_uat_data/NHS004/screening_multi_message_with_nhsack.2.fhir.json", 0);
    PATHOLOGY.put("success_uat_data/NHS004/screening_multi_message_with_nhsack.3.fhir.json", 0);
    PATHOLOGY.put(
        "success_uat_data/NHS004/screening_partial_acceptance_with_nhsack.1.fhir.json", 0);
  }

  static Stream<String> files() {
    return Stream.of(
        "/stu3-corpus/nhsconnect-careconnect-document/src/test/resources/ITK3-10001.dat",
        "/stu3-corpus/nhsconnect-careconnect-document/src/test/resources/raw-bundle.xml");
  }

  static Stream<String> pathology() {
    return PATHOLOGY.keySet().stream();
  }

  private static byte[] read(String file) throws IOException {
    try (InputStream in = Stu3CorpusTest.class.getResourceAsStream(file)) {
      assertThat(in).isNotNull();
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void decodesOrRefusesWithALocatedParseError(String file) throws IOException {
    byte[] bytes = read(file);
    boolean json = file.endsWith(".json");
    WireFormat format = json ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_STU3_XML;
    try {
      Message m = new FhirCodec().decode(bytes, format).value();
      // the bare ECD document bundle decodes to a typed CareDocument; the ITK003D message stays
      // OtherContent: writing its document again would reorder the document's entries (untyped
      // Lists), which the round trip of a nested Bundle counts as loss
      assertThat(m.payload())
          .isInstanceOf(file.endsWith(".xml") ? CareDocument.class : OtherContent.class);
      assertThat(new FhirCodec().roundTrip(bytes, format).lost()).as(file).isZero();
    } catch (KoineParseException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("pathology")
  void pathologyResultsDecodeToALabReport(String file) throws IOException {
    byte[] bytes = read(LAB + file);
    Decoded<Message> decoded = new FhirCodec().decode(bytes, WireFormat.FHIR_STU3_JSON);
    Message m = decoded.value();
    assertThat(m.payload()).isInstanceOf(LabReport.class);
    Stu3Harness.Result r = Stu3Harness.decode(bytes, true);
    // the codec adds what the mapping left unread, carried verbatim on the envelope: no loss
    List<Extension> carried =
        m.envelope().extras().extensions().stream()
            .filter(e -> Envelope.FHIR_VERBATIM.equals(e.url()))
            .toList();
    List<Extension> rest =
        m.envelope().extras().extensions().stream()
            .filter(e -> !Envelope.FHIR_VERBATIM.equals(e.url()))
            .toList();
    assertThat(r.message())
        .isEqualTo(
            Message.of(
                m.envelope().toBuilder().extras(m.envelope().extras().withExtensions(rest)).build(),
                m.payload()));
    assertThat(decoded.losses()).as(file).isEmpty();
    assertThat(carried.isEmpty()).as(file).isEqualTo(r.unconsumed().isEmpty());
    assertThat(r.unconsumed().size())
        .as(file + " " + r.unconsumed())
        .isEqualTo(PATHOLOGY.get(file));
  }

  @Test
  void everyPathologyFileIsPinned() {
    assertThat(PATHOLOGY).hasSize(19);
    assertThat(PATHOLOGY.values().stream().filter(n -> n == 0).count()).isEqualTo(LOSSLESS);
  }

  private static final long LOSSLESS = 16;
}
