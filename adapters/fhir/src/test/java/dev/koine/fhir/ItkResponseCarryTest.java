package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.Severity;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.Message;
import dev.koine.core.model.Ref;
import dev.koine.core.validation.MessageValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real ITK3 STU3 responses (ITK008M, {@code unseen/renalware/}): their OperationOutcome keeps its
 * own id, and the ITK header Practitioner or Organization that is their sender is carried whole (an
 * acknowledgement has no entities: it was read as a verbatim entity and then dropped, with no loss
 * reported by decode or convert).
 */
class ItkResponseCarryTest {
  private static final FhirCodec CODEC = new FhirCodec();

  private static byte[] resource(String name) {
    return TestResources.bytes("/unseen/renalware/" + name);
  }

  @ParameterizedTest
  @CsvSource({
    "itk3-response-20006.xml, Practitioner, 48",
    "itk3-response-10009.xml, Organization, 45"
  })
  void anItkResponseRoundTripsWhole(String file, String senderType, int leaves) {
    byte[] in = resource(file);
    RoundTrip rt = CODEC.roundTrip(in, WireFormat.FHIR_STU3_XML);
    assertThat(rt.leaves()).isEqualTo(leaves);
    assertThat(rt.losses()).isEmpty();
    Decoded<Message> d = CODEC.decode(in);
    assertThat(d.losses()).isEmpty();
    assertThat(d.value().payload()).isInstanceOf(Acknowledgement.class);
    assertThat(d.value().envelope().correlation().details())
        .isEqualTo(Ref.to("8bbc50ab-785c-41d2-9c32-abe84f522a5c"));
    assertThat(d.issues().all())
        .filteredOn(i -> i.code() == IssueCode.CARRIED_VERBATIM)
        .extracting(Issue::location)
        .containsExactly("Bundle.entry[1].resource.ofType(" + senderType + ")");
    // the sender and the response details resolve: no error of Koine's making
    assertThat(MessageValidator.instance().validate(d.value()).all())
        .filteredOn(i -> i.severity() == Severity.ERROR)
        .isEmpty();
    // written back with the OperationOutcome under its own id and the sender entry whole
    for (WireFormat f : List.of(WireFormat.FHIR_STU3_XML, WireFormat.FHIR_STU3_JSON)) {
      byte[] out = CODEC.encode(d.value(), f).content().toArray();
      String text = new String(out, StandardCharsets.UTF_8);
      assertThat(text).as(f.name()).contains("ba660aeb-5d46-43c2-8ec0-1cefd07aff8e", senderType);
      assertThat(CODEC.roundTrip(out, f).losses()).as(f.name()).isEmpty();
      assertThat(CODEC.decode(out).value()).as(f.name()).isEqualTo(d.value());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"itk3-response-20006.xml", "itk3-response-10009.xml"})
  void inAnotherVersionTheCarriedSenderIsAReportedLoss(String file) {
    Message m = CODEC.decode(resource(file)).value();
    List<Loss> losses = CODEC.encode(m, WireFormat.FHIR_R4_JSON).losses();
    assertThat(losses)
        .extracting(Loss::location)
        .contains(
            "Bundle.entry[urn:uuid:ba660aeb-5d46-43c2-8ec0-1cefd07aff8e].resource",
            "Envelope.correlation.details");
  }
}
