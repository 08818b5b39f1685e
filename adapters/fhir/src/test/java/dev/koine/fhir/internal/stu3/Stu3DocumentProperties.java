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
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Ref;
import dev.koine.core.model.RelatesTo;
import dev.koine.core.model.Section;
import dev.koine.fhir.FhirCodec;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.testkit.MessageArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Care documents round-trip through FHIR: as ITK3 Transfer of Care / Send Document messages (STU3)
 * and as bare document Bundles (STU3 and R4), in JSON and XML: {@code decode(encode(m))} equals
 * {@code m} with no loss. Generated documents ({@link MessageArbitraries#careDocumentMessages()})
 * are restricted to what the format carries: sections without author or focus (not in STU3), a
 * relatesTo with one target (FHIR's target[x]), references as FHIR writes them (the urn:uuid id
 * rule; no type in STU3), a Composition id (the entry id), no extensions or meta on the
 * Composition, its sections or the Bundle (Values has its own properties), no related entities
 * (their mappings have their own tests), the example patient, no Bundle timestamp in STU3.
 */
class Stu3DocumentProperties {
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

  @Provide
  Arbitrary<Message> itk3() {
    return MessageArbitraries.careDocumentMessages()
        .map(m -> (CareDocument) m.payload())
        .filter(doc -> doc.kind() != DocumentKind.OTHER)
        .map(doc -> Message.of(itk3Envelope(doc.kind()), restrict(doc, true)));
  }

  @Provide
  Arbitrary<Message> bareStu3() {
    return MessageArbitraries.careDocumentMessages()
        .map(m -> Message.of(Stu3Document.bareEnvelope(), bare((CareDocument) m.payload(), true)));
  }

  @Provide
  Arbitrary<Message> bareR4() {
    return MessageArbitraries.careDocumentMessages()
        .map(m -> Message.of(Stu3Document.bareEnvelope(), bare((CareDocument) m.payload(), false)));
  }

  /** A bare document's kind is told from the Composition profile: OTHER when it has none. */
  private static CareDocument bare(CareDocument doc, boolean stu3) {
    CareDocument r = restrict(doc, stu3);
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
