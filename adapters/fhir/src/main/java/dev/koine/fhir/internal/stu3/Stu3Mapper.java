package dev.koine.fhir.internal.stu3;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.codec.Loss;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.Payload;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Meta;
import dev.koine.core.model.Ref;
import dev.koine.fhir.internal.map.BinaryMapper;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.Enc;
import dev.koine.fhir.internal.map.EntityMapper;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.Values;
import dev.koine.fhir.internal.map.VersionMapper;
import dev.koine.fhir.internal.tree.FhirNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The STU3 (FHIR 3.0.2) ITK3 mapping: an {@code ITK-Message-Bundle-1} message whose {@code
 * ITK-MessageHeader-2} is the {@link Envelope} (see {@link Stu3Header}) and whose focus is the
 * payload: an {@code ITK-Response-OperationOutcome-1} for ITK008M responses ({@link Stu3Ack}), the
 * DiagnosticReports of ITK012M pathology results ({@link Stu3Lab}).
 *
 * <p>Profiles: the default {@code meta.profile} of the message bundle, the header and the response
 * OperationOutcome is written on encode when the model has no meta of its own, and a meta that is
 * exactly that default is not kept in the model on decode, so both directions are exact.
 */
public final class Stu3Mapper implements VersionMapper {
  private static final FhirVersion V = FhirVersion.STU3;

  /** Creates the (stateless) mapper. */
  public Stu3Mapper() {}

  @Override
  public FhirVersion version() {
    return V;
  }

  @Override
  public Message decode(Dec d, MessageBundle b) {
    if ("document".equals(b.type())) {
      return Stu3Document.decodeBare(d, b, this);
    }
    Envelope envelope = decodeHeader(d, b);
    if (envelope == null) {
      return null;
    }
    FhirNode h = b.first("MessageHeader").resource();
    FhirNode response = h.child("response");
    List<Ref> focus = Datatypes.all(d, h, "focus", Datatypes::ref);
    String event = envelope.event().code();
    Payload payload = null;
    if (Itk.RESPONSE_EVENT.equals(event)) {
      String[] outcomeId = new String[1];
      payload = ack(d, b, response, focus, outcomeId);
      envelope = withOutcomeId(envelope, outcomeId[0]);
    } else if (Itk.PATHOLOGY_EVENT.equals(event)) {
      payload = Stu3Lab.decode(d, b);
    } else if (Stu3Document.isDocumentEvent(event)) {
      payload = Stu3Document.decodeMessage(d, b, envelope, focus, this);
    }
    if (payload == null) {
      return null;
    }
    return Message.of(envelope, payload);
  }

  @Override
  public Envelope decodeHeader(Dec d, MessageBundle b) {
    if (!"message".equals(b.type())) {
      return null;
    }
    MessageBundle.Entry he = b.first("MessageHeader");
    if (he == null) {
      return null;
    }
    d.mark(b.bundle().child("type"));
    b.take(d, he);
    FhirNode h = he.resource();
    Envelope.Builder env = Envelope.builder().family(isItk3(h) ? Family.ITK3 : Family.OTHER);
    Stu3Header.decode(
        d,
        h,
        env,
        target -> {
          MessageBundle.Entry e = b.byId(target);
          return e == null ? null : e.type();
        });
    Extras extras = Values.extras(d, h, Set.of(Itk.HANDLING));
    env.extras(withoutDefault(extras, Itk.MESSAGE_HEADER));
    env.bundle(bundleInfo(d, b, Itk.MESSAGE_BUNDLE));
    FhirNode response = h.child("response");
    if (response != null) {
      d.mark(response);
      String inReplyTo = d.str(response, "identifier");
      // an ITK008M's response.code is its acknowledgement status (read by the ack mapping)
      boolean ack = Itk.RESPONSE_EVENT.equals(eventCode(h));
      String code = ack ? null : d.str(response, "code");
      // the OperationOutcome detailing a reply that is not an ITK008M (which reads its own)
      Ref details = ack ? null : Datatypes.one(d, response, "details", Datatypes::ref);
      if (inReplyTo != null || code != null || details != null) {
        env.correlation(new Correlation(inReplyTo, null, code, details));
      }
    }
    return d.attempt("MessageHeader", env::build);
  }

  @Override
  public void decodeEntities(Dec d, MessageBundle b, Entities.Builder out) {
    for (MessageBundle.Entry e : b.entries()) {
      if (!b.isTaken(e) && e.type() != null) {
        Stu3Lab.entityInto(d, b, e, out);
      }
    }
  }

