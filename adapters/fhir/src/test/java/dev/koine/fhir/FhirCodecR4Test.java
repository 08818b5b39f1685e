package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Message;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.Referral;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R4 decode/encode of the BaRS referral, and the bars-api corpus. */
class FhirCodecR4Test {
  private final FhirCodec codec = new FhirCodec();

  @ParameterizedTest
  @EnumSource(
      value = WireFormat.class,
      names = {"FHIR_R4_JSON", "FHIR_R4_XML"})
  void referralExampleRoundTripsThroughTheModel(WireFormat format) {
    Message example = Examples.referral();
    assertThat(codec.encode(example, format).losses())
        .extracting(l -> l.location())
        .containsExactly("Envelope.recipients.type");
    Message m = withoutRecipientTypes(example);
    MessageCodec.Encoded encoded = codec.encode(m, format);
    assertThat(encoded.losses()).isEmpty();
    Decoded<Message> back = codec.decode(encoded.content().toArray());
    assertThat(back.format()).isEqualTo(format);
    assertThat(back.losses()).isEmpty();
    assertThat(back.value().envelope()).isEqualTo(m.envelope());
    Referral r = (Referral) back.value().payload();
    Referral expected = (Referral) m.payload();
    assertThat(r.request()).isEqualTo(expected.request());
    assertThat(r.patient()).isEqualTo(expected.patient());
    assertThat(r.related()).isEqualTo(expected.related());
    assertThat(back.value()).isEqualTo(m);
    RoundTrip rt = codec.roundTrip(encoded.content().toArray(), format);
    assertThat(rt.lost()).isZero();
    assertThat(rt.status()).isEqualTo("LOSSLESS");
  }

  /** R4 has no ITK3 recipient type (FA/FI). */
  static Message withoutRecipientTypes(Message m) {
    var env =
        m.envelope().toBuilder()
            .recipients(
                m.envelope().recipients().stream()
                    .map(r -> new Recipient(r.name(), r.receiver(), r.target(), r.endpoint(), null))
                    .collect(Collectors.toList()))
            .build();
    return Message.of(env, m.payload());
  }

  @Test
  void isFoundByServiceLoader() {
    assertThat(
            ServiceLoader.load(MessageCodec.class).stream()
                .map(p -> p.type().getName())
                .collect(Collectors.toList()))
        .contains(FhirCodec.class.getName());
  }

  @Test
  void acceptsSniffsJsonAndXml() {
    assertThat(
            codec.accepts(
                "{\"resourceType\":\"Bundle\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(
            codec.accepts(
                "<Bundle xmlns=\"http://hl7.org/fhir\"/>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(codec.accepts("MSH|^~\\&|".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isFalse();
  }

  @Test
  void barsValidationRequestsDecodeAsReferrals() throws IOException {
    List<Path> files = corpus("bars-api", "ValidationRequest (POST)");
    assertThat(files).isNotEmpty();
    for (Path p : files) {
      Decoded<Message> d = codec.decode(Files.readAllBytes(p));
      assertThat(d.value().payload()).as(p.toString()).isInstanceOf(Referral.class);
      assertThat(d.losses().size()).as(p.toString()).isLessThan(d.leaves());
      RoundTrip rt = codec.roundTrip(Files.readAllBytes(p), d.format());
      assertThat(rt.leaves()).isEqualTo(d.leaves());
      assertThat(rt.lost()).as(p.toString()).isGreaterThanOrEqualTo(d.losses().size());
    }
  }

  @Test
  void everyBarsMessageDecodesOrIsRefusedWithAParseError() throws IOException {
    for (Path p : corpus("bars-api", ".json")) {
      byte[] bytes = Files.readAllBytes(p);
      try {
        Decoded<Message> d = codec.decode(bytes);
        assertThat(d.leaves()).isPositive();
      } catch (KoineParseException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  static List<Path> corpus(String folder, String nameContains) throws IOException {
    Path root;
    try (InputStream in =
        FhirCodecR4Test.class.getResourceAsStream("/corpus/" + folder + "/_SOURCE.txt")) {
      assertThat(in).isNotNull();
    }
    try {
      root = Paths.get(FhirCodecR4Test.class.getResource("/corpus/" + folder).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().contains(nameContains))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
