package dev.koine.fhir.internal.r4;

import static dev.koine.fhir.internal.map.Datatypes.all;
import static dev.koine.fhir.internal.map.Datatypes.one;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.codec.Loss;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Party;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.message.Source;
import dev.koine.core.model.Ref;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.Enc;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.Values;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R4 MessageHeader and Bundle header to and from {@link Envelope}: eventCoding, destination,
 * sender, enterer, author, responsible, source, reason (one coding), response identifier, code and
 * details (correlation), definition and the {@code messageheader-response-request} extension
 * (business acknowledgement rule). Bundle.timestamp is the envelope timestamp.
 */
final class R4Header {
  static final String RESPONSE_REQUEST =
      "http://hl7.org/fhir/StructureDefinition/messageheader-response-request";
  private static final FhirVersion V = FhirVersion.R4;

  private R4Header() {}

  /** The family of an event code system. */
  static Family family(Coding event) {
    String s = event.system();
    if (CodeSystems.BARS_MESSAGE_EVENT.equals(s)) {
      return Family.BARS;
    }
    if (CodeSystems.NHS_MESSAGE_EVENT.equals(s)) {
      String c = event.code();
      return "laboratory-order".equals(c) || "unsolicited-observations".equals(c)
          ? Family.NHSE_PATHOLOGY
          : Family.UK_CORE_MESSAGING;
    }
    if (CodeSystems.SNOMED_CT.equals(s) && "371528001".equals(event.code())) {
      return Family.NHSE_PATHOLOGY;
    }
    if (CodeSystems.ITK_MESSAGE_EVENT.equals(s)) {
      return Family.ITK3; // an ITK3 message converted to R4 keeps its event and so its family
    }
    return Family.OTHER;
  }

  /** Decodes the header entry and the Bundle header; null if there is no usable event. */
  static Envelope decode(Dec d, MessageBundle bundle, MessageBundle.Entry header) {
    FhirNode h = header.resource();
    FhirNode b = bundle.bundle();
    Coding event = one(d, h, "eventCoding", Datatypes::coding);
    if (event == null) {
      return null;
    }
    Envelope.Builder e =
        Envelope.builder().messageId(header.id()).event(event).family(family(event));
    // Bundle header
    if ("message".equals(bundle.type())) {
      d.str(b, "type");
    }
    e.timestamp(d.time(b, "timestamp"));
    String bundleId = d.str(b, "id");
    var identifier = one(d, b, "identifier", Datatypes::identifier);
    var meta = one(d, b, "meta", Values::meta);
    if (bundleId != null || identifier != null || meta != null) {
      e.bundle(new BundleInfo(bundleId, identifier, meta, null));
    }
    e.recipients(all(d, h, "destination", R4Header::destination));
    Ref sender = one(d, h, "sender", Datatypes::ref);
    if (sender != null) {
      e.sender(new Party(sender, null, null));
    }
    e.enterer(one(d, h, "enterer", Datatypes::ref))
        .author(one(d, h, "author", Datatypes::ref))
        .responsible(one(d, h, "responsible", Datatypes::ref))
        .source(one(d, h, "source", R4Header::source))
        .definition(d.str(h, "definition"));
    Concept reason = one(d, h, "reason", Datatypes::concept);
    e.reason(reason);
    FhirNode response = h.child("response");
    if (response != null) {
      String inReplyTo = d.str(response, "identifier");
      String code = d.str(response, "code");
      // the OperationOutcome detailing a reply (an acknowledgement of Koine's own shape drops it
      // again: R4Ack reads its own)
      Ref details = Datatypes.one(d, response, "details", Datatypes::ref);
      if (inReplyTo != null || code != null || details != null) {
        e.correlation(new Correlation(inReplyTo, null, code, details));
        d.mark(response);
      }
    }
    FhirNode rr = Values.extensionWithUrl(h, Set.of(RESPONSE_REQUEST));
    if (rr != null) {
      String code = rr.child("valueCode") == null ? null : rr.child("valueCode").value();
      for (ResponseRequest r : ResponseRequest.values()) {
        if (r.fhirCode().equals(code)) {
          d.mark(rr);
          d.str(rr, "url");
          d.str(rr, "valueCode");
          e.ackRequest(new AckRequest(null, r));
        }
      }
    }
    e.extras(Values.extras(d, h, Set.of(RESPONSE_REQUEST)));
    bundle.take(d, header);
    return e.build();
  }

  private static Recipient destination(Dec d, FhirNode n) {
    return d.attempt(
        "MessageHeader.destination",
        () -> {
          Recipient r =
              new Recipient(
                  d.str(n, "name"),
                  one(d, n, "receiver", Datatypes::ref),
                  one(d, n, "target", Datatypes::ref),
                  d.str(n, "endpoint"),
                  null);
          d.mark(n);
          return r;
        });
  }

  private static Source source(Dec d, FhirNode n) {
    return d.attempt(
        "MessageHeader.source",
        () -> {
          Source s =
              new Source(
                  d.str(n, "name"),
                  d.str(n, "software"),
                  d.str(n, "version"),
                  one(d, n, "contact", Datatypes::contactPoint),
                  d.str(n, "endpoint"));
          d.mark(n);
          return s;
        });
  }

