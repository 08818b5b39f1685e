package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.Message;
import dev.koine.core.message.Referral;
import dev.koine.core.model.Appointment;
import dev.koine.core.model.ServiceRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hand-written order, booking, referral and document messages: each decodes to the expected model
 * values, and re-encodes to a message that decodes to the same model.
 */
class MoreMessagesTest {
  private final Hl7v2Codec codec = new Hl7v2Codec();

  private Message decode(String er7) {
    return codec.decode(er7.getBytes(StandardCharsets.UTF_8), WireFormat.HL7V2).value();
  }

  /** Re-encodes a message and checks the result decodes to the same model. */
  private Message roundTrip(Message m) {
    MessageCodec.Encoded encoded = codec.encode(m, WireFormat.HL7V2);
    assertThat(encoded.losses()).isEmpty();
    byte[] bytes = encoded.content().toArray();
    Decoded<Message> back = codec.decode(bytes, WireFormat.HL7V2);
    assertThat(back.value()).isEqualTo(m);
    return back.value();
  }

  // ORC-1 NW new order; ORC-2 placer number ^ namespace; ORC-3 filler number ^ namespace;
  // ORC-5 IP in process; ORC-7.6 R routine priority; ORC-9 transaction date -> authoredOn.
  // OBR-2/3 repeat ORC-2/3; OBR-4 service (FBC, local code system); OBR-15.1 specimen source BLD;
  // OBR-16 ordering provider (GMC number C1234567, name JONES^ALAN).
  static final String ORM =
      "MSH|^~\\&|ICE|RX1|WINPATH|RX1|20240312100000||ORM^O01^ORM_O01|ORD00001|P|2.4\r"
          + "PID|1||9434765919^^^NHS^NH||SMITH^JANE^^^MRS^^L||19800115|F\r"
          + "ORC|NW|PL123^ICE|FL456^WINPATH||IP||^^^^^R||20240312095500\r"
          + "OBR|1|PL123^ICE|FL456^WINPATH|FBC^Full blood count^L|||||||||||BLD&Blood"
          + "|C1234567^JONES^ALAN\r";

  @Test
  void ormDecodesToALabOrderAndBack() {
    Message m = decode(ORM);
    LabOrder o = (LabOrder) m.payload();
    ServiceRequest r = o.requests().get(0);
    assertThat(r.identifiers()).extracting(i -> i.value()).containsExactly("PL123", "FL456");
    assertThat(r.identifiers().get(0).assigner()).isEqualTo("ICE");
    assertThat(r.code().codings().get(0).code()).isEqualTo("FBC");
    assertThat(r.status()).isEqualTo("active");
    assertThat(r.intent()).isEqualTo("order");
    assertThat(r.priority()).isEqualTo("routine");
    assertThat(r.authoredOn()).isNotNull();
    assertThat(r.requester().target()).isEqualTo("Practitioner/obr16-1");
    assertThat(o.related().practitioners().get(0).names().get(0).family()).isEqualTo("JONES");
    assertThat(o.related().specimens().get(0).type().codings().get(0).code()).isEqualTo("BLD");
    assertThat(r.specimens()).hasSize(1);
    assertThat(o.patient().nhsNumber()).isPresent();
    assertThat(m.envelope().event().code()).isEqualTo("O01");
    roundTrip(m);
  }

  // As ORM, in the v2.5 shape: TQ1-9 S stat priority; SPM-4 specimen type (SNOMED CT 119297000
  // blood specimen); SPM-17 collection time.
  static final String OML =
      "MSH|^~\\&|ICE|RX1|WINPATH|RX1|20240312100000||OML^O21^OML_O21|ORD00002|P|2.5.1\r"
          + "PID|1||9434765919^^^NHS^NH||SMITH^JANE^^^MRS^^L||19800115|F\r"
          + "ORC|NW|PL124^ICE|||IP||||20240312095500\r"
          + "TQ1|1||||||||S\r"
          + "OBR|1|PL124^ICE||UE^Urea and electrolytes^L|||||||||||"
          + "|C1234567^JONES^ALAN\r"
          + "SPM|1|||119297000^Blood specimen^SCT|||||||||||||20240312094500\r";

