package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.model.DiagnosticReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R4 NHS England Pathology: unsolicited observations (LabReport) and laboratory orders. */
class FhirCodecPathologyR4Test {
  private final FhirCodec codec = new FhirCodec();

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("labReport", WireFormat.FHIR_R4_JSON),
        Arguments.of("labReport", WireFormat.FHIR_R4_XML),
        Arguments.of("labOrder", WireFormat.FHIR_R4_JSON),
        Arguments.of("labOrder", WireFormat.FHIR_R4_XML));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void pathologyExamplesRoundTripThroughTheModel(String name, WireFormat format) {
    Message m =
        FhirCodecR4Test.withoutRecipientTypes(
            "labReport".equals(name) ? Examples.labReport() : Examples.labOrder());
    MessageCodec.Encoded encoded = codec.encode(m, format);
    assertThat(encoded.losses()).isEmpty();
    Decoded<Message> back = codec.decode(encoded.content().toArray());
    assertThat(back.format()).isEqualTo(format);
    assertThat(back.losses()).isEmpty();
    assertThat(back.value().payload())
        .isInstanceOf("labReport".equals(name) ? LabReport.class : LabOrder.class);
    assertThat(back.value().envelope()).isEqualTo(m.envelope());
    assertThat(back.value()).isEqualTo(m);
    RoundTrip rt = codec.roundTrip(encoded.content().toArray(), format);
    assertThat(rt.lost()).isZero();
  }

  /**
   * Times from HL7 v2 without an offset: a dateTime is written as its date and an instant left out,
   * each reported at the element's wire path, not only its name.
   */
  @Test
  void timesWithoutAnOffsetAreReportedWhereTheyAre() throws IOException {
    Message base = FhirCodecR4Test.withoutRecipientTypes(Examples.labReport());
    LabReport r = (LabReport) base.payload();
    dev.koine.core.time.PartialDateTime local =
        dev.koine.core.time.PartialDateTime.parseV2("202601051230");
    DiagnosticReport report =
        r.reports().get(0).toBuilder()
            .effective(new dev.koine.core.model.Value.TimeValue("dateTime", local))
            .build();
    Message m =
        Message.of(
            base.envelope().toBuilder().timestamp(local).build(),
            r.toBuilder().reports(List.of(report)).build());
    MessageCodec.Encoded encoded = codec.encode(m, WireFormat.FHIR_R4_JSON);
    String json = new String(encoded.content().toArray(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).contains("\"effectiveDateTime\": \"2026-01-05\"").doesNotContain("timestamp");
    List<String> types = new java.util.ArrayList<>();
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    for (var e : node.get("entry")) {
      types.add(e.get("resource").get("resourceType").asText());
    }
    int entry = types.indexOf("DiagnosticReport");
    assertThat(encoded.losses())
        .contains(
            new Loss(
                "Bundle.timestamp",
                "a FHIR instant needs a time-zone offset, which this time has not: left out"),
            new Loss(
                "Bundle.entry[" + entry + "].resource.effectiveDateTime",
                "a time without an offset is written as its date (FHIR needs an offset)"));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void profilesInExtrasMetaRoundTrip(WireFormat format) {
    Message base = FhirCodecR4Test.withoutRecipientTypes(Examples.labReport());
    LabReport r = (LabReport) base.payload();
    var meta =
        dev.koine.core.model.Extras.of(
            new dev.koine.core.model.Meta(
                null,
                null,
                null,
                List.of("https://fhir.hl7.org.uk/StructureDefinition/UKCore-DiagnosticReport-Lab"),
                List.of(),
                List.of()));
    var report = r.reports().get(0).toBuilder().extras(meta).build();
    var obs = r.related().observations().get(0).toBuilder().extras(meta).build();
    Message m =
        Message.of(
            base.envelope(),
            r.toBuilder()
                .reports(List.of(report))
                .related(r.related().toBuilder().observations(List.of(obs)).build())
                .build());
    MessageCodec.Encoded encoded = codec.encode(m, format);
    String text = new String(encoded.content().toArray(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("UKCore-DiagnosticReport-Lab");
    Decoded<Message> back = codec.decode(encoded.content().toArray());
    assertThat(back.losses()).isEmpty();
    assertThat(back.value()).isEqualTo(m);
    String plain =
        new String(
            codec.encode(base, format).content().toArray(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(plain).doesNotContain("UKCore-DiagnosticReport-Lab");
  }

  static Stream<WireFormat> formats() {
    return Stream.of(WireFormat.FHIR_R4_JSON, WireFormat.FHIR_R4_XML);
  }

  @Test
  void olderSnomedEventDecodesByFocus() {
    Message report = FhirCodecR4Test.withoutRecipientTypes(Examples.labReport());
    var env =
        report.envelope().toBuilder()
            .event(
                dev.koine.core.code.Coding.of(
                    dev.koine.core.code.CodeSystems.SNOMED_CT, "371528001", "Pathology report"))
            .build();
    Message m = Message.of(env, report.payload());
    Decoded<Message> back =
        codec.decode(codec.encode(m, WireFormat.FHIR_R4_JSON).content().toArray());
    assertThat(back.losses()).isEmpty();
    assertThat(back.value()).isEqualTo(m);
  }

  @Test
  void pathologyCorpusBundlesDecode() throws IOException {
    List<Path> files = FhirCodecR4Test.corpus("nhse-simplifier-backup", "Pathology-Bundle-");
    assertThat(files).hasSize(14);
    List<String> reports = new ArrayList<>();
    List<String> orders = new ArrayList<>();
    for (Path p : files) {
      byte[] bytes = Files.readAllBytes(p);
      Decoded<Message> d = codec.decode(bytes);
      String file = p.getFileName().toString();
      assertThat(d.losses().size()).as(file).isLessThan(d.leaves());
      if (d.value().payload() instanceof LabReport) {
        reports.add(file);
      } else if (d.value().payload() instanceof LabOrder) {
        orders.add(file);
      }
      RoundTrip rt = codec.roundTrip(bytes, d.format());
      assertThat(rt.leaves()).isEqualTo(d.leaves());
    }
    assertThat(reports)
        .containsExactly(
            "Pathology-Bundle-CRP-Report-Example.xml",
            "Pathology-Bundle-FBC-Report-Example.xml",
            "Pathology-Bundle-HBsAg-Report-Example.xml",
            "Pathology-Bundle-HbA1c-Report-Example.xml",
            "Pathology-Bundle-LFT-UandE-Report-Example.xml",
            "Pathology-Bundle-Lipids-HbA1c-Report-Example.xml",
            "Pathology-Bundle-ProstateSpecificAntigenTest-Example.xml",
            "Pathology-Bundle-RenalFunctionTests-Example.xml");
    assertThat(orders).hasSize(6).allMatch(f -> f.contains("-Request-"));
  }
}
