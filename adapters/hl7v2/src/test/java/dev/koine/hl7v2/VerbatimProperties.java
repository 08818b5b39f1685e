package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * HL7 v2 content with no typed home is carried verbatim on the envelope and written back where it
 * was: a message of a type Koine does not type (every segment but MSH carried) loses no leaf on a
 * round trip, whatever its fields, repetitions, escapes and explicit nulls; with other delimiters
 * the model is a fixpoint of encode and decode.
 */
class VerbatimProperties {
  private static final Hl7v2Codec CODEC = new Hl7v2Codec();

  @Provide
  Arbitrary<Er7Generators.Message> untypedDefault() {
    return Er7Generators.message(dev.koine.hl7v2.V2Delimiters.DEFAULT, false).map(this::untyped);
  }

  @Provide
  Arbitrary<Er7Generators.Message> untypedAnyDelimiters() {
    return Er7Generators.delimiters()
        .flatMap(d -> Er7Generators.message(d, false))
        .map(this::untyped);
  }

  /** The message as type ZZZ^Z99, without the PID and PD1 an untyped message still types. */
  private Er7Generators.Message untyped(Er7Generators.Message g) {
    List<Er7Generators.Segment> segments = new ArrayList<>();
    for (Er7Generators.Segment s : g.segments()) {
      if (s.id().equals("MSH")) {
        List<List<List<List<Er7Generators.Leaf>>>> fields = new ArrayList<>(s.fields());
        fields.set(
            6,
            List.of(
                List.of(
                    List.of(new Er7Generators.Leaf("ZZZ", "ZZZ")),
                    List.of(new Er7Generators.Leaf("Z99", "Z99")))));
        segments.add(new Er7Generators.Segment("MSH", fields, s.terminator()));
      } else if (!s.id().equals("PID") && !s.id().equals("PD1")) {
        segments.add(s);
      }
    }
    return new Er7Generators.Message(g.delimiters(), g.prefix(), segments);
  }

  @Property(tries = 300)
  void anUntypedMessageRoundTripsWithNoLostLeaf(@ForAll("untypedDefault") Er7Generators.Message g) {
    byte[] bytes = g.text().getBytes(StandardCharsets.UTF_8);
    Decoded<Message> d = CODEC.decode(bytes, WireFormat.HL7V2);
    assertThat(d.losses()).isEmpty();
    assertThat(d.issues().all())
        .allMatch(i -> i.code() == IssueCode.CARRIED_VERBATIM)
        .allMatch(i -> !i.message().contains("|"));
    RoundTrip rt = CODEC.roundTrip(bytes, WireFormat.HL7V2);
    assertThat(rt.losses()).isEmpty();
    assertThat(CODEC.encode(d.value(), WireFormat.HL7V2).losses()).isEmpty();
  }

  @Property(tries = 300)
  void withAnyDelimitersTheCarriedModelIsAFixpoint(
      @ForAll("untypedAnyDelimiters") Er7Generators.Message g) {
    Message m = CODEC.decode(g.text().getBytes(StandardCharsets.UTF_8), WireFormat.HL7V2).value();
    var encoded = CODEC.encode(m, WireFormat.HL7V2);
    assertThat(encoded.losses()).isEmpty();
    assertThat(CODEC.decode(encoded.content().toArray(), WireFormat.HL7V2).value()).isEqualTo(m);
  }

  @Provide
  Arbitrary<Tuple.Tuple3<Message, List<String>, List<Integer>>> adtWithUnknownSegments() {
    Arbitrary<String> segment =
        net.jqwik.api.Combinators.combine(
                net.jqwik.api.Arbitraries.of("IN1", "GT1", "ZXX", "ZU9", "NTE", "ROL"),
                net.jqwik.api.Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .ofMinLength(1)
                    .ofMaxLength(6),
                net.jqwik.api.Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4))
            .as((id, a, b) -> id + "|" + a + "^" + b + "||" + b + "~" + a);
    return net.jqwik.api.Combinators.combine(
            V2Representable.patientEventMessage(),
            segment.list().ofMinSize(1).ofMaxSize(4),
            net.jqwik.api.Arbitraries.integers().between(1, 12).list().ofSize(4))
        .as(Tuple::of);
  }

  /**
   * A typed ADT with segments no mapping reads (insurance, guarantor, unknown Z segments) inserted
   * anywhere after MSH: every leaf of theirs survives the round trip, and the typed content still
   * decodes to the same patient event.
   */
  @Property(tries = 150)
  void unknownSegmentsAmongTypedOnesRoundTrip(
      @ForAll("adtWithUnknownSegments") Tuple.Tuple3<Message, List<String>, List<Integer>> x) {
    String er7 =
        new String(
            CODEC.encode(x.get1(), WireFormat.HL7V2).content().toArray(), StandardCharsets.UTF_8);
    List<String> segments = new ArrayList<>(List.of(er7.split("\r")));
    for (int i = 0; i < x.get2().size(); i++) {
      int at = 1 + Math.floorMod(x.get3().get(i), segments.size());
      segments.add(Math.min(at, segments.size()), x.get2().get(i));
    }
    byte[] bytes = (String.join("\r", segments) + "\r").getBytes(StandardCharsets.UTF_8);
    Decoded<Message> d = CODEC.decode(bytes, WireFormat.HL7V2);
    assertThat(d.losses()).isEmpty();
    RoundTrip rt = CODEC.roundTrip(bytes, WireFormat.HL7V2);
    assertThat(rt.losses()).as(String.join(" / ", x.get2())).isEmpty();
    assertThat(d.value().payload()).isEqualTo(x.get1().payload());
  }

  @Test
  void carriedSegmentsKeepTheirPlaceAndFieldsTheirPath() {
    String er7 =
        "MSH|^~\\&|PAS|RX1|EPR|RX1|20240401090000||ADT^A01^ADT_A01|M1|P|2.4\r"
            + "EVN|A01|20240401090000\r"
            + "PID|1||9434765919^^^NHS^NH||SMITH^JANE||19800115|F\r"
            + "PV1|1|I|WARD1\r"
            + "IN1|1|PLAN-A|INS-9\r"
            + "IN2|1|\"\"\r"
            + "GT1|1||DOE^JOHN\r";
    byte[] bytes = er7.getBytes(StandardCharsets.UTF_8);
    Decoded<Message> d = CODEC.decode(bytes, WireFormat.HL7V2);
    assertThat(Unmapped.locations(d)).contains("IN1", "IN2", "GT1");
    assertThat(d.value().envelope().extras().extensions())
        .allMatch(e -> e.url().equals(Envelope.HL7V2_VERBATIM));
    String written =
        new String(
            CODEC.encode(d.value(), WireFormat.HL7V2).content().toArray(), StandardCharsets.UTF_8);
    assertThat(written)
        .contains("PV1|1|I|WARD1\rIN1|1|PLAN-A|INS-9\rIN2|1|\"\"\rGT1|1||DOE^JOHN\r");
    assertThat(CODEC.roundTrip(bytes, WireFormat.HL7V2).losses()).isEmpty();
    // no patient data in what is reported
    assertThat(String.valueOf(d.issues())).doesNotContain("DOE").doesNotContain("PLAN-A");
    assertThat(Tuple.of(d.value().toString())).asString().doesNotContain("DOE");
  }
}
