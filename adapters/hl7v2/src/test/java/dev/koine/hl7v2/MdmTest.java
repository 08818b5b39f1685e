package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Message;
import dev.koine.core.model.Attester;
import dev.koine.core.model.Composition;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Section;
import dev.koine.hl7v2.internal.Mdm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MDM to and from {@link CareDocument}: the hand-written UK discharge letter {@code
 * uk/TRUST-MDM-T02.hl7} (fields described in {@code uk/README.md}) and the MDM messages of the
 * corpus.
 */
class MdmTest {
  private final Hl7v2Codec codec = new Hl7v2Codec();

  private static byte[] letter() {
    return Golden.resource("/uk/TRUST-MDM-T02.hl7");
  }

  @Test
  void ukDischargeLetterMapsTxaAndObxToTheDocument() {
    Decoded<Message> d = codec.decode(letter(), WireFormat.HL7V2);
    assertThat(d.value().envelope().event().code()).isEqualTo("T02");
    CareDocument doc = (CareDocument) d.value().payload();
    assertThat(doc.kind()).isEqualTo(DocumentKind.OTHER);
    assertThat(doc.patient().identifiers().get(0).system())
        .isEqualTo(IdentifierSystems.NHS_NUMBER.fhirUri());
    Composition c = doc.composition();
    assertThat(c.type().codings().get(0).system()).isEqualTo(Mdm.DOCUMENT_TYPE);
    assertThat(c.type().codings().get(0).code()).isEqualTo("DS");
    assertThat(c.status()).isEqualTo("final");
    assertThat(c.confidentiality()).isEqualTo("R");
    assertThat(c.date().toV2()).isEqualTo("20240315140000");
    assertThat(c.identifier().value()).isEqualTo("RX1DOC0001");
    assertThat(c.identifier().assigner()).isEqualTo("RX1");
    assertThat(c.relatesTo())
        .singleElement()
        .satisfies(r -> assertThat(r.code()).isEqualTo("appends"));
    assertThat(c.relatesTo().get(0).targetIdentifier().value()).isEqualTo("RX1DOC0000");
    assertThat(c.authors())
        .extracting(r -> r.target())
        .containsExactly("Practitioner/txa-5-1", "Practitioner/txa-9-1");
    assertThat(c.attesters()).singleElement().extracting(Attester::mode).isEqualTo("legal");
    assertThat(c.attesters().get(0).time().toV2()).isEqualTo("20240315142000");
    assertThat(c.encounter().target()).isEqualTo("Encounter/pv1");
    assertThat(c.subject().target()).isEqualTo("Patient/" + doc.patient().id());
    assertThat(doc.related().encounters().get(0).encounterClass().code()).isEqualTo("I");
    assertThat(doc.documentBundle().identifier().value()).isEqualTo("DS_RX1DOC0001.PDF");
    assertThat(doc.documentBundle().timestamp().toV2()).isEqualTo("20240315142500");
    List<Section> sections = c.sections();
    assertThat(sections).hasSize(4);
    assertThat(sections.get(0).text().xhtml())
        .isEqualTo(
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><pre class=\"hl7v2-TX\">"
                + "Chest pain radiating to the left arm.</pre></div>");
    assertThat(sections.get(1).text().xhtml())
        .isEqualTo(
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><pre class=\"hl7v2-FT\">"
                + "<span class=\"hl7v2-escape\">H</span>Diagnoses"
                + "<span class=\"hl7v2-escape\">N</span>\n"
                + "Acute myocardial infarction | NSTEMI\n"
                + "Hypertension &amp; &lt;type 2&gt; diabetes\n"
                + "<span class=\"hl7v2-escape\">.sp2</span>Path: C:\\letters\\</pre></div>");
    assertThat(sections.get(1).code().codings().get(0).code()).isEqualTo("DIAG");
    assertThat(sections.get(3).entries().get(0).target()).isEqualTo("DocumentReference/obx-4");
    DocumentAttachment pdf = doc.related().documents().get(0);
    assertThat(pdf.id()).isEqualTo("obx-4");
    assertThat(pdf.contents().get(0).contentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.contents().get(0).data().toArray(), StandardCharsets.US_ASCII))
        .startsWith("%PDF-1.4");
    // content presentation and availability have no typed place in the model: carried verbatim
    assertThat(d.losses()).isEmpty();
    assertThat(Unmapped.locations(d)).containsExactly("TXA-3", "TXA-19");
  }

  @Test
  void ukDischargeLetterReEncodesEveryConsumedLeaf() {
    RoundTrip rt = codec.roundTrip(letter(), WireFormat.HL7V2);
    assertThat(rt.losses()).extracting(Loss::location).isEmpty();
    Message m = codec.decode(letter(), WireFormat.HL7V2).value();
    String written =
        new String(codec.encode(m, WireFormat.HL7V2).content().toArray(), StandardCharsets.UTF_8);
    String original = new String(letter(), StandardCharsets.UTF_8);
    for (String line : original.split("\r")) {
      if (line.startsWith("OBX") || line.startsWith("PID") || line.startsWith("PV1")) {
        assertThat(written).contains(line + "\r");
      }
    }
    assertThat(codec.encode(m, WireFormat.HL7V2).losses()).isEmpty();
  }

  @Test
  void corpusMdmMessagesDecodeToDocumentsAndConsumedLeavesRoundTrip() throws IOException {
    int documents = 0;
    for (Path file : Corpus.files()) {
      String name = Corpus.name(file);
      byte[] bytes = Files.readAllBytes(file);
      if (Corpus.notEr7().containsKey(name)
          || !new String(bytes, StandardCharsets.ISO_8859_1).contains("|MDM^")) {
        continue;
      }
      Decoded<Message> d = codec.decode(bytes, WireFormat.HL7V2);
      if (!(d.value().payload() instanceof CareDocument)) {
        continue;
      }
      documents++;
      List<String> lost = new ArrayList<>();
      d.losses().forEach(l -> lost.add(l.location()));
      for (Loss l : codec.roundTrip(bytes, WireFormat.HL7V2).losses()) {
        assertThat(lost.stream().anyMatch(p -> under(l.location(), p)))
            .as("%s: %s was consumed but is not written back", name, l.location())
            .isTrue();
      }
      Message back =
          codec
              .decode(
                  codec.encode(d.value(), WireFormat.HL7V2).content().toArray(), WireFormat.HL7V2)
              .value();
      assertThat(back).as(name).isEqualTo(d.value());
    }
    assertThat(documents).isGreaterThanOrEqualTo(6);
  }

  /** Whether the leaf path {@code leaf} is {@code loss} or inside it. */
  static boolean under(String leafPath, String lossPath) {
    String leaf = leafPath.replaceAll("(-[0-9]+)\\[1\\]", "$1");
    String loss = lossPath.replaceAll("(-[0-9]+)\\[1\\]", "$1");
    if (leaf.equals(loss)) {
      return true;
    }
    if (!leaf.startsWith(loss)) {
      return false;
    }
    char next = leaf.charAt(loss.length());
    return next == '-' || next == '.' || (next == '[' && loss.indexOf('-') > 0);
  }
}