  /** Whether the header's focus is exactly the reference to {@code id}; marks it if so. */
  static boolean focusIs(Dec d, FhirNode header, String id) {
    List<FhirNode> focus = header.children("focus");
    for (FhirNode f : focus) {
      FhirNode ref = f.child("reference");
      if (id != null
          && f.children().size() == 1
          && ref != null
          && MessageBundle.referenceTo(id).equals(ref.value())) {
        d.mark(f);
        d.mark(ref);
        return true;
      }
    }
    return false;
  }

  /** The first focus target, or null. */
  static String firstFocus(FhirNode header) {
    FhirNode f = header.child("focus");
    FhirNode ref = f == null ? null : f.child("reference");
    return ref == null || ref.value() == null ? null : MessageBundle.targetOf(ref.value());
  }

  /** Encodes the MessageHeader resource with its focus. */
  static FhirNode encode(Envelope env, List<String> focus, List<Loss> losses) {
    return encode(env, focus, null, losses);
  }

  /**
   * Encodes the MessageHeader resource with its focus and, when {@code response} is not null, that
   * response element instead of the one of the envelope's correlation.
   */
  static FhirNode encode(Envelope env, List<String> focus, FhirNode response, List<Loss> losses) {
    List<Ref> refs = new ArrayList<>();
    focus.forEach(f -> refs.add(Ref.to(f)));
    return encodeWithFocus(env, refs, response, losses);
  }

  /** {@link #encode(Envelope, List, FhirNode, List)} with focus references written whole. */
  static FhirNode encodeWithFocus(
      Envelope env, List<Ref> focus, FhirNode response, List<Loss> losses) {
    for (Recipient r : env.recipients()) {
      if (r.type() != null) {
        losses.add(new Loss("Envelope.recipients.type", "no place in an R4 MessageHeader"));
      }
    }
    if (env.senderReference() != null) {
      losses.add(new Loss("Envelope.senderReference", "ITK3 SenderReference has no place in R4"));
    }
    if (env.localExtension() != null) {
      losses.add(new Loss("Envelope.localExtension", "ITK3 LocalExtension has no place in R4"));
    }
    if (env.ackRequest() != null && env.ackRequest().infrastructure() != null) {
      losses.add(new Loss("Envelope.ackRequest.infrastructure", "no place in R4"));
    }
    if (env.sender() != null
        && (env.sender().person() != null || env.sender().endpoint() != null)) {
      losses.add(new Loss("Envelope.sender", "R4 MessageHeader.sender is one reference"));
    }
    Enc h = Enc.resource("resource", "MessageHeader").str("id", env.messageId());
    Values.extras(h, env.extras(), V);
    if (env.ackRequest() != null && env.ackRequest().business() != null) {
      h.node(
          Enc.element("extension")
              .str("url", RESPONSE_REQUEST)
              .str("valueCode", env.ackRequest().business().fhirCode())
              .build());
    }
    h.node(Datatypes.coding("eventCoding", env.event()));
    for (Recipient r : env.recipients()) {
      h.node(
          Enc.element("destination")
              .str("name", r.name())
              .node(Datatypes.ref("target", r.target(), V))
              .str("endpoint", r.endpoint())
              .node(Datatypes.ref("receiver", r.receiver(), V))
              .build());
    }
    if (env.sender() != null) {
      h.node(Datatypes.ref("sender", env.sender().organisation(), V));
    }
    h.node(Datatypes.ref("enterer", env.enterer(), V))
        .node(Datatypes.ref("author", env.author(), V));
    Source s = env.source();
    if (s != null) {
      h.node(
          Enc.element("source")
              .str("name", s.name())
              .str("software", s.software())
              .str("version", s.version())
              .node(Datatypes.contactPoint("contact", s.contact()))
              .str("endpoint", s.endpoint())
              .build());
    }
    h.node(Datatypes.ref("responsible", env.responsible(), V));
    if (env.reason() != null) {
      h.node(Datatypes.concept("reason", env.reason()));
    }
    if (response != null) {
      h.node(response);
    } else if (env.correlation() != null
        && (env.correlation().inReplyTo() != null
            || env.correlation().responseCode() != null
            || env.correlation().details() != null)) {
      h.node(
          Enc.element("response")
              .str("identifier", env.correlation().inReplyTo())
              .str("code", env.correlation().responseCode())
              .node(Datatypes.ref("details", env.correlation().details(), V))
              .build());
    }
    for (Ref f : focus) {
      h.node(Datatypes.ref("focus", f, V));
    }
    h.str("definition", env.definition());
    return h.build();
  }

  /** The Bundle info for writing (the envelope timestamp goes to Bundle.timestamp). */
  static BundleInfo bundleInfo(Envelope env) {
    BundleInfo b = env.bundle();
    if (b == null && env.timestamp() == null) {
      return null;
    }
    return new BundleInfo(
        b == null ? null : b.id(),
        b == null ? null : b.identifier(),
        b == null ? null : b.meta(),
        env.timestamp(),
        b == null ? List.of() : b.elements(),
        b == null ? List.of() : b.entries());
  }
}