  @Override
  public FhirNode encodeMessage(
      Envelope e, List<Ref> focus, List<FhirNode> resources, List<Loss> losses) {
    Enc h =
        CodeSystems.ITK_MESSAGE_EVENT.equals(e.event().system()) || e.family() == Family.ITK3
            ? header(e, losses)
            : plainHeader(e, losses);
    response(e, h);
    for (Ref f : focus) {
      if (f.type() != null) {
        losses.add(new Loss("MessageHeader.focus.type", "no STU3 element"));
      }
      h.node(Datatypes.ref("focus", f, V));
    }
    List<FhirNode> all = new ArrayList<>();
    all.add(h.build());
    all.addAll(resources);
    return bundle(e, all, losses);
  }

  @Override
  public void encodeEntities(Entities x, List<FhirNode> out, List<Loss> losses) {
    // a document's attachments first (GP Connect writes its PDF Binary right after the
    // Composition)
    x.documents().forEach(a -> out.add(BinaryMapper.encode(a, V, losses)));
    x.diagnosticReports().forEach(r -> out.add(Stu3Lab.report(r, losses)));
    x.observations().forEach(o -> out.add(Stu3Lab.observation(o, losses)));
    x.specimens().forEach(o -> out.add(Stu3Lab.specimen(o, losses)));
    x.serviceRequests().forEach(o -> out.add(Stu3Lab.request(o, losses)));
    EntityMapper.encode(x, V, out, losses);
    int other =
        x.size()
            - x.diagnosticReports().size()
            - x.observations().size()
            - x.specimens().size()
            - x.serviceRequests().size()
            - x.otherPatients().size()
            - x.organisations().size()
            - x.practitioners().size()
            - x.practitionerRoles().size()
            - x.locations().size()
            - x.services().size()
            - x.relatedPersons().size()
            - x.devices().size()
            - x.documents().size()
            - x.others().size();
    if (other > 0) {
      losses.add(new Loss("Message.payload.related", "entity types not mapped to STU3 yet"));
    }
  }