  @Test
  void omlDecodesToALabOrderAndBack() {
    Message m = decode(OML);
    LabOrder o = (LabOrder) m.payload();
    ServiceRequest r = o.requests().get(0);
    assertThat(r.identifiers()).extracting(i -> i.value()).containsExactly("PL124");
    assertThat(r.priority()).isEqualTo("stat");
    assertThat(r.code().codings().get(0).code()).isEqualTo("UE");
    assertThat(o.related().specimens().get(0).type().codings().get(0).code())
        .isEqualTo("119297000");
    assertThat(o.related().specimens().get(0).collected()).isNotNull();
    assertThat(m.envelope().event().code()).isEqualTo("O21");
    roundTrip(m);
  }

  // SCH-1 placer appointment id ^ namespace; SCH-2 filler appointment id ^ namespace;
  // SCH-11.4 start, SCH-11.5 end; SCH-25 Booked. RGS-1 resource group (structure only, re-derived);
  // RGS-2 segment action code A (no typed home: carried verbatim and written back).
  // AIS-3 service (local code CARDIO); AIP-3 clinician (GMC number, name); AIL-3.1 clinic location.
  static final String SIU =
      "MSH|^~\\&|PAS|RX1|EPR|RX1|20240312100000||SIU^S12^SIU_S12|APT00001|P|2.5\r"
          + "SCH|AP123^PAS|FA456^PAS|||||||||^^^20240401093000^20240401100000||||||||||||||Booked\r"
          + "PID|1||9434765919^^^NHS^NH||SMITH^JANE^^^MRS^^L||19800115|F\r"
          + "RGS|1|A\r"
          + "AIS|1||CARDIO^Cardiology clinic^L\r"
          + "AIP|1||C1234567^JONES^ALAN\r"
          + "AIL|1||OPD3\r";

  @Test
  void siuDecodesToABookingRequestAndBack() {
    Decoded<Message> d = codec.decode(SIU.getBytes(StandardCharsets.UTF_8), WireFormat.HL7V2);
    BookingRequest b = (BookingRequest) d.value().payload();
    Appointment a = b.appointment();
    assertThat(a.identifiers()).extracting(i -> i.value()).containsExactly("AP123", "FA456");
    assertThat(a.start().toV2()).isEqualTo("20240401093000");
    assertThat(a.end().toV2()).isEqualTo("20240401100000");
    assertThat(a.status()).isEqualTo("booked");
    assertThat(a.serviceTypes().get(0).codings().get(0).code()).isEqualTo("CARDIO");
    assertThat(a.participants())
        .extracting(p -> p.actor().target())
        .containsExactly("Practitioner/aip-1", "Location/ail-1");
    assertThat(b.related().locations().get(0).name()).isEqualTo("OPD3");
    assertThat(Unmapped.locations(d)).containsExactly("RGS-2", "AIS-3.3");
    roundTrip(d.value());
  }

  // RF1-1 A accepted; RF1-2 R routine; RF1-6 UBRN 000000001234 ^ e-RS namespace.
  // PRD-1 RP referring provider, PRD-2 name; second PRD-1 RT referred-to provider.
  static final String REF =
      "MSH|^~\\&|ERS|X26|PAS|RX1|20240312100000||REF^I12^REF_I12|REF00001|P|2.4\r"
          + "RF1|A|R||||000000001234^e-RS\r"
          + "PRD|RP|BROWN^SARAH\r"
          + "PRD|RT|GREEN^TOM\r"
          + "PID|1||9434765919^^^NHS^NH||SMITH^JANE^^^MRS^^L||19800115|F\r";

  @Test
  void refDecodesToAReferralAndBack() {
    Message m = decode(REF);
    Referral ref = (Referral) m.payload();
    ServiceRequest r = ref.request();
    assertThat(r.status()).isEqualTo("active");
    assertThat(r.priority()).isEqualTo("routine");
    assertThat(r.identifiers().get(0).system()).isEqualTo("https://fhir.nhs.uk/Id/UBRN");
    assertThat(r.identifiers().get(0).value()).isEqualTo("000000001234");
    assertThat(r.requester().target()).isEqualTo("Practitioner/prd-1");
    assertThat(ref.related().practitioners().get(1).names().get(0).family()).isEqualTo("GREEN");
    roundTrip(m);
  }
}
