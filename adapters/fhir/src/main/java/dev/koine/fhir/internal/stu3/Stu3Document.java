package dev.koine.fhir.internal.stu3;

import dev.koine.core.code.Coding;
import dev.koine.core.codec.Loss;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.model.Composition;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Meta;
import dev.koine.core.model.Patient;
import dev.koine.core.model.RawElement;
import dev.koine.core.model.Ref;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.EntityMapper;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.PatientMapper;
import dev.koine.fhir.internal.map.RawMapper;
import dev.koine.fhir.internal.map.Values;
import dev.koine.fhir.internal.map.VersionMapper;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.FhirTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Document Bundles ({@code type=document}, a Composition first) to and from {@link CareDocument},
 * in two forms.
 *
 * <p><b>ITK3 message</b> (STU3, events ITK003D/004D/005D/006D and ITK007C): the message Bundle's
 * MessageHeader is the envelope and its single {@code focus} is a Bundle entry, the {@code
 * ITK-Document-Bundle-1}. The document's own id, identifier and meta are {@link
 * CareDocument#documentBundle()} (its id, when absent in the model, is written as a UUID derived
 * from the message id and not read back); its Composition is {@link CareDocument#composition()};
 * its first Patient {@link CareDocument#patient()}; its other entries go to {@link
 * CareDocument#related()} where the version maps them to typed entities, and any entry no mapper
 * types is kept verbatim as an {@code entry} element in {@code documentBundle.elements} (so that it
 * is written back inside the document, not in the outer message).
 *
 * <p>The same form is the R4 writing of such a message (an ITK3 message converted to R4): an R4
 * message Bundle whose MessageHeader keeps the ITK3 event and names the nested document Bundle as
 * its single focus ({@code R4Messages}); no STU3 default profile is written there, and the document
 * Bundle keeps its timestamp.
 *
 * <p><b>Bare document</b> (STU3 or R4; no MessageHeader): the envelope marks it with family {@link
 * Family#OTHER} and the event {@link OtherContent#EVENT_SYSTEM}{@code |document} (the same
 * synthetic event an untyped Bundle of this type gets); the Bundle's id, identifier, meta and
 * timestamp are {@link CareDocument#documentBundle()}, and its entry details (non-default fullUrls
 * ...) stay in {@link Envelope#bundle()} as for every Bundle; untyped entries are carried verbatim
 * in {@code related().others()} by the codec. Encoding a CareDocument whose envelope has that event
 * writes a bare document again.
 *
 * <p>The kind comes from the event (message form) or from the Composition's profile name (the
 * profile base may be {@code fhir.nhs.uk} or {@code fhir.hl7.org.uk}); {@link DocumentKind#OTHER}
 * otherwise. A Composition meta that is exactly the kind's default profile is not kept, and is
 * written when the model has none. A Composition that does not map without leaving a leaf behind is
 * not typed: the whole Bundle is then left to the generic verbatim carry.
 */
public final class Stu3Document {
  /** The synthetic event code of a bare document Bundle. */
  public static final String BARE_EVENT = "document";

  private Stu3Document() {}

  /** Whether the envelope marks a bare document Bundle. */
  public static boolean isBare(Envelope e) {
    return OtherContent.EVENT_SYSTEM.equals(e.event().system())
        && BARE_EVENT.equals(e.event().code());
  }

  /** The envelope of a bare document Bundle. */
  public static Envelope bareEnvelope() {
    return Envelope.builder()
        .family(Family.OTHER)
        .event(Coding.of(OtherContent.EVENT_SYSTEM, BARE_EVENT))
        .build();
  }

  /** Whether this ITK3 event carries a document. */
  static boolean isDocumentEvent(String code) {
    return DocumentKind.fromItkEvent(code).isPresent();
  }

  // ------------------------------------------------------------------ decode

  /** Decodes a bare document Bundle, or null when it is not one this mapping types completely. */
  public static Message decodeBare(Dec d, MessageBundle b, VersionMapper mapper) {
    FhirVersion v = mapper.version();
    MessageBundle.Entry ce = composition(b, v);
    if (ce == null) {
      return null;
    }
    d.mark(b.bundle().child("type"));
    BundleInfo info = b.info(d);
    if (info != null && v == FhirVersion.STU3 && isDefault(info.meta(), Itk.DOCUMENT_BUNDLE)) {
      info = new BundleInfo(info.id(), info.identifier(), null, info.timestamp());
    }
    if (info != null
        && info.id() == null
        && info.identifier() == null
        && info.meta() == null
        && info.timestamp() == null) {
      info = null;
    }
    CareDocument doc = content(d, b, ce, null, info, mapper);
    if (doc == null) {
      return null;
    }
    return Message.of(bareEnvelope(), doc);
  }

  /**
   * Decodes the document of an ITK3 message whose envelope is already read: the focus Bundle entry.
   * Returns null (nothing taken) when the focus is not a document this mapping types completely.
   */
  public static CareDocument decodeMessage(
      Dec d, MessageBundle b, Envelope envelope, List<Ref> focus, VersionMapper mapper) {
    DocumentKind kind = DocumentKind.fromItkEvent(envelope.event().code()).orElse(null);
    if (kind == null || focus.size() != 1 || focus.get(0).target() == null) {
      return null;
    }
    MessageBundle.Entry de = b.byId(focus.get(0).target());
    if (de == null || !"Bundle".equals(de.type())) {
      return null;
    }
    MessageBundle inner = MessageBundle.of(de.resource());
    if (composition(inner, mapper.version()) == null
        || !keepsEntryOrder(de.resource(), kind, envelope, mapper)) {
      return null;
    }
    b.take(d, de);
    return inner(d, inner, de.index(), kind, envelope, mapper);
  }

  /**
   * Whether the document, decoded (on a scratch copy) and written again, has its entries in the
   * same order: the round trip compares the entries of a nested Bundle by position, so a document
   * whose order this mapping would change is left to the verbatim carry.
   */
  private static boolean keepsEntryOrder(
      FhirNode document, DocumentKind kind, Envelope envelope, VersionMapper mapper) {
    FhirTree copy = FhirTree.of(document);
    Dec scratch = new Dec(mapper.version(), copy.newConsumption());
    CareDocument doc =
        scratch.attempt(
            "Bundle",
            () -> inner(scratch, MessageBundle.of(copy.root()), 0, kind, envelope, mapper));
    if (doc == null) {
      return false;
    }
    FhirNode written = encodeInner(envelope, doc, mapper, new ArrayList<>());
    return entryKeys(document).equals(entryKeys(written));
  }

  private static List<String> entryKeys(FhirNode bundle) {
    List<String> out = new ArrayList<>();
    for (MessageBundle.Entry e : MessageBundle.of(bundle).entries()) {
      out.add(e.type() + "/" + e.id());
    }
    return out;
  }

  private static CareDocument inner(
      Dec d,
      MessageBundle inner,
      int index,
      DocumentKind kind,
      Envelope envelope,
      VersionMapper mapper) {
    MessageBundle.Entry ce = composition(inner, mapper.version());
    if (ce == null) {
      return null;
    }
    d.mark(inner.bundle().child("type"));
    BundleInfo read = inner.info(d);
    String derived = documentId(envelope.messageId());
    String id = read == null || derived.equals(read.id()) ? null : read.id();
    Meta meta = read == null || isDefault(read.meta(), Itk.DOCUMENT_BUNDLE) ? null : read.meta();
    BundleInfo info =
        id == null
                && meta == null
                && (read == null || (read.identifier() == null && read.timestamp() == null))
            ? null
            : new BundleInfo(id, read.identifier(), meta, read.timestamp());
    CareDocument doc = content(d, inner, ce, kind, info, mapper);
    if (doc == null) {
      return null;
    }
    // entries of the document no mapper types: kept verbatim inside the document
    List<RawElement> carried = new ArrayList<>();
    for (MessageBundle.Entry e : inner.untaken()) {
      inner.take(d, e);
      d.markSubtree(e.node());
      d.issue(
          dev.koine.core.issue.IssueCode.CARRIED_VERBATIM,
          "Bundle.entry[" + index + "].resource." + e.location(),
          (e.type() == null ? "entry" : e.type()) + " carried verbatim (no typed mapping)");
      carried.add(RawMapper.toRaw(e.node()));
    }
    if (!carried.isEmpty()) {
      BundleInfo base = info == null ? new BundleInfo(null, null, null, null) : info;
      List<RawElement> elements = new ArrayList<>(base.elements());
      elements.addAll(carried);
      doc = doc.toBuilder().documentBundle(base.with(elements, base.entries())).build();
    }
    return doc;
  }

  /** The Composition entry when it is the first entry and maps completely, else null. */
  private static MessageBundle.Entry composition(MessageBundle b, FhirVersion v) {
    if (!"document".equals(b.type()) || b.entries().isEmpty()) {
      return null;
    }
    MessageBundle.Entry ce = b.entries().get(0);
    if (!"Composition".equals(ce.type()) || !Stu3Composition.consumesAll(ce.resource(), v)) {
      return null;
    }
    return ce;
  }

  private static CareDocument content(
      Dec d,
      MessageBundle b,
      MessageBundle.Entry ce,
      DocumentKind eventKind,
      BundleInfo info,
      VersionMapper mapper) {
    FhirVersion v = mapper.version();
    Composition c =
        EntityMapper.take(d, b, ce, () -> Stu3Composition.decode(d, ce.resource(), ce.id()), null);
    if (c == null) {
      return null;
    }
    DocumentKind kind = eventKind != null ? eventKind : kindOf(c.extras().meta());
    if (v == FhirVersion.STU3) {
      c = withoutDefault(c, kind);
    }
    Patient patient = null;
    MessageBundle.Entry pe = b.first("Patient");
    if (pe != null && !b.isTaken(pe)) {
      patient =
          EntityMapper.take(d, b, pe, () -> PatientMapper.decode(d, pe.resource(), pe.id()), null);
    }
    Entities.Builder related = Entities.builder();
    mapper.decodeEntities(d, b, related);
    return CareDocument.builder()
        .kind(kind)
        .composition(c)
        .documentBundle(info)
        .patient(patient)
        .related(related.build())
        .build();
  }

  /** The kind whose Composition profile name the meta names, else OTHER. */
  static DocumentKind kindOf(Meta meta) {
    if (meta != null) {
      for (String p : meta.profiles()) {
        for (DocumentKind k : DocumentKind.values()) {
          String name = k.compositionProfile().map(Stu3Document::name).orElse(null);
          if (k.itkEvent().isPresent()
              && k != DocumentKind.CONSULTATION_REPORT
              && name != null
              && name.equals(name(p))) {
            return k;
          }
        }
      }
    }
    return DocumentKind.OTHER;
  }

  private static String name(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private static Composition withoutDefault(Composition c, DocumentKind kind) {
    String profile = kind.compositionProfile().orElse(null);
    if (profile != null && isDefault(c.extras().meta(), profile)) {
      return c.toBuilder().extras(c.extras().withMeta(null)).build();
    }
    return c;
  }

  private static boolean isDefault(Meta m, String profile) {
    return m != null
        && m.versionId() == null
        && m.lastUpdated() == null
        && m.source() == null
        && m.profiles().equals(List.of(profile))
        && m.security().isEmpty()
        && m.tags().isEmpty();
  }

  /** The id written for a document Bundle whose model has none. */
  static String documentId(String messageId) {
    return UUID.nameUUIDFromBytes(("ITK3 document " + messageId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  // ------------------------------------------------------------------ encode

  /** The entry resources of a document: Composition, patient, typed related entities. */
  private static List<FhirNode> resources(
      CareDocument doc, boolean defaults, VersionMapper mapper, List<Loss> losses) {
    FhirVersion v = mapper.version();
    Composition c = doc.composition();
    String profile = doc.kind().compositionProfile().orElse(null);
    if (defaults && profile != null) {
      c =
          c.toBuilder()
              .extras(c.extras().withMeta(Values.stu3Meta(c.extras().meta(), profile)))
              .build();
    }
    List<String> lost = new ArrayList<>();
    List<FhirNode> out = new ArrayList<>();
    out.add(Stu3Composition.encode(c, v, lost));
    for (String l : lost) {
      losses.add(new Loss("CareDocument.composition", l));
    }
    if (doc.patient() != null) {
      out.add(PatientMapper.encode(doc.patient(), v, losses));
    }
    mapper.encodeEntities(doc.related(), out, losses);
    return out;
  }

  /** Encodes a CareDocument whose envelope is {@link #isBare bare} as a document Bundle. */
  public static FhirNode encodeBare(
      Envelope e, CareDocument doc, VersionMapper mapper, List<Loss> losses) {
    FhirVersion v = mapper.version();
    boolean stu3 = v == FhirVersion.STU3;
    BundleInfo d = doc.documentBundle();
    BundleInfo env = e.bundle();
    Meta meta = d == null ? null : d.meta();
    if (stu3) {
      meta = Values.stu3Meta(meta, Itk.DOCUMENT_BUNDLE);
    }
    if (stu3 && d != null && d.timestamp() != null) {
      losses.add(new Loss("Bundle.timestamp", "STU3 Bundle has no timestamp"));
    }
    BundleInfo written =
        new BundleInfo(
            d == null ? null : d.id(),
            d == null ? null : d.identifier(),
            meta,
            stu3 || d == null ? null : d.timestamp(),
            concat(env == null ? List.of() : env.elements(), d == null ? List.of() : d.elements()),
            env == null ? List.of() : env.entries());
    return MessageBundle.write("document", written, resources(doc, stu3, mapper, losses), v);
  }

  /**
   * The document Bundle resource of an ITK3 message (named {@code resource}). In STU3 the default
   * profiles (ITK-Document-Bundle-1, the kind's Composition profile) are written when the model has
   * no meta and the Bundle timestamp is a loss; an R4 message (a converted ITK3 message) gets no
   * STU3 profile and keeps the timestamp.
   */
  public static FhirNode encodeInner(
      Envelope e, CareDocument doc, VersionMapper mapper, List<Loss> losses) {
    boolean stu3 = mapper.version() == FhirVersion.STU3;
    BundleInfo d = doc.documentBundle();
    String id = d != null && d.id() != null ? d.id() : documentId(e.messageId());
    List<RawElement> carried = new ArrayList<>();
    List<RawElement> elements = new ArrayList<>();
    if (d != null) {
      for (RawElement el : d.elements()) {
        (el.name().equals("entry") ? carried : elements).add(el);
      }
      if (stu3 && d.timestamp() != null) {
        losses.add(new Loss("Bundle.timestamp", "STU3 Bundle has no timestamp"));
      }
    }
    Meta meta = d == null ? null : d.meta();
    BundleInfo written =
        new BundleInfo(
            id,
            d == null ? null : d.identifier(),
            stu3 ? Values.stu3Meta(meta, Itk.DOCUMENT_BUNDLE) : meta,
            stu3 || d == null ? null : d.timestamp(),
            elements,
            d == null ? List.of() : d.entries());
    FhirNode bundle =
        MessageBundle.write(
            "document", written, resources(doc, stu3, mapper, losses), mapper.version());
    FhirNode.Builder b = FhirNode.builder("resource").resourceType("Bundle");
    b.children(bundle.children());
    for (RawElement el : carried) {
      b.child(RawMapper.fromRaw(el, "entry"));
    }
    return b.build();
  }

  /** The focus of an ITK3 document message: its document Bundle. */
  public static Ref focus(Envelope e, CareDocument doc) {
    BundleInfo d = doc.documentBundle();
    return Ref.to(d != null && d.id() != null ? d.id() : documentId(e.messageId()));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static FhirNode focusNode(Envelope e, CareDocument doc, FhirVersion v) {
    return Datatypes.ref("focus", focus(e, doc), v);
  }
}
