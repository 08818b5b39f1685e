package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.message.Party;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.Source;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Ref;
import dev.koine.testkit.MessageArbitraries;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * BaRS booking-request and R4 Acknowledgement Framework replies: every generated message, within
 * what an R4 message carries, survives encode then decode (JSON and XML) unchanged and with no
 * loss.
 *
 * <p>Restrictions. The envelope is reduced to the BaRS header fields these families use (message
 * id, event, timestamp, sender organisation, receivers, reason, definition, correlation inReplyTo),
 * with references spelt as the id rule reads them back; the general R4 envelope mapping is not what
 * these properties test. The booking has no patient (the patient mapping has its own restrictions)
 * and only appointments and slots as related entities, without extras (generated extension values
 * include types R4 lacks, e.g. integer64); its appointment has an id of its own (generated ids may
 * repeat the message id). Decoding is told the format (generated extras may carry STU3-looking
 * profiles). An R4 acknowledgement is a business one with the FHIR response code of its status and
 * no text (as {@code Replies} builds it), in a message with a message id (its OperationOutcome id
 * derives from it).
 */
class FhirR4FamiliesProperties {
  private final FhirCodec codec = new FhirCodec();

  /**
   * Generated payload references name their targets both as {@code x} and {@code urn:uuid:x}, which
   * the R4 id rule reads back alike (MessageBundle), so the booking property checks that nothing is
   * lost on the wire (the codec's leaf-level round trip of the encoded bytes loses nothing) and
   * that the decoded message is a fixpoint; the envelope, where the spelling is normalised, must
   * come back equal.
   */
  @Property(tries = 150)
  void bookingRequestsRoundTrip(@ForAll("bookings") Message m, @ForAll boolean json) {
    WireFormat format = json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML;
    MessageCodec.Encoded encoded = codec.encode(m, format);
    assertThat(encoded.losses()).isEmpty();
    Decoded<Message> back = codec.decode(encoded.content().toArray(), format);
    assertThat(back.losses()).isEmpty();
    assertThat(back.value().payload())
        .as(back.issues().toString())
        .isInstanceOf(BookingRequest.class);
    assertThat(back.value().envelope()).isEqualTo(m.envelope());
    RoundTrip rt = codec.roundTrip(encoded.content().toArray(), format);
    assertThat(rt.lost()).as(rt.losses().toString()).isZero();
    roundTrips(back.value(), json);
  }

  @Property(tries = 300)
  void acknowledgementsRoundTrip(@ForAll("acks") Message m, @ForAll boolean json) {
    roundTrips(m, json);
  }

  private void roundTrips(Message m, boolean json) {
    WireFormat format = json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML;
    MessageCodec.Encoded encoded = codec.encode(m, format);
    assertThat(encoded.losses()).isEmpty();
    Decoded<Message> back = codec.decode(encoded.content().toArray(), format);
    assertThat(back.format()).isEqualTo(format);
    assertThat(back.losses()).isEmpty();
    assertThat(back.value().envelope()).usingRecursiveComparison().isEqualTo(m.envelope());
    assertThat(back.value().payload()).usingRecursiveComparison().isEqualTo(m.payload());
    assertThat(back.value()).isEqualTo(m);
  }

  @Provide
  Arbitrary<Message> bookings() {
    return MessageArbitraries.bookingRequestMessages()
        .filter(m -> m.payload() instanceof BookingRequest)
        .filter(m -> m.envelope().event().code().equals("booking-request"))
        .filter(m -> ((BookingRequest) m.payload()).appointment().id() != null)
        .map(
            m -> {
              BookingRequest b = (BookingRequest) m.payload();
              return Message.of(
                  forR4(m.envelope()),
                  new BookingRequest(
                      b.appointment().toBuilder()
                          .id("appointment-" + b.appointment().id())
                          .extras(Extras.NONE)
                          .build(),
                      null,
                      r4Entities(b.related())));
            });
  }

  @Provide
  Arbitrary<Message> acks() {
    return Combinators.combine(
            MessageArbitraries.barsEnvelopes(),
            MessageArbitraries.acknowledgements(),
            Arbitraries.of(AckStatus.class))
        .as(
            (env, ack, status) ->
                Message.of(
                    forR4(env),
                    new Acknowledgement(
                        AckType.BUSINESS,
                        status,
                        Coding.of(CodeSystems.FHIR_RESPONSE_CODE, status.fhirCode()),
                        ack.issues(),
                        null)));
  }

