package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.message.Replies;
import dev.koine.core.time.PartialDateTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** BaRS booking-request and R4 acknowledgements on the bars-api corpus and on Replies output. */
class FhirR4FamiliesTest {
  private final FhirCodec codec = new FhirCodec();

  static Stream<Path> bookingRequests() throws IOException {
    List<Path> out = new ArrayList<>(FhirCodecR4Test.corpus("bars-api", "Booking (POST)"));
    out.addAll(FhirCodecR4Test.corpus("bars-api", "POST-body"));
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("bookingRequests")
  void barsBookingRequestsDecodeAsBookingsAndLoseNothingOfTheirs(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    Decoded<Message> d = codec.decode(bytes);
    assertThat(d.value().payload()).isInstanceOf(BookingRequest.class);
    BookingRequest b = (BookingRequest) d.value().payload();
    assertThat(b.appointment().status()).isEqualTo("booked");
    assertThat(b.appointment().slots()).hasSize(1);
    assertThat(b.appointment().participants()).isNotEmpty();
    assertThat(b.patient()).isNotNull();
    assertThat(b.related().slots()).hasSize(1);
    assertThat(b.related().slots().get(0).status()).isEqualTo("busy");
    // the Schedule has no typed home: carried verbatim
    assertThat(b.related().others()).extracting(o -> o.type()).containsExactly("Schedule");
    // nothing of the Appointment, the Slot or the header is lost: only the Patient's known gaps
    assertThat(d.losses()).allSatisfy(l -> assertThat(l.location()).contains("ofType(Patient)"));
    RoundTrip rt = codec.roundTrip(bytes, d.format());
    assertThat(rt.losses()).allSatisfy(l -> assertThat(l.location()).contains("ofType(Patient)"));
    // and the same typed content comes back from the XML form (the verbatim Schedule gains the
    // id of its fullUrl, by the verbatim carry's id rule)
    MessageCodec.Encoded xml = codec.encode(d.value(), WireFormat.FHIR_R4_XML);
    assertThat(xml.losses()).isEmpty();
    Message fromXml = codec.decode(xml.content().toArray()).value();
    assertThat(fromXml.envelope()).isEqualTo(d.value().envelope());
    BookingRequest x = (BookingRequest) fromXml.payload();
    assertThat(x.appointment()).isEqualTo(b.appointment());
    assertThat(x.patient()).isEqualTo(b.patient());
    assertThat(x.related().slots()).isEqualTo(b.related().slots());
    assertThat(x.related().organisations()).isEqualTo(b.related().organisations());
  }

  @Test
  void barsBookingResponsesWithATypedFocusStayUntypedRatherThanLoseTheFocusType()
      throws IOException {
    for (Path p : FhirCodecR4Test.corpus("bars-api", "Booking (HTTP Response)")) {
      Decoded<Message> d = codec.decode(Files.readAllBytes(p));
      assertThat(d.value().payload()).as(p.toString()).isInstanceOf(OtherContent.class);
    }
  }

  static Stream<Arguments> replies() {
    List<Arguments> out = new ArrayList<>();
    for (WireFormat f : List.of(WireFormat.FHIR_R4_JSON, WireFormat.FHIR_R4_XML)) {
      for (Message inbound : List.of(FhirCodecR4Test.withoutRecipientTypes(Examples.referral()))) {
        out.add(Arguments.of(f, inbound, Replies.Outcome.accepted()));
        out.add(Arguments.of(f, inbound, Replies.Outcome.rejected()));
        out.add(
            Arguments.of(
                f, inbound, new Replies.Outcome(false, "REC_BAD_REQUEST", "Invalid request")));
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("replies")
  void repliesToBarsMessagesRoundTripAsAcknowledgements(
      WireFormat format, Message inbound, Replies.Outcome outcome) {
    Message reply =
        Replies.reply(
            inbound,
            outcome,
            "6f1c2b4e-0d1a-4c1e-9d1f-0a1b2c3d4e5f",
            PartialDateTime.parseFhir("2026-11-23T10:00:00+00:00"));
    MessageCodec.Encoded encoded = codec.encode(reply, format);
    assertThat(encoded.losses()).isEmpty();
    String text = new String(encoded.content().toArray(), StandardCharsets.UTF_8);
    assertThat(text).contains(outcome.ok() ? "ok" : "fatal-error").contains("OperationOutcome");
    Decoded<Message> back = codec.decode(encoded.content().toArray());
    assertThat(back.format()).isEqualTo(format);
    assertThat(back.losses()).isEmpty();
    assertThat(back.value()).isEqualTo(reply);
    Acknowledgement a = (Acknowledgement) back.value().payload();
    assertThat(a.type()).isEqualTo(AckType.BUSINESS);
    assertThat(a.status()).isEqualTo(outcome.ok() ? AckStatus.OK : AckStatus.FATAL_ERROR);
    assertThat(a.responseCode().system()).isEqualTo(CodeSystems.FHIR_RESPONSE_CODE);
    RoundTrip rt = codec.roundTrip(encoded.content().toArray(), format);
    assertThat(rt.status()).isEqualTo("LOSSLESS");
  }

  @Test
  void aResponseCodeOnAMessageOfAnotherShapeIsNotTakenForAnAcknowledgement() throws IOException {
    for (Path p : FhirCodecR4Test.corpus("bars-api", "ValidationResponse (POST)")) {
      Decoded<Message> d = codec.decode(Files.readAllBytes(p));
      assertThat(d.value().payload()).as(p.toString()).isNotInstanceOf(Acknowledgement.class);
    }
  }
}
