package dev.koine.bench;

import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.Message;
import dev.koine.fhir.FhirCodec;
import dev.koine.hl7v2.Hl7v2Codec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HL7 v2 to FHIR R4 JSON, steady state, on the ITK v2.4 ADT^A01: Koine (v2 decode to the model,
 * then FHIR R4 JSON encode) against the LinuxForHealth converter ({@link LfhConverter}). The Koine
 * method is measured only when Koine can encode that message as FHIR R4 at all ({@link
 * #koineUnavailable()}); {@code bench/run} leaves it out otherwise and says why. The warm-up is
 * long (3 x 10 s): the converter needs hundreds of conversions to reach its steady state.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 3, time = 4)
@Fork(1)
public class V2ToFhirBenchmark {

  /**
   * Why Koine cannot convert the benchmark ADT^A01 to FHIR R4 JSON in this build, or empty when it
   * can.
   */
  public static Optional<String> koineUnavailable() {
    try {
      Message m = new Hl7v2Codec().decode(Payloads.resource(Payloads.ADT_A01)).value();
      new FhirCodec().encode(m, WireFormat.FHIR_R4_JSON);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(
          "Koine HL7 v2 ADT^A01 -> FHIR R4 JSON is not available in this build: "
              + e.getClass().getSimpleName()
              + ": "
              + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int cut = s.indexOf('[');
    String head = cut > 0 ? s.substring(0, cut) : s;
    int nl = head.indexOf('\n');
    return (nl >= 0 ? head.substring(0, nl) : head).strip();
  }

  /** Koine's two codecs and the ADT bytes. */
  @State(Scope.Benchmark)
  public static class Koine {
    final Hl7v2Codec v2 = new Hl7v2Codec();
    final FhirCodec fhir = new FhirCodec();
    final FhirCodec compact = fhir.compact();
    byte[] adt;

    /** Loads the message; refuses (with the reason) when Koine cannot convert it yet. */
    @Setup(Level.Trial)
    public void setUp() {
      Optional<String> why = koineUnavailable();
      if (why.isPresent()) {
        throw new UnsupportedOperationException("SKIPPED: " + why.get());
      }
      adt = Payloads.resource(Payloads.ADT_A01);
    }
  }

  /** The LinuxForHealth converter, warmed by one conversion (its first takes seconds). */
  @State(Scope.Benchmark)
  public static class Lfh {
    LfhConverter converter;
    String adt;

    /** Loads the converter from its own jars and converts the message once. */
    @Setup(Level.Trial)
    public void setUp() {
      converter = LfhConverter.fromDefaultLocation();
      adt = new String(Payloads.resource(Payloads.ADT_A01), StandardCharsets.ISO_8859_1);
      String out = converter.convert(adt);
      if (out == null || !out.contains("\"resourceType\"")) {
        throw new IllegalStateException("the LinuxForHealth converter returned no FHIR resource");
      }
    }

    /** Releases the converter's class loader. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      converter.close();
    }
  }

  /** Koine: ER7 bytes to the model to FHIR R4 JSON bytes. */
  @Benchmark
  public MessageCodec.Encoded koineV2ToFhirR4Json(Koine k) {
    return k.fhir.encode(k.v2.decode(k.adt).value(), WireFormat.FHIR_R4_JSON);
  }

  /**
   * Koine, writing compact JSON: what LinuxForHealth's {@code convert(String)} writes (its default
   * options do not pretty-print), so the like-for-like comparison.
   */
  @Benchmark
  public MessageCodec.Encoded koineV2ToFhirR4JsonCompact(Koine k) {
    return k.compact.encode(k.v2.decode(k.adt).value(), WireFormat.FHIR_R4_JSON);
  }

  /** LinuxForHealth: ER7 text to an R4 JSON Bundle string (compact: its default options). */
  @Benchmark
  public String lfhConvert(Lfh l) {
    return l.converter.convert(l.adt);
  }
}
