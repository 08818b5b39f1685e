package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Message;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the FHIR version of an input is told from its content when no format is given. */
class VersionDetectionTest {
  private final FhirCodec codec = new FhirCodec();

  private Decoded<Message> decode(String json) {
    return codec.decode(json.getBytes(StandardCharsets.UTF_8));
  }

  private static long unknownElements(Decoded<Message> d) {
    return d.issues().all().stream()
        .map(Issue::code)
        .filter(c -> c == IssueCode.ELEMENT_UNKNOWN)
        .count();
  }

  @Test
  void aResourceWithNoMarkerIsReadInTheVersionThatDefinesItsElements() {
    // STU3 Account: period and active exist in STU3 only (R4 has servicePeriod, no active)
    Decoded<Message> d =
        decode(
            "{\"resourceType\":\"Account\",\"id\":\"a1\",\"status\":\"active\","
                + "\"active\":{\"start\":\"2016-01-01\"},\"period\":{\"start\":\"2016-01-01\"}}");
    assertThat(d.format()).isEqualTo(WireFormat.FHIR_STU3_JSON);
    assertThat(unknownElements(d)).isZero();
  }

  @Test
  void aResourceValidInR4StaysR4() {
    Decoded<Message> d =
        decode(
            "{\"resourceType\":\"Account\",\"id\":\"a1\",\"status\":\"active\","
                + "\"servicePeriod\":{\"start\":\"2016-01-01\"}}");
    assertThat(d.format()).isEqualTo(WireFormat.FHIR_R4_JSON);
  }

  @Test
  void anElementNeitherVersionDefinesLeavesTheInputR4() {
    Decoded<Message> d =
        decode(
            "{\"resourceType\":\"Account\",\"id\":\"a1\",\"status\":\"active\",\"bogus\":\"x\"}");
    assertThat(d.format()).isEqualTo(WireFormat.FHIR_R4_JSON);
    assertThat(unknownElements(d)).isEqualTo(1);
  }

  @Test
  void r4MarkersOutweighAnStu3ExtensionUrl() {
    // an R4 message converted from STU3 keeps a CareConnect extension R4 has no other form for
    String careConnect =
        "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1";
    String r4 =
        "{\"resourceType\":\"Bundle\",\"id\":\"b1\",\"type\":\"message\","
            + "\"timestamp\":\"2020-01-01T00:00:00Z\",\"entry\":[{\"fullUrl\":\"urn:uuid:"
            + "0b3f2f1e-0000-4000-8000-000000000001\",\"resource\":{\"resourceType\":"
            + "\"MessageHeader\",\"id\":\"0b3f2f1e-0000-4000-8000-000000000001\","
            + "\"eventCoding\":{\"system\":\"https://example.org/events\",\"code\":\"x\"},"
            + "\"source\":{\"endpoint\":\"https://example.org\"}}},{\"fullUrl\":\"urn:uuid:"
            + "0b3f2f1e-0000-4000-8000-000000000002\",\"resource\":{\"resourceType\":\"Patient\","
            + "\"id\":\"0b3f2f1e-0000-4000-8000-000000000002\",\"extension\":[{\"url\":\""
            + careConnect
            + "\",\"valueCodeableConcept\":{\"text\":\"x\"}}]}}]}";
    assertThat(decode(r4).format()).isEqualTo(WireFormat.FHIR_R4_JSON);
    // the same URL without any R4 marker still says STU3
    String stu3 =
        "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"extension\":[{\"url\":\""
            + careConnect
            + "\",\"valueCodeableConcept\":{\"text\":\"x\"}}]}";
    assertThat(decode(stu3).format()).isEqualTo(WireFormat.FHIR_STU3_JSON);
  }
}
