package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What a run of public messages nobody had run through Koine exposed (public-health lab reports of
 * {@code corpus/cdc-data-exchange-hl7/}, a pharmacy order): a value type, coding-system name, name
 * repetition or alternate coding the encoder would rewrite is carried verbatim instead of being
 * silently changed or dropped, an order or result message without an OBR is other content rather
 * than a parse error, and a truncation character in MSH-2 is a located loss.
 */
class UnseenMessagesTest {
  private static final Hl7v2Codec CODEC = new Hl7v2Codec();

  private static byte[] bytes(String er7) {
    return er7.getBytes(StandardCharsets.UTF_8);
  }

  private static String written(Message m) {
    return new String(
        CODEC.encode(m, WireFormat.HL7V2).content().toArray(), StandardCharsets.UTF_8);
  }

  @Test
  void everyCdcMessageRoundTripsWithNoLoss() {
    List<Path> files =
        Corpus.files().stream()
            .filter(p -> Corpus.name(p).startsWith("cdc-data-exchange-hl7/"))
            .toList();
    assertThat(files).hasSize(5);
    for (Path file : files) {
      String name = Corpus.name(file);
      byte[] bytes = Corpus.bytes(file);
      Decoded<Message> d = CODEC.decode(bytes, WireFormat.HL7V2);
      assertThat(d.value().payload()).as(name).isInstanceOf(LabReport.class);
      assertThat(d.losses()).as(name).isEmpty();
      assertThat(CODEC.roundTrip(bytes, WireFormat.HL7V2).losses()).as(name).isEmpty();
    }
  }

  @Test
  void aPharmacyOrderWithoutAnObrIsOtherContentCarriedVerbatim() {
    // ORC/RXO only: no OBR for a LabOrder request (was a parse error, exit 2)
    String orm =
        "MSH|^~\\&|RXAPP|FAC||DEST|20260220103500||ORM^O01|M1|P|2.5.1\r"
            + "PID|1||X1^^^FAC^MR||DOE^ANN||19910303|F\r"
            + "ORC|NW|RX-1|||SC\r"
            + "RXO|00093-7424-01^Amoxicillin 500 MG Cap^NDC|1||CAP^Capsule^UCUM\r";
    Decoded<Message> d = CODEC.decode(bytes(orm), WireFormat.HL7V2);
    assertThat(d.value().payload()).isInstanceOf(OtherContent.class);
    assertThat(d.value().envelope().event().code()).isEqualTo("ORM^O01");
    assertThat(d.losses()).isEmpty();
    assertThat(Unmapped.locations(d)).contains("ORC", "RXO");
    assertThat(CODEC.roundTrip(bytes(orm), WireFormat.HL7V2).losses()).isEmpty();
  }

  @Test
  void aResultMessageWithNoServiceIdentifierIsOtherContent() {
    String oru =
        "MSH|^~\\&|LAB|FAC||DEST|20260105091743||ORU^R01|M2|P|2.5.1\r"
            + "PID|1||X2^^^FAC^MR||DOE^BEN||20000303|M\r"
            + "OBR|1|ORD1\r"
            + "OBX|1|NM|K^Potassium^L||4.2|mmol/L\r";
    Decoded<Message> d = CODEC.decode(bytes(oru), WireFormat.HL7V2);
    assertThat(d.value().payload()).isInstanceOf(OtherContent.class);
    assertThat(CODEC.roundTrip(bytes(oru), WireFormat.HL7V2).losses()).isEmpty();
  }

  @Test
  void aTruncationCharacterIsWrittenBackAndALiteralOneEscaped() {
    String oru =
        "MSH|^~\\&#|LAB|FAC||DEST|20260105091743||ORU^R01^ORU_R01|M3|P|2.5.1\r"
            + "PID|1||X3^^^FAC^MR||DOE^CAT||20000303|F\r"
            + "OBR|1||F1|K^Potassium^L\r"
            + "OBX|1|ST|K^Potassium^L||bed \\P\\4 sample|||||F\r";
    Decoded<Message> d = CODEC.decode(bytes(oru), WireFormat.HL7V2);
    assertThat(d.losses()).isEmpty();
    LabReport report = (LabReport) d.value().payload();
    assertThat(report.related().observations().get(0).value())
        .isEqualTo(new dev.koine.core.model.Value.Primitive("string", "bed #4 sample"));
    assertThat(written(d.value())).startsWith("MSH|^~\\&#|LAB|").contains("bed \\P\\4 sample");
    assertThat(CODEC.roundTrip(bytes(oru), WireFormat.HL7V2).losses()).isEmpty();
    // the same model without the carried MSH-2: the four standard characters, '#' a literal
    Message plain =
        Message.of(
            d.value().envelope().toBuilder()
                .extras(dev.koine.core.model.Extras.of(List.of()))
                .build(),
            d.value().payload());
    assertThat(written(plain)).startsWith("MSH|^~\\&|LAB|").contains("bed #4 sample");
  }

