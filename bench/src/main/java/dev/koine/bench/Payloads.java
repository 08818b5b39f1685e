package dev.koine.bench;

import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Observation;
import dev.koine.core.model.Ref;
import dev.koine.fhir.FhirCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The bytes every benchmark reads, the same for Koine and its peers.
 *
 * <ul>
 *   <li>{@link #SMALL_JSON} / {@link #SMALL_XML}: Koine's NHS England pathology report message
 *       ({@link Examples#labReport()}, an {@code unsolicited-observations} R4 message Bundle of
 *       about 5 KB) encoded by {@link FhirCodec}; checked in so that a cold-start fork reads it
 *       without running Koine first. {@link #main} rewrites them.
 *   <li>{@link #large(WireFormat)}: the same message with the haemoglobin Observation repeated (ids
 *       {@code obs-2}, {@code obs-3}...; each one also a {@code DiagnosticReport.result}) until the
 *       R4 JSON is about 500 KB, encoded by {@link FhirCodec} at setup.
 *   <li>{@link #ADT_A01} / {@link #ORU_R01}: Koine's hand-written UK HL7 v2 messages (from {@code
 *       adapters/hl7v2/src/test/resources/uk}, see its README): an ITK v2.4 ADT^A01 with Z segments
 *       and a trust ORU^R01 with an NHS number and an embedded PDF.
 * </ul>
 */
public final class Payloads {
  /** The ~5 KB R4 JSON pathology message bundle (class-path resource). */
  public static final String SMALL_JSON = "nhse-pathology-r4.json";

  /** The same message as R4 XML (class-path resource). */
  public static final String SMALL_XML = "nhse-pathology-r4.xml";

  /** The ITK v2.4 ADT^A01 (class-path resource). */
  public static final String ADT_A01 = "hl7v2/ITK-ADT-A01.hl7";

  /** The trust ORU^R01 (class-path resource). */
  public static final String ORU_R01 = "hl7v2/TRUST-ORU-R01.hl7";

  /** The size the large bundle's JSON reaches, in bytes. */
  public static final int LARGE_TARGET = 500 * 1024;

  private Payloads() {}

  /** Reads a resource of this package. */
  public static byte[] resource(String name) {
    try (InputStream in = Payloads.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pathology message with its Observation repeated until its R4 JSON is ~500 KB. */
  public static Message largeMessage() {
    Message base = Examples.labReport();
    LabReport report = (LabReport) base.payload();
    Observation template = report.related().observations().get(0);
    int perObservation = observationSize(base);
    int copies = Math.max(1, LARGE_TARGET / perObservation);
    Entities.Builder related = report.related().toBuilder();
    DiagnosticReport.Builder diagnostic = report.reports().get(0).toBuilder();
    for (int i = 2; i <= copies; i++) {
      String id = String.format(Locale.ROOT, "obs-%d", i);
      related.addObservation(template.toBuilder().id(id).build());
      diagnostic.addResult(Ref.to(id));
    }
    LabReport large =
        report.toBuilder()
            .reports(java.util.List.of(diagnostic.build()))
            .related(related.build())
            .build();
    return Message.of(base.envelope(), large);
  }

  /** The large message encoded by Koine in this format. */
  public static byte[] large(WireFormat format) {
    return new FhirCodec().encode(largeMessage(), format).content().toArray();
  }

  /** The JSON bytes one more Observation adds. */
  private static int observationSize(Message base) {
    FhirCodec codec = new FhirCodec();
    LabReport report = (LabReport) base.payload();
    Observation template = report.related().observations().get(0);
    int one = codec.encode(base, WireFormat.FHIR_R4_JSON).content().size();
    Message two =
        Message.of(
            base.envelope(),
            report.toBuilder()
                .reports(
                    java.util.List.of(
                        report.reports().get(0).toBuilder().addResult(Ref.to("obs-2")).build()))
                .related(
                    report.related().toBuilder()
                        .addObservation(template.toBuilder().id("obs-2").build())
                        .build())
                .build());
    return Math.max(1, codec.encode(two, WireFormat.FHIR_R4_JSON).content().size() - one);
  }

  /**
   * Rewrites the checked-in small bundles from {@link Examples#labReport()}.
   *
   * @param args the resource folder to write to (default {@code
   *     bench/src/main/resources/dev/koine/bench})
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "bench/src/main/resources/dev/koine/bench");
    FhirCodec codec = new FhirCodec();
    Message m = Examples.labReport();
    Files.write(
        dir.resolve(SMALL_JSON), codec.encode(m, WireFormat.FHIR_R4_JSON).content().toArray());
    Files.write(
        dir.resolve(SMALL_XML), codec.encode(m, WireFormat.FHIR_R4_XML).content().toArray());
    System.out.println("wrote " + dir.resolve(SMALL_JSON) + " and " + dir.resolve(SMALL_XML));
  }
}
