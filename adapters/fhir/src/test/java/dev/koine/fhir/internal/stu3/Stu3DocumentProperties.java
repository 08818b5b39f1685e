package dev.koine.fhir.internal.stu3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.Coding;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.model.Attester;
import dev.koine.core.model.Composition;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Ref;
import dev.koine.core.model.RelatesTo;
import dev.koine.core.model.Section;
import dev.koine.fhir.FhirCodec;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.testkit.MessageArbitraries;
import dev.koine.testkit.ModelArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Care documents round-trip through FHIR: as ITK3 Transfer of Care / Send Document messages (STU3)
 * and as bare document Bundles (STU3 and R4), in JSON and XML: {@code decode(encode(m))} equals
 * {@code m} with no loss. Generated documents ({@link MessageArbitraries#careDocumentMessages()})
 * are restricted to what the format carries: sections without author or focus (not in STU3), a
 * relatesTo with one target (FHIR's target[x]), references as FHIR writes them (the urn:uuid id
 * rule; no type in STU3), a Composition id (the entry id), no extensions or meta on the
 * Composition, its sections or the Bundle (Values has its own properties), no related entities
 * (their mappings have their own tests) but for PDF attachments ({@link
 * ModelArbitraries#pdfAttachments()}, FHIR Binary) each referenced from a section, the example
 * patient, no Bundle timestamp in STU3.
 */
public class Stu3DocumentProperties {
  private static final FhirCodec CODEC = new FhirCodec();
  private static final Patient PATIENT = ((LabReport) Examples.labReport().payload()).patient();

  @Property(tries = 100)
  void itk3DocumentMessagesRoundTrip(@ForAll("itk3") Message m, @ForAll boolean json) {
    assertRoundTrip(m, json ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_STU3_XML);
  }

  @Property(tries = 100)
  void bareStu3DocumentsRoundTrip(@ForAll("bareStu3") Message m, @ForAll boolean json) {
    assertRoundTrip(m, json ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_STU3_XML);
  }

  @Property(tries = 100)
  void bareR4DocumentsRoundTrip(@ForAll("bareR4") Message m, @ForAll boolean json) {
    assertRoundTrip(m, json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML);
  }

  private static void assertRoundTrip(Message m, WireFormat f) {
    var encoded = CODEC.encode(m, f);
    // codes R4 added to required bindings (Identifier.use old ...) have no STU3 form: the
    // conformance pass reports them (ConformanceTest); such tries are not about documents
    Assume.that(encoded.losses().stream().noneMatch(l -> l.reason().endsWith("has no such code")));
    assertThat(encoded.losses()).isEmpty();
    Decoded<Message> d = CODEC.decode(encoded.content().toArray(), f);
    assertThat(d.losses()).isEmpty();
    assertThat(d.value()).usingRecursiveComparison().isEqualTo(m);
    assertThat(d.value()).isEqualTo(m);
  }

  /**
   * An ITK3 document message (with PDFs, as GP Connect Send Document carries them) converts STU3 to
   * R4 and back through the model: nothing of the document is lost either way (the envelope loses
   * what R4's MessageHeader has no place for, reported), and the PDF attachments and sections come
   * back equal.
   */
  @Property(tries = 100)
  void itk3DocumentsConvertBetweenStu3AndR4(@ForAll("itk3") Message m, @ForAll boolean json) {
    WireFormat stu3 = json ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_STU3_XML;
    WireFormat r4 = json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML;
    var first = CODEC.encode(m, stu3);
    Assume.that(first.losses().isEmpty());
    Statistics.label("with PDF")
        .collect(!((CareDocument) m.payload()).related().documents().isEmpty());
    Statistics.label("with PDF").coverage(c -> c.check(true).percentage(p -> p >= 40));
    Message read = CODEC.decode(first.content().toArray(), stu3).value();
    var inR4 = CODEC.encode(read, r4);
    for (var l : inR4.losses()) {
      assertThat(l.location()).as("only the envelope loses in R4").startsWith("Envelope.");
    }
    Decoded<Message> r4Read = CODEC.decode(inR4.content().toArray(), r4);
    assertThat(r4Read.losses()).isEmpty();
    assertThat(r4Read.value().payload()).isEqualTo(m.payload());
    var back = CODEC.encode(r4Read.value(), stu3);
    assertThat(back.losses()).isEmpty();
    Decoded<Message> again = CODEC.decode(back.content().toArray(), stu3);
    assertThat(again.losses()).isEmpty();
    assertThat(again.value().payload()).isEqualTo(m.payload());
  }

  @Provide
  Arbitrary<Message> itk3() {
    return itk3Documents();
  }

  /**
   * ITK3 document messages restricted to what the format carries (see the class comment), with none
   * to three PDF attachments each referenced from a section: for the HAPI oracle property too.
   */
  public static Arbitrary<Message> itk3Documents() {
    return Combinators.combine(
            MessageArbitraries.careDocumentMessages()
                .map(m -> (CareDocument) m.payload())
                .filter(doc -> doc.kind() != DocumentKind.OTHER),
            pdfs())
        .as(
            (doc, pdfs) ->
                Message.of(
                    itk3Envelope(doc.kind()),
                    MessageArbitraries.withPdfAttachments(restrict(doc, true), pdfs)));
  }

  @Provide
  Arbitrary<Message> bareStu3() {
    return Combinators.combine(MessageArbitraries.careDocumentMessages(), pdfs())
        .as(
            (m, pdfs) ->
                Message.of(
                    Stu3Document.bareEnvelope(), bare((CareDocument) m.payload(), pdfs, true)));
  }

  @Provide
  Arbitrary<Message> bareR4() {
    return Combinators.combine(MessageArbitraries.careDocumentMessages(), pdfs())
        .as(
            (m, pdfs) ->
                Message.of(
                    Stu3Document.bareEnvelope(), bare((CareDocument) m.payload(), pdfs, false)));
  }

  /** None to three PDF attachments (FHIR Binary), each referenced from a section of its own. */
  private static Arbitrary<List<DocumentAttachment>> pdfs() {
    return ModelArbitraries.pdfAttachments()
        .list()
        .ofMaxSize(3)
        .uniqueElements(DocumentAttachment::id);
  }

  /** A bare document's kind is told from the Composition profile: OTHER when it has none. */
  private static CareDocument bare(CareDocument doc, List<DocumentAttachment> pdfs, boolean stu3) {
    CareDocument r = MessageArbitraries.withPdfAttachments(restrict(doc, stu3), pdfs);
    return r.toBuilder()
        .kind(stu3 ? Stu3Document.kindOf(r.composition().extras().meta()) : DocumentKind.OTHER)
        .build();
  }

  static Envelope itk3Envelope(DocumentKind kind) {
    return Examples.labReport().envelope().toBuilder()
        .family(Family.ITK3)
        .event(Coding.of(Itk.EVENTS, kind.itkEvent().orElseThrow(), null))
        .ackRequest(new AckRequest(ResponseRequest.ALWAYS, ResponseRequest.NEVER))
        .senderReference("None")
        .build();
  }

  private static CareDocument restrict(CareDocument doc, boolean stu3) {
    Composition c = doc.composition();
    List<RelatesTo> relatesTo = new ArrayList<>();
    for (RelatesTo x : c.relatesTo()) {
      relatesTo.add(
          x.targetReference() == null ? x : new RelatesTo(x.code(), null, x.targetReference()));
    }
    List<Attester> attesters = new ArrayList<>();
    for (Attester a : c.attesters()) {
      attesters.add(new Attester(a.mode(), a.time(), ref(a.party(), stu3)));
    }
    List<RelatesTo> rel = new ArrayList<>();
    for (RelatesTo x : relatesTo) {
      rel.add(new RelatesTo(x.code(), x.targetIdentifier(), ref(x.targetReference(), stu3)));
    }
    Composition.Builder cb =
        c.toBuilder()
            .id(c.id() == null ? "composition-1" : c.id())
            // STU3 Composition.class holds one category
            .categories(
                stu3 && c.categories().size() > 1 ? c.categories().subList(0, 1) : c.categories())
            .subject(ref(c.subject(), stu3))
            .encounter(ref(c.encounter(), stu3))
            .authors(refs(c.authors(), stu3))
            .attesters(attesters)
            .custodian(ref(c.custodian(), stu3))
            .relatesTo(rel)
            .sections(sections(c.sections(), stu3))
            .extras(new Extras(null, c.extras().narrative(), c.extras().language(), null, null));
    BundleInfo info = doc.documentBundle();
    if (info != null && stu3) {
      info = new BundleInfo(info.id(), info.identifier(), null, null);
    }
    if (info != null) {
      info = new BundleInfo(info.id(), info.identifier(), null, info.timestamp());
    }
    if (info != null
        && info.id() == null
        && info.identifier() == null
        && info.meta() == null
        && info.timestamp() == null) {
      info = null;
    }
    return doc.toBuilder()
        .composition(cb.build())
        .documentBundle(info)
        .patient(doc.patient() == null ? null : PATIENT)
        .related(Entities.empty())
        .build();
  }

  /** A reference as FHIR carries it: the urn:uuid id rule, and no type in STU3. */
  private static Ref ref(Ref r, boolean stu3) {
    if (r == null) {
      return null;
    }
    String t = r.target() == null ? null : MessageBundle.targetOf(r.target());
    return new Ref(t, stu3 ? null : r.type(), r.identifier(), r.display());
  }

  private static List<Ref> refs(List<Ref> in, boolean stu3) {
    List<Ref> out = new ArrayList<>();
    for (Ref r : in) {
      out.add(ref(r, stu3));
    }
    return out;
  }

  private static List<Section> sections(List<Section> in, boolean stu3) {
    List<Section> out = new ArrayList<>();
    for (Section s : in) {
      Section x =
          new Section(
              s.title(),
              s.code(),
              stu3 ? List.of() : refs(s.authors(), stu3),
              stu3 ? null : ref(s.focus(), stu3),
              s.text(),
              s.mode(),
              s.orderedBy(),
              refs(s.entries(), stu3),
              s.emptyReason(),
              sections(s.sections(), stu3),
              List.of());
      if (x.title() != null
          || x.code() != null
          || !x.authors().isEmpty()
          || x.focus() != null
          || x.text() != null
          || x.mode() != null
          || x.orderedBy() != null
          || !x.entries().isEmpty()
          || x.emptyReason() != null
          || !x.sections().isEmpty()) {
        out.add(x); // an empty section is never written
      }
    }
    return out;
  }
}
