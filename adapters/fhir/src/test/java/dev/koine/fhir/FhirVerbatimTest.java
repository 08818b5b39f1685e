package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec.Encoded;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Value;
import dev.koine.fhir.internal.tree.FhirJsonWriter;
import dev.koine.fhir.internal.tree.FhirStructure;
import dev.koine.fhir.internal.tree.FhirXmlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FHIR content no typed mapping reads is carried verbatim on the envelope ({@link
 * Envelope#FHIR_VERBATIM}) instead of being lost: written back at its place in the same version, a
 * reported loss in another version.
 */
class FhirVerbatimTest {
  private static final FhirCodec CODEC = new FhirCodec();
  private static final ca.uhn.fhir.context.FhirContext HAPI =
      ca.uhn.fhir.context.FhirContext.forR4Cached();

  private static byte[] resource(String name) {
    return TestResources.bytes("/unseen/" + name);
  }

  static List<Extension> carried(Message m) {
    List<Extension> out = new ArrayList<>();
    for (Extension e : m.envelope().extras().extensions()) {
      if (Envelope.FHIR_VERBATIM.equals(e.url())) {
        out.add(e);
      }
    }
    return out;
  }

  static String part(Extension e, String name) {
    for (Extension p : e.extensions()) {
      if (name.equals(p.url()) && p.value() instanceof Value.Primitive v) {
        return v.text();
      }
    }
    return null;
  }

  private static List<String> carriedAt(Decoded<Message> d) {
    return d.issues().all().stream()
        .filter(i -> i.code() == IssueCode.CARRIED_VERBATIM)
        .filter(i -> i.message().endsWith("(no typed home in the model)"))
        .map(Issue::location)
        .toList();
  }

  @ParameterizedTest
  @CsvSource({
    "ukcore/Extension-UKCore-AddressKey-Example.xml, Patient.address[0].extension[0],"
        + " address[0].extension[0], Extension-UKCore-AddressKey",
    "ukcore/Extension-UKCore-OtherContactSystem-Example.xml,"
        + " Patient.telecom[0].system.extension[0], telecom[0].system.extension[0],"
        + " Extension-UKCore-OtherContactSystem",
    "ukcore/UKCore-Patient-Sn-Photo-Example.xml, Patient.photo[0], photo[0], image/png"
  })
  void ukCorePatientContentIsCarriedAndWrittenBackAtItsPlace(
      String file, String path, String location, String marker) {
    byte[] in = resource(file);
    Decoded<Message> d = CODEC.decode(in, WireFormat.FHIR_R4_XML);
    assertThat(d.losses()).isEmpty();
    assertThat(carriedAt(d)).containsExactly(path);
    List<Extension> carried = carried(d.value());
    assertThat(carried).hasSize(1);
    Extension e = carried.get(0);
    assertThat(part(e, "version")).isEqualTo("R4");
    assertThat(part(e, "resource")).isEqualTo("Patient");
    assertThat(part(e, "location")).isEqualTo(location);
    assertThat(part(e, "json")).contains(marker);
    // read and written back in both formats: nothing lost, and the same message again
    for (WireFormat f : List.of(WireFormat.FHIR_R4_XML, WireFormat.FHIR_R4_JSON)) {
      Encoded out = CODEC.encode(d.value(), f);
      assertThat(out.losses()).as(f.name()).isEmpty();
      String written = new String(out.content().toArray(), StandardCharsets.UTF_8);
      assertThat(written).contains(marker);
      // the oracle reads what was written back as FHIR R4 and keeps it
      ca.uhn.fhir.parser.IParser hapi =
          f == WireFormat.FHIR_R4_JSON ? HAPI.newJsonParser() : HAPI.newXmlParser();
      assertThat(HAPI.newJsonParser().encodeResourceToString(hapi.parseResource(written)))
          .contains(marker);
      Decoded<Message> again = CODEC.decode(out.content().toArray(), f);
      assertThat(again.losses()).isEmpty();
      assertThat(again.value()).isEqualTo(d.value());
      assertThat(carriedAt(again)).containsExactly(path);
    }
    RoundTrip rt = CODEC.roundTrip(in, WireFormat.FHIR_R4_XML);
    assertThat(rt.losses()).isEmpty();
    assertThat(rt.lost()).isZero();
  }

  @Test
  void jsonAndXmlInputCarryTheSameContent() {
    byte[] xml = resource("ukcore/Extension-UKCore-AddressKey-Example.xml");
    byte[] json =
        new FhirJsonWriter(FhirStructure.r4(), false)
            .write(new FhirXmlReader(FhirStructure.r4(), Limits.defaults()).read(xml).root());
    List<Extension> fromXml = carried(CODEC.decode(xml, WireFormat.FHIR_R4_XML).value());
    List<Extension> fromJson = carried(CODEC.decode(json, WireFormat.FHIR_R4_JSON).value());
    assertThat(fromXml).hasSize(1).isEqualTo(fromJson);
    assertThat(part(fromXml.get(0), "json"))
        .isEqualTo(
            "{\"extension\":[{\"url\":\"https://fhir.hl7.org.uk/StructureDefinition/"
                + "Extension-UKCore-AddressKey\",\"extension\":[{\"url\":\"type\","
                + "\"valueCodeableConcept\":{\"coding\":[{\"system\":"
                + "\"https://fhir.hl7.org.uk/CodeSystem/UKCore-AddressKeyType\",\"code\":\"PAF\","
                + "\"display\":\"Postcode Address File\"}]}},{\"url\":\"value\","
                + "\"valueString\":\"LS10ABC\"}]}]}");
  }

  @Test
  void anotherVersionReportsEachAsALossAtItsLocation() {
    Message m = CODEC.decode(resource("ukcore/Extension-UKCore-AddressKey-Example.xml")).value();
    for (WireFormat f : List.of(WireFormat.FHIR_STU3_XML, WireFormat.FHIR_STU3_JSON)) {
      Encoded out = CODEC.encode(m, f);
      assertThat(out.losses())
          .as(f.name())
          .contains(
              new Loss(
                  "Patient.address[0].extension[0]",
                  "FHIR R4 content carried verbatim has no place in FHIR STU3"));
      assertThat(new String(out.content().toArray(), StandardCharsets.UTF_8))
          .doesNotContain("LS10ABC")
          .doesNotContain("fhir-verbatim");
    }
  }

  /** The BaRS excerpt with an unknown extension (a decimal with a trailing zero) on a reference. */
  private static byte[] barsWithExtension() {
    String text =
        new String(
            resource("bars-old/POST-111ToEDServiceRequest-excerpt.json"), StandardCharsets.UTF_8);
    String subject =
        "\"subject\":{\"reference\":\"urn:uuid:9589fb37-87a2-48d8-968f-b371429208a8\"}";
    assertThat(text).contains(subject);
    String injected =
        text.replaceFirst(
            java.util.regex.Pattern.quote(subject),
            "\"subject\":{\"extension\":[{\"url\":\"https://example.org/fhir/x-weight\","
                + "\"valueDecimal\":1.50}],"
                + "\"reference\":\"urn:uuid:9589fb37-87a2-48d8-968f-b371429208a8\"}");
    return injected.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void contentOfAnEntryIsAnchoredByItsFullUrlAndKeepsItsDecimal() {
    byte[] in = barsWithExtension();
    Decoded<Message> d = CODEC.decode(in, WireFormat.FHIR_R4_JSON);
    assertThat(d.losses()).isEmpty();
    assertThat(carriedAt(d))
        .containsExactly("Bundle.entry[1].resource.ofType(ServiceRequest).subject.extension[0]");
    Extension e = carried(d.value()).get(0);
    assertThat(part(e, "resource")).isEqualTo("urn:uuid:236bb75d-90ef-461f-b71e-fde7f899802c");
    assertThat(part(e, "location")).isEqualTo("resource.subject.extension[0]");
    assertThat(part(e, "json"))
        .isEqualTo(
            "{\"extension\":[{\"url\":\"https://example.org/fhir/x-weight\","
                + "\"valueDecimal\":1.50}]}");
    Encoded out = CODEC.compact().encode(d.value(), WireFormat.FHIR_R4_JSON);
    assertThat(out.losses()).isEmpty();
    assertThat(new String(out.content().toArray(), StandardCharsets.UTF_8))
        .contains(
            "\"subject\":{\"extension\":[{\"url\":\"https://example.org/fhir/x-weight\","
                + "\"valueDecimal\":1.50}],\"reference\"");
    assertThat(CODEC.decode(out.content().toArray()).value()).isEqualTo(d.value());
    // the excerpt's bare-id references are the only leaves not reproduced, as without it
    RoundTrip rt = CODEC.roundTrip(in, WireFormat.FHIR_R4_JSON);
    assertThat(rt.lost()).isEqualTo(8);
    assertThat(rt.losses()).allSatisfy(l -> assertThat(l.location()).endsWith(".reference"));
  }

  @Test
  void contentOfAnEntryWithNeitherFullUrlNorIdIsAnchoredByItsTypeAndRank() {
    String text =
        new String(
            resource("bars-old/POST-111ToEDServiceRequest-excerpt.json"), StandardCharsets.UTF_8);
    String location =
        "\"fullUrl\":\"urn:uuid:2ec99e82-a0af-4b70-bd53-1869d84b2ad1\",\"resource\":"
            + "{\"resourceType\":\"Location\",\"id\":\"2ec99e82-a0af-4b70-bd53-1869d84b2ad1\",";
    String address = "\"address\":{\"line\":[\"20 The Headrow\"]";
    assertThat(text).contains(location).contains(address);
    byte[] in =
        text.replace(location, "\"resource\":{\"resourceType\":\"Location\",")
            .replace(
                address,
                "\"address\":{\"extension\":[{\"url\":\"https://example.org/fhir/x-uprn\","
                    + "\"valueString\":\"100023336956\"}],\"line\":[\"20 The Headrow\"]")
            .getBytes(StandardCharsets.UTF_8);
    Decoded<Message> d = CODEC.decode(in, WireFormat.FHIR_R4_JSON);
    assertThat(d.losses()).isEmpty();
    List<Extension> carried = carried(d.value());
    assertThat(carried).hasSize(1);
    assertThat(part(carried.get(0), "resource")).isEqualTo("Location#1");
    assertThat(part(carried.get(0), "location")).isEqualTo("resource.address.extension[0]");
    Encoded out = CODEC.compact().encode(d.value(), WireFormat.FHIR_R4_JSON);
    assertThat(out.losses()).isEmpty();
    assertThat(new String(out.content().toArray(), StandardCharsets.UTF_8))
        .contains(
            "\"address\":{\"extension\":[{\"url\":\"https://example.org/fhir/x-uprn\","
                + "\"valueString\":\"100023336956\"}]");
    assertThat(CODEC.decode(out.content().toArray()).value()).isEqualTo(d.value());
  }

  @Test
  void contentWhosePlaceIsNotInTheEncodingIsALoss() {
    Message m = CODEC.decode(barsWithExtension()).value();
    List<Extension> all = new ArrayList<>();
    for (Extension x : m.envelope().extras().extensions()) {
      if (!Envelope.FHIR_VERBATIM.equals(x.url())) {
        all.add(x);
      }
    }
    all.add(verbatim("urn:uuid:not-in-the-bundle", "resource.note[0]", "{\"note\":[{}]}"));
    all.add(
        verbatim(
            "urn:uuid:236bb75d-90ef-461f-b71e-fde7f899802c",
            "resource.nowhere.extension[0]",
            "{\"extension\":[{\"url\":\"https://example.org/x\",\"valueBoolean\":true}]}"));
    all.add(
        verbatim(
            "urn:uuid:236bb75d-90ef-461f-b71e-fde7f899802c",
            "resource.status",
            "{\"status\":\"revoked\"}"));
    all.add(verbatim("urn:uuid:236bb75d-90ef-461f-b71e-fde7f899802c", "resource.x", "[1, 2"));
    Message changed =
        Message.of(
            m.envelope().toBuilder().extras(m.envelope().extras().withExtensions(all)).build(),
            m.payload());
    Encoded out = CODEC.encode(changed, WireFormat.FHIR_R4_JSON);
    assertThat(out.losses())
        .contains(
            new Loss(
                "Bundle.entry[urn:uuid:not-in-the-bundle].resource.note[0]",
                "its resource is not in the encoding"),
            new Loss(
                "Bundle.entry[urn:uuid:236bb75d-90ef-461f-b71e-fde7f899802c]"
                    + ".resource.nowhere.extension[0]",
                "its place (nowhere) is not in the encoding"),
            new Loss(
                "Bundle.entry[urn:uuid:236bb75d-90ef-461f-b71e-fde7f899802c].resource.status",
                "the encoding writes its own status there"),
            new Loss(
                "Bundle.entry[urn:uuid:236bb75d-90ef-461f-b71e-fde7f899802c].resource.x",
                "FHIR content carried verbatim is not FHIR JSON"));
    assertThat(new String(out.content().toArray(), StandardCharsets.UTF_8))
        .doesNotContain("revoked");
  }

  private static Extension verbatim(String anchor, String location, String json) {
    return Envelope.fhirVerbatim("R4", anchor, location, json);
  }
}
