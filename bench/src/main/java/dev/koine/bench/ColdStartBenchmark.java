package dev.koine.bench;

import ca.uhn.fhir.context.FhirContext;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.Message;
import dev.koine.fhir.FhirCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: one shot per fresh JVM (5 forks) from nothing loaded to the first decoded message of
 * the ~5 KB pathology bundle (read from the class path in setup, with no Koine or HAPI class
 * touched): Koine's {@code new FhirCodec().decode(...)} against HAPI's {@code FhirContext.forR4()}
 * plus its first JSON parse. The time includes class loading and HAPI's model scanning.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmark {
  byte[] json;

  /** Reads the bundle's bytes (JDK only: not even {@link Payloads}, which links Koine types). */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    try (InputStream in = ColdStartBenchmark.class.getResourceAsStream("nhse-pathology-r4.json")) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource nhse-pathology-r4.json");
      }
      json = in.readAllBytes();
    }
  }

  /** Koine: a new codec and its first decode. */
  @Benchmark
  public Decoded<Message> koineFirstDecode() {
    return new FhirCodec().decode(json, WireFormat.FHIR_R4_JSON);
  }

  /** HAPI: a new R4 context and its first JSON parse. */
  @Benchmark
  public Bundle hapiFirstParse() {
    return FhirContext.forR4()
        .newJsonParser()
        .parseResource(Bundle.class, new ByteArrayInputStream(json));
  }
}