  /**
   * The id of the OperationOutcome an ITK008M with this message id is written with when its
   * envelope names none ({@code response.details} of the correlation).
   */
  static String outcomeId(String messageId) {
    return UUID.nameUUIDFromBytes(("ITK008M outcome " + messageId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * The envelope of an ITK008M whose OperationOutcome (named by its {@code response.details}) has
   * an id other than the one {@link #outcomeId} derives: that id, kept as the correlation's details
   * so that encode writes the OperationOutcome under it again (it was replaced by the derived id,
   * and every leaf of a real ITK3 response's OperationOutcome was reported lost).
   */
  private static Envelope withOutcomeId(Envelope env, String ooId) {
    if (ooId == null || ooId.equals(outcomeId(env.messageId()))) {
      return env;
    }
    Correlation c = env.correlation();
    return env.toBuilder()
        .correlation(
            new Correlation(
                c == null ? null : c.inReplyTo(),
                c == null ? null : c.correlationId(),
                c == null ? null : c.responseCode(),
                Ref.to(ooId)))
        .build();
  }

  /** The plain entity id an ITK008M's correlation details name, or null. */
  private static String outcomeTarget(Correlation c) {
    Ref r = c == null ? null : c.details();
    if (r == null
        || r.target() == null
        || r.type() != null
        || r.identifier() != null
        || r.display() != null) {
      return null;
    }
    String t = r.target();
    return t.indexOf(':') < 0 && t.indexOf('/') < 0 && !t.startsWith("#") ? t : null;
  }

  /**
   * The acknowledgement; {@code outcomeId[0]} is set to the id of its OperationOutcome when the
   * header's {@code response.details} names it.
   */
  private static Acknowledgement ack(
      Dec d, MessageBundle b, FhirNode response, List<Ref> focus, String[] outcomeId) {
    MessageBundle.Entry oo = null;
    for (Ref f : focus) {
      MessageBundle.Entry e = f.target() == null ? null : b.byId(f.target());
      if (e != null && "OperationOutcome".equals(e.type())) {
        oo = e;
        break;
      }
    }
    if (oo == null) {
      oo = b.first("OperationOutcome");
    }
    FhirNode outcome = oo == null ? null : oo.resource();
    if (oo != null) {
      b.take(d, oo);
      Extras x = withoutDefault(Values.extras(d, outcome, Set.of()), Itk.RESPONSE_OUTCOME);
      if (!x.isEmpty()) {
        // extras of the OperationOutcome have no place in an Acknowledgement: leave them unmarked
        d.issue(
            dev.koine.core.issue.IssueCode.UNSUPPORTED_CONTENT,
            oo.location(),
            "OperationOutcome meta, narrative or extensions are not kept");
      }
    }
    if (response != null && response.child("details") != null) {
      FhirNode details = response.child("details");
      FhirNode ref = details.child("reference");
      if (oo != null
          && ref != null
          && ref.value() != null
          && oo.id() != null
          && MessageBundle.targetOf(ref.value()).equals(oo.id())) {
        d.mark(details);
        d.mark(ref);
        outcomeId[0] = oo.id();
      }
    }
    return Stu3Ack.decode(d, response, outcome);
  }

  /**
   * Whether a MessageHeader is an ITK3 one: an ITK3 event or the ITK3 handling specification. Other
   * STU3 messages (NHS national events, NEMS: {@code
   * https://fhir.nhs.uk/STU3/CodeSystem/EventType-1}, {@code Event-MessageHeader-1}) are of no
   * family Koine types, so that the ITK3 rules (events, handling specification, ITK008M replies)
   * are not applied to them.
   */
  static boolean isItk3(FhirNode header) {
    FhirNode event = header.child("event");
    FhirNode system = event == null ? null : event.child("system");
    return (system != null && CodeSystems.ITK_MESSAGE_EVENT.equals(system.value()))
        || Values.extensionWithUrl(header, Set.of(Itk.HANDLING)) != null;
  }

  /** The bundle's id, identifier and meta, without a meta that is only the default profile. */
  static BundleInfo bundleInfo(Dec d, MessageBundle b, String defaultProfile) {
    BundleInfo info = b.info(d);
    if (info == null) {
      return null;
    }
    Meta meta = info.meta();
    if (isDefault(meta, defaultProfile)) {
      meta = null;
    }
    if (info.id() == null
        && info.identifier() == null
        && meta == null
        && info.timestamp() == null) {
      return null;
    }
    return new BundleInfo(info.id(), info.identifier(), meta, info.timestamp());
  }

  /** The extras without a meta that is only the default profile. */
  static Extras withoutDefault(Extras x, String defaultProfile) {
    return isDefault(x.meta(), defaultProfile) ? x.withMeta(null) : x;
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

  @Override
  public FhirNode encode(Message message, List<Loss> losses) {
    Envelope e = message.envelope();
    if (message.payload() instanceof CareDocument doc && Stu3Document.isBare(e)) {
      return Stu3Document.encodeBare(e, doc, this, losses);
    }
    if (!CodeSystems.ITK_MESSAGE_EVENT.equals(e.event().system())) {
      // STU3 messages are ITK3 messages: an envelope of another family would be written with an
      // event no STU3 receiver (nor our own decoder) recognises.
      throw new IllegalArgumentException(
          "FHIR STU3 encoding needs an ITK3 event (" + CodeSystems.ITK_MESSAGE_EVENT + ")");
    }
    List<FhirNode> resources = new ArrayList<>();
    Enc h = header(e, losses);
    Payload p = message.payload();
    List<FhirNode> payloadResources = new ArrayList<>();
    if (p instanceof Acknowledgement a) {
      String named = outcomeTarget(e.correlation());
      String ooId = named != null ? named : outcomeId(e.messageId());
      Enc oo = Enc.resource("resource", "OperationOutcome").str("id", ooId);
      oo.node(Values.meta(Values.stu3Meta(null, Itk.RESPONSE_OUTCOME), V));
      payloadResources.add(Stu3Ack.outcome(a, oo).build());
      Enc response =
          Enc.element("response")
              .str("identifier", e.correlation() == null ? null : e.correlation().inReplyTo())
              .str("code", Stu3Ack.responseCode(a))
              .node(Datatypes.ref("details", Ref.to(ooId), V));
      h.node(response.build());
      if (e.correlation() != null && e.correlation().responseCode() != null) {
        losses.add(
            new Loss(
                "Envelope.correlation.responseCode",
                "an ITK008M's response.code is its acknowledgement status"));
      }
      if (named == null && e.correlation() != null && e.correlation().details() != null) {
        losses.add(
            new Loss(
                "Envelope.correlation.details",
                "an ITK008M's response.details is its own OperationOutcome"));
      }
      h.node(Datatypes.ref("focus", Ref.to(ooId), V));
      for (String lost : Stu3Ack.losses(a)) {
        losses.add(new Loss("OperationOutcome", lost));
      }
    } else if (p instanceof LabReport l) {
      response(e, h);
      payloadResources.addAll(Stu3Lab.encode(l, losses));
      for (DiagnosticReport r : l.reports()) {
        if (r.id() != null) {
          h.node(Datatypes.ref("focus", Ref.to(r.id()), V));
        }
      }
    } else if (p instanceof CareDocument doc) {
      if (!doc.kind().itkEvent().equals(java.util.Optional.of(e.event().code()))) {
        losses.add(new Loss("CareDocument.kind", "the ITK3 event names the document kind"));
      }
      response(e, h);
      payloadResources.add(Stu3Document.encodeInner(e, doc, this, losses));
      h.node(Stu3Document.focusNode(e, doc, V));
    } else {
      throw new IllegalArgumentException(
          "no STU3 ITK3 form yet for a " + p.typeName() + " payload");
    }
    resources.add(h.build());
    resources.addAll(payloadResources);
    return bundle(e, resources, losses);
  }

  /** The STU3 MessageHeader's event code, or null. */
  private static String eventCode(FhirNode h) {
    FhirNode event = h.child("event");
    FhirNode code = event == null ? null : event.child("code");
    return code == null ? null : code.value();
  }

  /**
   * The response element of a message that is not an acknowledgement, if its correlation has one.
   */
  private static void response(Envelope e, Enc h) {
    Correlation c = e.correlation();
    if (c != null && (c.inReplyTo() != null || c.responseCode() != null || c.details() != null)) {
      h.node(
          Enc.element("response")
              .str("identifier", c.inReplyTo())
              .str("code", c.responseCode())
              .node(Datatypes.ref("details", c.details(), V))
              .build());
    }
  }

  /**
   * The MessageHeader of a message that is not ITK3 (an HL7 v2 or R4 message with no ITK3 form, a
   * NEMS event): claims neither the ITK3 profile nor a handling specification, whose envelope parts
   * (acknowledgement flags, recipient type, message definition, sender reference, local extension)
   * are reported as losses instead. Written as ITK3, its non-ITK event made it an invalid ITK3
   * message.
   */
  private static Enc plainHeader(Envelope e, List<Loss> losses) {
    Enc h = Enc.resource("resource", "MessageHeader").str("id", e.messageId());
    Extras x = e.extras();
    h.node(Values.meta(x.meta(), V));
    if (Stu3Header.handlingExtension(e, Stu3Header.recipientType(e)) != null) {
      losses.add(
          new Loss(
              "Envelope.ackRequest",
              "the ITK3 handling specification (acknowledgement flags, recipient type, message"
                  + " definition, sender reference, local extension) has no place in a message"
                  + " that is not ITK3"));
    }
    Values.extras(h, x.withMeta(null), V);
    for (String lost : Stu3Header.encode(e, h)) {
      losses.add(new Loss("MessageHeader", lost));
    }
    return h;
  }

  /** The MessageHeader of an envelope, without focus or response. */
  private static Enc header(Envelope e, List<Loss> losses) {
    Enc h = Enc.resource("resource", "MessageHeader").str("id", e.messageId());
    Extras x = e.extras();
    h.node(Values.meta(Values.stu3Meta(x.meta(), Itk.MESSAGE_HEADER), V));
    h.node(Stu3Header.handlingExtension(e, Stu3Header.recipientType(e)));
    Values.extras(h, x.withMeta(null), V);
    for (String lost : Stu3Header.encode(e, h)) {
      losses.add(new Loss("MessageHeader", lost));
    }
    return h;
  }

  /** The message Bundle of an envelope around these resources. */
  private static FhirNode bundle(Envelope e, List<FhirNode> resources, List<Loss> losses) {
    BundleInfo info = e.bundle();
    BundleInfo written =
        new BundleInfo(
            info == null ? null : info.id(),
            info == null ? null : info.identifier(),
            CodeSystems.ITK_MESSAGE_EVENT.equals(e.event().system()) || e.family() == Family.ITK3
                ? Values.stu3Meta(info == null ? null : info.meta(), Itk.MESSAGE_BUNDLE)
                : info == null ? null : info.meta(),
            null,
            info == null ? List.of() : info.elements(),
            info == null ? List.of() : info.entries());
    if (info != null && info.timestamp() != null) {
      losses.add(new Loss("Bundle.timestamp", "STU3 Bundle has no timestamp"));
    }
    return MessageBundle.write("message", written, resources, V);
  }
}
