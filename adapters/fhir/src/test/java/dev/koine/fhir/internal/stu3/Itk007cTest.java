package dev.koine.fhir.internal.stu3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Meta;
import dev.koine.core.model.OtherResource;
import dev.koine.core.model.Ref;
import dev.koine.core.model.Section;
import dev.koine.fhir.FhirCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GP Connect Send Document (ITK007C): the hand-written consultation report in {@code
 * src/test/resources/itk007c} (see its README.md), in XML and JSON. It decodes to a {@link
 * CareDocument} whose PDF Binary is a typed {@link DocumentAttachment} (not carried verbatim), with
 * no loss; it round-trips leaf for leaf; and it converts STU3 to R4 and back through the model with
 * no loss for the Binary (R4 {@code data}, no profile; STU3 {@code content} with the
 * ITK-Attachment-Binary-1 profile again).
 */
class Itk007cTest {
  private static final FhirCodec CODEC = new FhirCodec();
  private static final String BINARY_ID = "caf5f17d-e73d-4aaa-a406-dab1717da0c0";
  private static final String BINARY_PROFILE =
      "https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Attachment-Binary-1";

  static byte[] read(String name) throws IOException {
    try (InputStream in = Itk007cTest.class.getResourceAsStream("/itk007c/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static String file(boolean json) {
    return json ? "consultation-report.json" : "consultation-report.xml";
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void decodesToACareDocumentWithATypedPdf(boolean json) throws IOException {
    Decoded<Message> d = CODEC.decode(read(file(json)), null);
    assertThat(d.format()).isEqualTo(json ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_STU3_XML);
    assertThat(d.losses()).isEmpty();
    Message m = d.value();
    assertThat(m.envelope().family()).isEqualTo(Family.ITK3);
    assertThat(m.envelope().event().code()).isEqualTo("ITK007C");
    assertThat(m.envelope().localExtension()).isEqualTo("SendDocument-ConsultationReport");
    assertThat(m.envelope().definition())
        .isEqualTo(
            "https://fhir.nhs.uk/STU3/MessageDefinition/ITK-GPConnectSendDocument-MessageDefinition-1");
    assertThat(m.payload()).isInstanceOf(CareDocument.class);
    CareDocument doc = (CareDocument) m.payload();
    assertThat(doc.kind()).isEqualTo(DocumentKind.CONSULTATION_REPORT);
    assertThat(doc.composition().type().codings().get(0).code()).isEqualTo("371531000");
    assertThat(doc.composition().extras().meta()).isNull(); // the kind's default profile
    assertThat(doc.patient()).isNotNull();
    assertThat(doc.related().organisations()).hasSize(1);
    assertThat(doc.related().practitioners()).hasSize(1);

    // the PDF is typed: a DocumentAttachment, not a verbatim resource
    assertThat(doc.related().documents()).hasSize(1);
    DocumentAttachment pdf = doc.related().documents().get(0);
    assertThat(pdf.id()).isEqualTo(BINARY_ID);
    assertThat(pdf.extras().meta()).isNull(); // exactly the ITK default profile: not kept
    assertThat(pdf.contents()).hasSize(1);
    Attachment a = pdf.contents().get(0);
    assertThat(a.contentType()).isEqualTo("application/pdf");
    assertThat(new String(a.data().toArray(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
    assertThat(doc.related().others()).extracting(OtherResource::type).doesNotContain("Binary");
    assertThat(doc.documentBundle().elements()).isEmpty(); // nothing verbatim in the document
    for (Issue i : d.issues().withCode(IssueCode.CARRIED_VERBATIM)) {
      // only the outer header Organization (ITK3 header actors are not typed)
      assertThat(i.message()).startsWith("Organization");
    }

    // the section keeps its reference to the attachment
    Section s = doc.composition().sections().get(0);
    assertThat(s.entries()).containsExactly(Ref.to(BINARY_ID));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void roundTripsLeafForLeaf(boolean json) throws IOException {
    RoundTrip rt = CODEC.roundTrip(read(file(json)), null);
    assertThat(rt.leaves()).isGreaterThan(50);
    assertThat(rt.lost()).as("%s", rt.losses()).isZero();
    assertThat(rt.losses()).isEmpty();
  }

  @Test
  void jsonAndXmlDecodeToTheSameMessage() throws IOException {
    assertThat(CODEC.decode(read(file(true)), null).value())
        .isEqualTo(CODEC.decode(read(file(false)), null).value());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void convertsToR4AndBackWithNoLossForTheBinary(boolean json) throws IOException {
    Message stu3 = CODEC.decode(read(file(json)), null).value();
    CareDocument original = (CareDocument) stu3.payload();
    WireFormat r4Format = json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML;

    MessageCodec.Encoded r4 = CODEC.encode(stu3, r4Format);
    assertNoBinaryLoss(r4.losses());
    String r4Text = new String(r4.content().toArray(), StandardCharsets.UTF_8);
    assertThat(r4Text).doesNotContain(BINARY_PROFILE).contains("JVBERi0xLjQK");
    Decoded<Message> r4Decoded = CODEC.decode(r4.content().toArray(), r4Format);
    assertThat(r4Decoded.losses()).isEmpty();
    assertThat(r4Decoded.value().payload()).isInstanceOf(CareDocument.class);
    CareDocument viaR4 = (CareDocument) r4Decoded.value().payload();
    assertThat(viaR4.kind()).isEqualTo(DocumentKind.CONSULTATION_REPORT);
    assertThat(viaR4.related().documents()).isEqualTo(original.related().documents());
    assertThat(viaR4.related().others()).isEmpty();
    assertThat(viaR4.composition()).isEqualTo(original.composition());

    WireFormat stu3Format = json ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_STU3_XML;
    MessageCodec.Encoded back = CODEC.encode(r4Decoded.value(), stu3Format);
    assertNoBinaryLoss(back.losses());
    assertThat(new String(back.content().toArray(), StandardCharsets.UTF_8))
        .contains(BINARY_PROFILE);
    Decoded<Message> again = CODEC.decode(back.content().toArray(), stu3Format);
    assertThat(again.losses()).isEmpty();
    CareDocument viaStu3 = (CareDocument) again.value().payload();
    assertThat(viaStu3.related().documents()).isEqualTo(original.related().documents());
    assertThat(viaStu3.composition()).isEqualTo(original.composition());
    // the CareConnect profile the STU3 patient claims cannot be claimed in R4: a reported loss
    assertThat(r4.losses())
        .anyMatch(l -> l.reason().startsWith("a profile of the other FHIR version"));
    assertThat(r4Text).doesNotContain("/STU3/StructureDefinition/CareConnect-Patient-1");
    assertThat(viaStu3.patient().toBuilder().extras(null).build())
        .isEqualTo(original.patient().toBuilder().extras(null).build());
  }

  /**
   * UK Core profiles are R4: an STU3 message cannot claim them (each a reported loss), and where
   * one was all a header, Composition or Binary claimed, the STU3 default profile is written in its
   * place, so the STU3 output reads back to a message that writes the same bytes again.
   */
  @Test
  void ukCoreProfilesAreNotClaimedInStu3AndTheDefaultsStay() throws IOException {
    Message m = CODEC.decode(read(file(true)), null).value();
    CareDocument doc = (CareDocument) m.payload();
    DocumentAttachment pdf = doc.related().documents().get(0);
    Message ukCore =
        new Message(
            m.envelope().toBuilder()
                .extras(m.envelope().extras().withMeta(ukCore("MessageHeader")))
                .build(),
            doc.toBuilder()
                .composition(
                    doc.composition().toBuilder()
                        .extras(doc.composition().extras().withMeta(ukCore("Composition")))
                        .build())
                .related(
                    doc.related().toBuilder()
                        .documents(
                            List.of(
                                pdf.toBuilder()
                                    .extras(pdf.extras().withMeta(ukCore("Binary")))
                                    .build()))
                        .build())
                .build());

    MessageCodec.Encoded stu3 = CODEC.encode(ukCore, WireFormat.FHIR_STU3_JSON);
    String text = new String(stu3.content().toArray(), StandardCharsets.UTF_8);
    assertThat(text)
        .doesNotContain("UKCore-")
        .contains(BINARY_PROFILE, "ITK-MessageHeader-2", "CareConnect-Composition-1");
    assertThat(stu3.losses())
        .filteredOn(l -> l.reason().startsWith("a profile of the other FHIR version"))
        .hasSize(3);
    Decoded<Message> back = CODEC.decode(stu3.content().toArray(), WireFormat.FHIR_STU3_JSON);
    assertThat(back.losses()).isEmpty();
    assertThat(back.value()).isEqualTo(m); // the defaults read back as no meta, as in the original
    MessageCodec.Encoded again = CODEC.encode(back.value(), WireFormat.FHIR_STU3_JSON);
    assertThat(again.content()).isEqualTo(stu3.content());

    // in R4 the same profiles are claimed
    String r4 =
        new String(
            CODEC.encode(ukCore, WireFormat.FHIR_R4_JSON).content().toArray(),
            StandardCharsets.UTF_8);
    assertThat(r4).contains("UKCore-MessageHeader", "UKCore-Composition", "UKCore-Binary");
  }

  private static Meta ukCore(String type) {
    return new Meta(
        null,
        null,
        null,
        List.of("https://fhir.hl7.org.uk/StructureDefinition/UKCore-" + type),
        List.of(),
        List.of());
  }

  // A Binary the model cannot hold whole (a securityContext, which ITK-Attachment-Binary-1
  // forbids; base64 with a line break, which writing it again would change) is not typed: it stays
  // verbatim, reported as carried verbatim, and nothing is lost in STU3.

  @Test
  void aBinaryWithASecurityContextStaysVerbatim() throws IOException {
    assertVerbatim(
        "<contentType value=\"application/pdf\"/>",
        "<contentType value=\"application/pdf\"/><securityContext><reference"
            + " value=\"urn:uuid:31686b67-9f20-4644-9a54-193d2f91de10\"/></securityContext>");
  }

  @Test
  void aBinaryWithALineBreakInItsBase64StaysVerbatim() throws IOException {
    assertVerbatim("<content value=\"JVBERi0x", "<content value=\"JVBERi0x&#10;");
  }

  private static void assertVerbatim(String find, String replacement) throws IOException {
    String xml = new String(read(file(false)), StandardCharsets.UTF_8);
    String changed = xml.replace(find, replacement);
    assertThat(changed).isNotEqualTo(xml);
    byte[] bytes = changed.getBytes(StandardCharsets.UTF_8);
    Decoded<Message> d = CODEC.decode(bytes, null);
    assertThat(d.losses()).isEmpty();
    // the verbatim Binary is written back after the typed entries: as that would reorder the
    // document, the whole message stays untyped (Stu3Document.keepsEntryOrder); either way the
    // Binary is not typed and is reported as carried verbatim
    if (d.value().payload() instanceof CareDocument doc) {
      assertThat(doc.related().documents()).isEmpty();
    }
    assertThat(d.issues().withCode(IssueCode.CARRIED_VERBATIM)).isNotEmpty();
    RoundTrip rt = CODEC.roundTrip(bytes, null);
    assertThat(rt.lost()).as("%s", rt.losses()).isZero();
  }

  /** What a DocumentAttachment holds that a Binary has no element for is reported, not dropped. */
  @Test
  void whatABinaryCannotCarryIsReportedOnEncode() throws IOException {
    Message m = CODEC.decode(read(file(true)), null).value();
    CareDocument doc = (CareDocument) m.payload();
    DocumentAttachment pdf = doc.related().documents().get(0);
    Attachment content = pdf.contents().get(0);
    DocumentAttachment richer =
        pdf.toBuilder()
            .status("current")
            .description("synthetic")
            .contents(
                List.of(
                    new Attachment(
                        content.contentType(),
                        null,
                        content.data(),
                        null,
                        null,
                        null,
                        "Consultation report",
                        null),
                    content))
            .build();
    Message edited =
        Message.of(
            m.envelope(),
            doc.toBuilder()
                .related(doc.related().toBuilder().documents(List.of(richer)).build())
                .build());
    for (WireFormat f : List.of(WireFormat.FHIR_STU3_XML, WireFormat.FHIR_R4_JSON)) {
      List<String> at = CODEC.encode(edited, f).losses().stream().map(Loss::location).toList();
      assertThat(at)
          .as(f.toString())
          .contains(
              "DocumentAttachment[" + BINARY_ID + "].status",
              "DocumentAttachment[" + BINARY_ID + "].description",
              "DocumentAttachment[" + BINARY_ID + "].contents",
              "DocumentAttachment[" + BINARY_ID + "].contents[0].title");
    }
  }

  private static void assertNoBinaryLoss(List<Loss> losses) {
    for (Loss l : losses) {
      assertThat(l.location()).doesNotContain("Binary").doesNotContain("DocumentAttachment");
      assertThat(l.reason()).doesNotContain("Binary");
    }
  }
}
