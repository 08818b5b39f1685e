package dev.koine.bench;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import dev.koine.core.codec.Decoded;
import dev.koine.core.message.Message;
import dev.koine.hl7v2.Hl7v2Codec;
import dev.koine.hl7v2.V2Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Koine's ER7 codec against HAPI HL7v2 2.6.0's {@code PipeParser} on the same message. HAPI parses
 * into its typed v2.5 structures ({@code CanonicalModelClassFactory("2.5")}, the usual way to read
 * mixed-version feeds with one structure set) with validation off, as Koine's parse validates
 * nothing either. Koine is measured twice: the lossless ER7 tree ({@link V2Message#parse}) and the
 * full decode to the model with losses ({@link Hl7v2Codec#decode}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class Hl7v2Benchmark {
  /** {@code ADT_A01}: the ITK v2.4 admission; {@code ORU_R01}: the trust pathology result. */
  @Param({"ADT_A01", "ORU_R01"})
  public String message = "ADT_A01";

  private final Hl7v2Codec koine = new Hl7v2Codec();
  byte[] bytes;
  String text;
  HapiContext context;
  PipeParser hapi;

  /** Loads the message and checks that both sides read it. */
  @Setup(Level.Trial)
  public void setUp() throws HL7Exception {
    bytes = Payloads.resource("ADT_A01".equals(message) ? Payloads.ADT_A01 : Payloads.ORU_R01);
    text = new String(bytes, StandardCharsets.ISO_8859_1);
    context = new DefaultHapiContext();
    context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
    context.setValidationContext(ValidationContextFactory.noValidation());
    hapi = context.getPipeParser();
    koine.decode(bytes);
    hapi.parse(text);
  }

  /** Closes HAPI's context. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    context.close();
  }

  /** Koine: ER7 bytes to the lossless message tree. */
  @Benchmark
  public V2Message koineParse() {
    return V2Message.parse(bytes);
  }

  /** Koine: ER7 bytes to the model, with losses and issues. */
  @Benchmark
  public Decoded<Message> koineDecode() {
    return koine.decode(bytes);
  }

  /** HAPI: ER7 text to its typed v2.5 message. */
  @Benchmark
  public ca.uhn.hl7v2.model.Message hapiParse() throws HL7Exception {
    return hapi.parse(text);
  }
}
