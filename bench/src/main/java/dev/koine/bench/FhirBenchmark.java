package dev.koine.bench;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.fhir.FhirCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hl7.fhir.r4.model.Bundle;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Koine's FHIR codec against HAPI FHIR 8.12.1 ({@code FhirContext.forR4()}) on the same bytes:
 * decode to the model vs HAPI's parse to its object graph, in JSON and XML, and encode vs HAPI's
 * {@code encodeResourceToString} of the bundle it parsed. A Jackson token loop (and a StAX event
 * loop for XML) over the same bytes is the practical limit of any reader.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class FhirBenchmark {
  /** {@code small}: the ~5 KB pathology message bundle; {@code large}: the ~500 KB one. */
  @Param({"small", "large"})
  public String size = "small";

  private final FhirCodec koine = new FhirCodec();
  private final FhirCodec compact = koine.compact();
  private final FhirContext hapi = FhirContext.forR4();
  private final JsonFactory jackson = new JsonFactory();
  private final XMLInputFactory stax = newStax();

  byte[] json;
  byte[] xml;
  Message message;
  Bundle hapiBundle;

  private static XMLInputFactory newStax() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  /** Loads or builds the bundle and checks that Koine and HAPI both read it. */
  @Setup(Level.Trial)
  public void setUp() {
    if ("small".equals(size)) {
      json = Payloads.resource(Payloads.SMALL_JSON);
      xml = Payloads.resource(Payloads.SMALL_XML);
    } else {
      json = Payloads.large(WireFormat.FHIR_R4_JSON);
      xml = Payloads.large(WireFormat.FHIR_R4_XML);
    }
    Decoded<Message> decoded = koine.decode(json, WireFormat.FHIR_R4_JSON);
    if (!(decoded.value().payload() instanceof LabReport)) {
      throw new IllegalStateException("the benchmark bundle no longer decodes to a LabReport");
    }
    message = decoded.value();
    koine.decode(xml, WireFormat.FHIR_R4_XML);
    hapiBundle = hapi.newJsonParser().parseResource(Bundle.class, new ByteArrayInputStream(json));
    hapi.newXmlParser().parseResource(Bundle.class, new ByteArrayInputStream(xml));
    System.out.printf(
        "%n%s bundle: JSON %,d bytes, XML %,d bytes, %d entries%n",
        size, json.length, xml.length, hapiBundle.getEntry().size());
  }

  /** Koine: R4 JSON bytes to the model (with losses and issues). */
  @Benchmark
  public Decoded<Message> koineDecodeJson() {
    return koine.decode(json, WireFormat.FHIR_R4_JSON);
  }

  /** HAPI: R4 JSON bytes to a {@code Bundle}. */
  @Benchmark
  public Bundle hapiParseJson() {
    return hapi.newJsonParser().parseResource(Bundle.class, new ByteArrayInputStream(json));
  }

  /** The limit: every JSON token of the same bytes, read and counted, nothing built. */
  @Benchmark
  public int jacksonTokenLoop() throws IOException {
    int n = 0;
    try (JsonParser p = jackson.createParser(json)) {
      while (p.nextToken() != null) {
        n++;
      }
    }
    return n;
  }

  /** Koine: R4 XML bytes to the model. */
  @Benchmark
  public Decoded<Message> koineDecodeXml() {
    return koine.decode(xml, WireFormat.FHIR_R4_XML);
  }

  /** HAPI: R4 XML bytes to a {@code Bundle}. */
  @Benchmark
  public Bundle hapiParseXml() {
    return hapi.newXmlParser().parseResource(Bundle.class, new ByteArrayInputStream(xml));
  }

  /** The XML limit: every StAX event of the same bytes, read and counted, nothing built. */
  @Benchmark
  public int staxEventLoop() throws XMLStreamException {
    int n = 0;
    XMLStreamReader r = stax.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      while (r.hasNext()) {
        r.next();
        n++;
      }
    } finally {
      r.close();
    }
    return n;
  }

  /** Koine: the model to R4 JSON bytes. */
  @Benchmark
  public MessageCodec.Encoded koineEncodeJson() {
    return koine.encode(message, WireFormat.FHIR_R4_JSON);
  }

  /**
   * Koine: the model to compact R4 JSON bytes ({@link FhirCodec#compact()}), like HAPI's default.
   */
  @Benchmark
  public MessageCodec.Encoded koineEncodeJsonCompact() {
    return compact.encode(message, WireFormat.FHIR_R4_JSON);
  }

  /** HAPI: its parsed {@code Bundle} to an R4 JSON string. */
  @Benchmark
  public String hapiEncodeJson() {
    return hapi.newJsonParser().encodeResourceToString(hapiBundle);
  }

  /**
   * HAPI: the same, pretty-printed — the form Koine writes by default, so the two produce the same
   * text (the HAPI oracle property checks exactly that).
   */
  @Benchmark
  public String hapiEncodeJsonPretty() {
    return hapi.newJsonParser().setPrettyPrint(true).encodeResourceToString(hapiBundle);
  }

  /** Koine: the model to R4 XML bytes. */
  @Benchmark
  public MessageCodec.Encoded koineEncodeXml() {
    return koine.encode(message, WireFormat.FHIR_R4_XML);
  }

  /** HAPI: its parsed {@code Bundle} to an R4 XML string. */
  @Benchmark
  public String hapiEncodeXml() {
    return hapi.newXmlParser().encodeResourceToString(hapiBundle);
  }
}