  private static final ContactPoint EMPTY_CONTACT = new ContactPoint(null, null, null, null, null);

  /**
   * The envelope reduced to the BaRS header fields these families use (message id, event,
   * timestamp, sender organisation, receivers and endpoints, reason, definition, correlation); the
   * general R4 envelope mapping is not what these properties are about.
   */
  static Envelope forR4(Envelope generated) {
    Envelope e =
        Envelope.builder()
            .messageId(generated.messageId())
            .event(generated.event())
            .family(generated.family())
            .timestamp(generated.timestamp())
            .sender(generated.sender())
            .recipients(generated.recipients())
            .reason(generated.reason())
            .definition(generated.definition())
            .correlation(generated.correlation())
            .build();
    Correlation c = e.correlation();
    return e.toBuilder()
        .sender(
            e.sender() == null ? null : new Party(portable(e.sender().organisation()), null, null))
        .recipients(
            e.recipients().stream()
                .filter(
                    r ->
                        r.name() != null
                            || r.receiver() != null
                            || r.target() != null
                            || r.endpoint() != null)
                .map(
                    r ->
                        new Recipient(
                            r.name(),
                            portable(r.receiver()),
                            portable(r.target()),
                            r.endpoint(),
                            null))
                .collect(Collectors.toList()))
        .messageProfiles(List.of())
        .source(
            e.source() == null || !EMPTY_CONTACT.equals(e.source().contact())
                ? e.source()
                : new Source(
                    e.source().name(),
                    e.source().software(),
                    e.source().version(),
                    null,
                    e.source().endpoint()))
        .bundle(null)
        .enterer(portable(e.enterer()))
        .author(portable(e.author()))
        .responsible(portable(e.responsible()))
        .senderReference(null)
        .localExtension(null)
        .ackRequest(
            e.ackRequest() == null || e.ackRequest().business() == null
                ? null
                : new dev.koine.core.message.AckRequest(null, e.ackRequest().business()))
        .correlation(
            c == null || c.inReplyTo() == null ? null : new Correlation(c.inReplyTo(), null))
        .build();
  }

  /**
   * The reference with a target {@code urn:uuid:x} written as {@code x}: the id rule reads both
   * back as {@code x} (MessageBundle).
   */
  static Ref portable(Ref r) {
    if (r == null || r.target() == null || !r.target().startsWith("urn:uuid:")) {
      return r;
    }
    String x = r.target().substring("urn:uuid:".length());
    if (x.isEmpty() || x.indexOf(':') >= 0 || x.indexOf('/') >= 0) {
      return r;
    }
    return new Ref(x, r.type(), r.identifier(), r.display());
  }

  /**
   * The entities the booking mapper types: appointments and slots, without extras (generated
   * extension values include types R4 has not, such as integer64; extras are covered by the Values
   * properties). The shared actor types are covered by the referral and pathology tests.
   */
  static Entities r4Entities(Entities x) {
    return Entities.builder()
        .appointments(
            java.util.stream.IntStream.range(0, x.appointments().size())
                .mapToObj(
                    i -> {
                      var a = x.appointments().get(i);
                      return a.toBuilder()
                          .id(a.id() == null ? null : "related-appointment-" + i + "-" + a.id())
                          .extras(Extras.NONE)
                          .build();
                    })
                .collect(Collectors.toList()))
        .slots(
            java.util.stream.IntStream.range(0, x.slots().size())
                // an entry with neither id nor fullUrl is matched by its place among its type,
                // which a typed and a verbatim Slot do not keep: slots here have ids
                .filter(i -> x.slots().get(i).id() != null)
                .mapToObj(
                    i -> {
                      var a = x.slots().get(i);
                      // generated ids repeat; entries are told apart by id
                      return a.toBuilder()
                          .id(a.id() == null ? null : "slot-" + i + "-" + a.id())
                          .extras(Extras.NONE)
                          .build();
                    })
                .collect(Collectors.toList()))
        .build();
  }
}