  @Test
  void aTruncationCharacterThatIsAStandardDelimiterIsALocatedLoss() {
    String oru =
        "MSH!*%\\/|!LAB!FAC!!DEST!20260105091743!!ORU*R01*ORU_R01!M8!P!2.5.1\r"
            + "PID!1!!X8***FAC*MR!!DOE*GUS!!20000303!M\r"
            + "OBR!1!!F1!K*Potassium*L\r"
            + "OBX!1!NM!K*Potassium*L!!4.2!mmol/L!!!!!F\r";
    Decoded<Message> d = CODEC.decode(bytes(oru), WireFormat.HL7V2);
    assertThat(d.losses()).extracting(Loss::location).containsExactly("MSH-2");
  }

  @Provide
  Arbitrary<String[]> observations() {
    // value type, OBX-5 as sent, OBX-6, OBX-8
    Arbitrary<String> code =
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5);
    Arbitrary<String> number = Arbitraries.integers().between(0, 999).map(i -> Integer.toString(i));
    Arbitrary<String[]> typed =
        Combinators.combine(
                Arbitraries.of(
                    "CE", "CWE", "CX", "DT", "TS", "TX", "FT", "ST", "NM", "SN", "ID", "IS"),
                code,
                number)
            .as(
                (type, c, n) ->
                    new String[] {
                      type,
                      switch (type) {
                        case "CE", "CWE" -> c + "^" + c.toLowerCase() + "^L";
                        case "CX" -> c + n + "^^^AUTH&1.2.3&ISO^PI";
                        case "DT" -> "2020010" + (Integer.parseInt(n) % 9 + 1);
                        case "TS" -> "20200101" + "1200";
                        case "NM" -> n;
                        case "SN" -> "^" + n;
                        default -> c + " " + n;
                      },
                      ""
                    });
    Arbitrary<String> unit = Arbitraries.of("", "mmol/L", "a^year^UCUM", "g/dL^grams^L");
    Arbitrary<String> flag = Arbitraries.of("", "N", "A^Abnormal^HL70078", "H^High^HL70078~A");
    return Combinators.combine(typed, unit, flag).as((t, u, f) -> new String[] {t[0], t[1], u, f});
  }

  /**
   * Whatever the value type of an OBX (also one the mapping does not type), its value, units and
   * abnormal flags with or without the default coding-system name, nothing is lost on a round trip
   * and OBX-2 is written back as it was.
   */
  @Property(tries = 200)
  void anObservationOfAnyValueTypeRoundTripsWithItsType(@ForAll("observations") String[] o) {
    String oru =
        "MSH|^~\\&|LAB|FAC||DEST|20260105091743||ORU^R01^ORU_R01|M4|P|2.5.1\r"
            + "PID|1||X4^^^FAC^MR||DOE^DAN||20000303|M\r"
            + "OBR|1||F1|P^Panel^L\r"
            + "OBX|1|"
            + o[0]
            + "|Q^Question^L||"
            + o[1]
            + "|"
            + o[2]
            + "||"
            + o[3]
            + "|||F\r";
    RoundTrip rt = CODEC.roundTrip(bytes(oru), WireFormat.HL7V2);
    assertThat(rt.losses()).isEmpty();
    Decoded<Message> d = CODEC.decode(bytes(oru), WireFormat.HL7V2);
    assertThat(d.losses()).isEmpty();
    V2Message out = V2Message.parse(written(d.value()));
    assertThat(out.get("OBX-2")).isEqualTo(o[0]);
    assertThat(out.segment("OBX").orElseThrow().field(5).raw()).isEqualTo(o[1]);
  }

  @Test
  void aNameAfterAnEmptyRepetitionAndAnAlternateOnlyCodingKeepTheirPlace() {
    String oru =
        "MSH|^~\\&|LAB|FAC||DEST|20260105091743||ORU^R01^ORU_R01|M5|P|2.5\r"
            + "PID|1||X5^^^FAC^MR||~^^^^^^S||19620302|F\r"
            + "OBR|1||F1|P^Panel^L\r"
            + "OBX|1|CWE|J^Jurisdiction^L||^^^^S01^^^^FultonCounty||||||F\r";
    assertThat(CODEC.roundTrip(bytes(oru), WireFormat.HL7V2).losses()).isEmpty();
    V2Message out = V2Message.parse(written(CODEC.decode(bytes(oru), WireFormat.HL7V2).value()));
    assertThat(out.segment("PID").orElseThrow().field(5).raw()).isEqualTo("~^^^^^^S");
    assertThat(out.segment("OBX").orElseThrow().field(5).raw())
        .isEqualTo("^^^^S01^^^^FultonCounty");
  }

  @Test
  void aFormattingEscapeInFtIsWrittenBackAsSentAndItsTextTyped() {
    String oru =
        "MSH|^~\\&|LAB|FAC||DEST|20260105091743||ORU^R01^ORU_R01|M6|P|2.3\r"
            + "PID|1||X6^^^FAC^MR||DOE^EVE||20000303|F\r"
            + "OBR|1||F1|GLU^Glucose^L\r"
            + "OBX|1|FT|GLU^Glucose^L||Cancelled - sample lost\\.br\\ in transit.|mmol/L|||||F\r";
    assertThat(CODEC.roundTrip(bytes(oru), WireFormat.HL7V2).losses()).isEmpty();
    Decoded<Message> d = CODEC.decode(bytes(oru), WireFormat.HL7V2);
    LabReport report = (LabReport) d.value().payload();
    assertThat(report.related().observations().get(0).value())
        .isInstanceOf(dev.koine.core.model.Value.Primitive.class);
  }

  /**
   * What is typed but written in another spelling (CE for CWE, a default coding-system name, SN
   * {@code ^n}) is carried marked as a spelling, so that a FHIR conversion does not report it lost;
   * what has no typed home (a CX value, an alternate-only coding) is carried unmarked.
   */
  @Test
  void aSpellingIsCarriedMarkedAndContentWithNoHomeUnmarked() {
    String oru =
        "MSH|^~\\&|LAB|FAC||DEST|20260105091743||ORU^R01^ORU_R01|M7|P|2.5.1\r"
            + "PID|1||X7^^^FAC^MR||DOE^FAY||20000303|F\r"
            + "OBR|1||F1|P^Panel^L\r"
            + "OBX|1|CE|Q^Question^L||Y^Yes^HL70136|||A^Abnormal^HL70078|||F\r"
            + "OBX|2|SN|AGE^Age^L||^39|a^year^UCUM|||||F\r"
            + "OBX|3|CX|ID^Specimen id^L||S1^^^LAB&1.2.3&ISO||||||F\r"
            + "OBX|4|DT|ONSET^Date of onset^L||20220827||||||F\r";
    Decoded<Message> d = CODEC.decode(bytes(oru), WireFormat.HL7V2);
    java.util.Map<String, Boolean> carried = new java.util.TreeMap<>();
    for (dev.koine.core.model.Extension e : d.value().envelope().extras().extensions()) {
      String location = null;
      boolean spelling = false;
      for (dev.koine.core.model.Extension part : e.extensions()) {
        if (part.url().equals("location")
            && part.value() instanceof dev.koine.core.model.Value.Primitive p) {
          location = p.text();
        }
        spelling |= part.url().equals("spelling");
      }
      carried.put(location, spelling);
    }
    assertThat(carried)
        .containsEntry("OBX-2", true)
        .containsEntry("OBX-8.3", true)
        .containsEntry("OBX[2]-2", true)
        .containsEntry("OBX[2]-5", true)
        .containsEntry("OBX[3]-2", false)
        .containsEntry("OBX[3]-5", false)
        // a DT value is typed (a dateTime) and written back as TS: DT is a spelling
        .containsEntry("OBX[4]-2", true)
        .doesNotContainKey("OBX[4]-5");
    LabReport report = (LabReport) d.value().payload();
    assertThat(report.related().observations().get(3).value())
        .isEqualTo(
            new dev.koine.core.model.Value.TimeValue(
                "dateTime", dev.koine.core.time.PartialDateTime.parseV2("20220827")));
    assertThat(CODEC.roundTrip(bytes(oru), WireFormat.HL7V2).losses()).isEmpty();
  }

  /**
   * An NHS number sent with another identifier type than NH (UCLH's Epic feed sends {@code NHS^HN})
   * is read as the NHS number when its check digit is valid: the NHS assigns nothing else. The type
   * as sent is carried as a spelling, so the message is written back byte for byte; with an invalid
   * check digit the identifier stays what it says.
   */
  @Test
  void anNhsNumberSentWithAnotherTypeCodeIsTheNhsNumber() {
    String adt =
        "MSH|^~\\&|PAS|RRV||DEST|20260105091743||ADT^A01|M8|P|2.4\r"
            + "EVN|A01|20260105091743\r"
            + "PID|1||40800000^^^UCLHMRN^MR~9434765919^^^NHS^HN~1234567890^^^NHS^HN||DOE^GIL||20000303|F\r"
            + "PV1|1|I\r";
    Decoded<Message> d = CODEC.decode(bytes(adt), WireFormat.HL7V2);
    dev.koine.core.model.Patient patient =
        ((dev.koine.core.message.PatientEvent) d.value().payload()).patient();
    String nhs = dev.koine.core.id.IdentifierSystems.NHS_NUMBER.fhirUri();
    assertThat(patient.identifiers())
        .filteredOn(id -> nhs.equals(id.system()))
        .extracting(dev.koine.core.id.Identifier::value)
        .containsExactly("9434765919");
    // the check digit of 1234567890 is wrong: not read as an NHS number
    assertThat(patient.identifiers())
        .filteredOn(id -> "1234567890".equals(id.value()))
        .singleElement()
        .satisfies(id -> assertThat(id.system()).isNotEqualTo(nhs));
    assertThat(d.issues().withCode(dev.koine.core.issue.IssueCode.CARRIED_VERBATIM))
        .anyMatch(
            i ->
                i.location().equals("PID-3[2].5")
                    && i.message().equals("HL7 v2 spelling of typed content, carried verbatim"));
    assertThat(written(d.value()))
        .contains("|40800000^^^UCLHMRN^MR~9434765919^^^NHS^HN~1234567890");
    RoundTrip rt = CODEC.roundTrip(bytes(adt), WireFormat.HL7V2);
    assertThat(rt.losses()).isEmpty();
    assertThat(rt.lost()).isZero();
  }

  /**
   * What the encoder would write elsewhere is carried at its place instead of being typed: a middle
   * name with no first name (written back, it would become the first name), a mobile sent as the
   * business number in PID-14 and a work number sent in PID-13 (written back, a work number goes to
   * PID-14 and any other to PID-13), with the repetitions after them.
   */
  @Test
  void contentTheEncoderWouldMoveIsCarriedAtItsPlace() {
    String adt =
        "MSH|^~\\&|PAS|FAC||DEST|20260105091743||ADT^A08|M9|P|2.5\r"
            + "EVN|A08|20260105091743\r"
            + "PID|1||X9^^^FAC^MR||DOE^ANN^B~DOE^^STANLEY^^^^L||20000303|F|||||"
            + "111^PRN^PH~555^WPN^PH~666^PRN^PH|78788788^^CP~7777^WPN^PH\r"
            + "PV1|1|I\r";
    Decoded<Message> d = CODEC.decode(bytes(adt), WireFormat.HL7V2);
    assertThat(d.losses()).isEmpty();
    dev.koine.core.model.Patient patient =
        ((dev.koine.core.message.PatientEvent) d.value().payload()).patient();
    assertThat(patient.names().get(0).given()).containsExactly("ANN", "B");
    assertThat(patient.names().get(1).given()).isEmpty();
    assertThat(patient.telecom())
        .extracting(dev.koine.core.model.ContactPoint::value)
        .containsExactly("111");
    assertThat(Unmapped.locations(d))
        .containsExactly("PID-5[2].3", "PID-13[2]", "PID-13[3]", "PID-14");
    RoundTrip rt = CODEC.roundTrip(bytes(adt), WireFormat.HL7V2);
    assertThat(rt.losses()).isEmpty();
    assertThat(rt.lost()).isZero();
  }

  @Test
  void theAckOfAMessageCarriedAsOtherContentNamesTheTriggerOnly() {
    String vxu =
        "MSH|^~\\&|MyEMR|DE-000001||DEST|20160701123030-0700||VXU^V04^VXU_V04|CA0009|P|2.5.1\r"
            + "PID|1||PA123456^^^MYEMR^MR||JONES^GEORGE||20140227|M\r"
            + "RXA|0|1|20160701||08^HEPB^CVX|999\r";
    Message in = CODEC.decode(bytes(vxu), WireFormat.HL7V2).value();
    Message reply =
        dev.koine.core.message.Replies.reply(
            in,
            dev.koine.core.message.Replies.Outcome.accepted(),
            "ACK1",
            dev.koine.core.time.PartialDateTime.parseV2("20260101120000+0000"));
    V2Message ack = V2Message.parse(written(reply));
    assertThat(ack.segment("MSH").orElseThrow().field(9).raw()).isEqualTo("ACK^V04^ACK");
    assertThat(ack.get("MSA-2")).isEqualTo("CA0009");
  }
}
