package dev.koine.fhir.internal.stu3;

import dev.koine.core.code.Concept;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Party;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.RecipientType;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.message.Source;
import dev.koine.core.model.Ref;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.Enc;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.Values;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The STU3 ITK3 MessageHeader ({@code ITK-MessageHeader-2}) and the {@code
 * Extension-ITK-MessageHandling-2} handling specification, to and from the model's {@link
 * Envelope}.
 *
 * <p>Rules (each reversible): {@code BusAckRequested}/{@code InfAckRequested} true/false are {@link
 * ResponseRequest#ALWAYS}/{@link ResponseRequest#NEVER}; {@code RecipientType} FA/FI, the single
 * STU3 {@code receiver} and the first {@code destination} make the first {@link Recipient}, every
 * further destination one more recipient; the sender is a {@link Party} whose person is set when
 * the reference names a Practitioner or PractitionerRole, its organisation otherwise; a {@code
 * reason} with exactly one coding and no text is the envelope reason.
 */
final class Stu3Header {
  private static final FhirVersion V = FhirVersion.STU3;

  private Stu3Header() {}

  /**
   * Decodes the header into {@code env} (everything but the bundle, the payload-dependent {@code
   * response} and {@code focus}).
   *
   * @param typeOf the resource type of the entry a reference target names, or null
   */
  static void decode(Dec d, FhirNode h, Envelope.Builder env, Function<String, String> typeOf) {
    env.messageId(d.str(h, "id"));
    env.event(Datatypes.one(d, h, "event", Datatypes::coding));
    env.timestamp(d.time(h, "timestamp"));
    RecipientType recipientType = null;
    FhirNode handling = Values.extensionWithUrl(h, Set.of(Itk.HANDLING));
    if (handling != null) {
      recipientType = handling(d, handling, env);
    }
    List<Recipient> recipients = new ArrayList<>();
    Ref receiver = Datatypes.one(d, h, "receiver", Datatypes::ref);
    List<FhirNode> destinations = h.children("destination");
    for (int i = 0; i < destinations.size(); i++) {
      FhirNode dest = destinations.get(i);
      Recipient r =
          d.attempt(
              "MessageHeader.destination",
              () -> {
                Recipient rec =
                    new Recipient(
                        d.str(dest, "name"),
                        null,
                        Datatypes.one(d, dest, "target", Datatypes::ref),
                        d.str(dest, "endpoint"),
                        null);
                d.mark(dest);
                return rec;
              });
      if (r != null) {
        recipients.add(r);
      }
    }
    if (!recipients.isEmpty()) {
      Recipient first = recipients.get(0);
      recipients.set(
          0,
          new Recipient(first.name(), receiver, first.target(), first.endpoint(), recipientType));
    } else if (receiver != null || recipientType != null) {
      recipients.add(new Recipient(null, receiver, null, null, recipientType));
    }
    env.recipients(recipients);
    Ref sender = Datatypes.one(d, h, "sender", Datatypes::ref);
    if (sender != null) {
      String type = sender.target() == null ? null : typeOf.apply(sender.target());
      boolean person = "Practitioner".equals(type) || "PractitionerRole".equals(type);
      env.sender(person ? new Party(null, sender, null) : new Party(sender, null, null));
    }
    env.enterer(Datatypes.one(d, h, "enterer", Datatypes::ref));
    env.author(Datatypes.one(d, h, "author", Datatypes::ref));
    env.responsible(Datatypes.one(d, h, "responsible", Datatypes::ref));
    FhirNode source = h.child("source");
    if (source != null) {
      env.source(
          d.attempt(
              "MessageHeader.source",
              () -> {
                Source s =
                    new Source(
                        d.str(source, "name"),
                        d.str(source, "software"),
                        d.str(source, "version"),
                        Datatypes.one(d, source, "contact", Datatypes::contactPoint),
                        d.str(source, "endpoint"));
                d.mark(source);
                return s;
              }));
    }
    Concept reason = Datatypes.one(d, h, "reason", Datatypes::concept);
    env.reason(reason);
  }

  /** Decodes the handling specification; returns the recipient type, or null. */
  private static RecipientType handling(Dec d, FhirNode x, Envelope.Builder env) {
    ResponseRequest bus = null;
    ResponseRequest inf = null;
    RecipientType type = null;
    boolean any = false;
    for (FhirNode sub : x.children("extension")) {
      FhirNode url = sub.child("url");
      String name = url == null ? null : url.value();
      if (name == null) {
        continue;
      }
      switch (name) {
        case "BusAckRequested":
        case "InfAckRequested":
          {
            Boolean b = d.bool(sub, "valueBoolean");
            if (b != null) {
              ResponseRequest r = b ? ResponseRequest.ALWAYS : ResponseRequest.NEVER;
              if (name.startsWith("Bus")) {
                bus = r;
              } else {
                inf = r;
              }
              consumed(d, sub, url);
              any = true;
            }
            break;
          }
        case "RecipientType":
          {
            FhirNode c = sub.child("valueCoding");
            String system = c == null ? null : value(c.child("system"));
            String code = c == null ? null : value(c.child("code"));
            if (Itk.RECIPIENT_TYPE.equals(system) && ("FA".equals(code) || "FI".equals(code))) {
              type = "FA".equals(code) ? RecipientType.ACTION : RecipientType.INFORMATION;
              d.mark(c);
              d.mark(c.child("system"));
              d.mark(c.child("code"));
              FhirNode display = c.child("display");
              if (display != null && Itk.recipientDisplay(code).equals(display.value())) {
                d.mark(display);
              }
              consumed(d, sub, url);
              any = true;
            }
            break;
          }
        case "MessageDefinition":
          {
            FhirNode ref = sub.child("valueReference");
            String def = ref == null ? null : d.str(ref, "reference");
            if (def != null) {
              env.definition(def);
              d.mark(ref);
              consumed(d, sub, url);
              any = true;
            }
            break;
          }
        case "SenderReference":
          {
            String v = d.str(sub, "valueString");
            if (v != null) {
              env.senderReference(v);
              consumed(d, sub, url);
              any = true;
            }
            break;
          }
        case "LocalExtension":
          {
            String v = d.str(sub, "valueString");
            if (v != null) {
              env.localExtension(v);
              consumed(d, sub, url);
              any = true;
            }
            break;
          }
        default:
          break;
      }
    }
    if (bus != null || inf != null) {
      env.ackRequest(new AckRequest(inf, bus));
    }
    if (any) {
      d.mark(x);
      d.mark(x.child("url"));
    }
    return type;
  }

  private static void consumed(Dec d, FhirNode sub, FhirNode url) {
    d.mark(sub);
    d.mark(url);
  }

  private static String value(FhirNode n) {
    return n == null ? null : n.value();
  }

  /** The handling-specification extension node (null when the envelope has none of its fields). */
  static FhirNode handlingExtension(Envelope e, RecipientType type) {
    List<FhirNode> subs = new ArrayList<>();
    AckRequest ack = e.ackRequest();
    if (ack != null) {
      addFlag(subs, "BusAckRequested", ack.business());
      addFlag(subs, "InfAckRequested", ack.infrastructure());
    }
    if (type != null) {
      subs.add(
          sub(
              "RecipientType",
              Enc.element("valueCoding")
                  .str("system", Itk.RECIPIENT_TYPE)
                  .str("code", type.itkCode())
                  .str("display", Itk.recipientDisplay(type.itkCode()))
                  .build()));
    }
    if (e.definition() != null) {
      subs.add(
          sub(
              "MessageDefinition",
              Enc.element("valueReference").str("reference", e.definition()).build()));
    }
    if (e.senderReference() != null) {
      subs.add(sub("SenderReference", primitive("valueString", e.senderReference())));
    }
    if (e.localExtension() != null) {
      subs.add(sub("LocalExtension", primitive("valueString", e.localExtension())));
    }
    if (subs.isEmpty()) {
      return null;
    }
    return FhirNode.builder("extension")
        .array(true)
        .child(primitive("url", Itk.HANDLING))
        .children(subs)
        .build();
  }

  private static void addFlag(List<FhirNode> subs, String name, ResponseRequest r) {
    if (r == ResponseRequest.ALWAYS || r == ResponseRequest.NEVER) {
      subs.add(
          sub(
              name,
              FhirNode.primitive(
                  "valueBoolean",
                  Boolean.toString(r == ResponseRequest.ALWAYS),
                  ValueKind.BOOLEAN)));
    }
  }

  private static FhirNode sub(String url, FhirNode value) {
    return FhirNode.builder("extension")
        .array(true)
        .child(primitive("url", url))
        .child(value)
        .build();
  }

  private static FhirNode primitive(String name, String value) {
    return FhirNode.primitive(name, value, ValueKind.STRING);
  }

  /**
   * Encodes the header elements of {@code e} (not id, meta, text, extension, response, focus) onto
   * {@code h}; returns the model content that STU3 cannot carry, as loss descriptions.
   */
  static List<String> encode(Envelope e, Enc h) {
    List<String> lost = new ArrayList<>();
    h.node(Datatypes.coding("event", e.event()));
    List<Recipient> rs = e.recipients();
    for (int i = 0; i < rs.size(); i++) {
      Recipient r = rs.get(i);
      boolean dest = r.name() != null || r.target() != null || r.endpoint() != null || i > 0;
      if (dest) {
        h.node(
            Enc.element("destination")
                .str("name", r.name())
                .node(Datatypes.ref("target", r.target(), V))
                .str("endpoint", r.endpoint())
                .build());
      }
      if (i == 0) {
        h.node(Datatypes.ref("receiver", r.receiver(), V));
      } else if (r.receiver() != null || r.type() != null) {
        lost.add("Envelope.recipients[" + i + "]: STU3 has one receiver and one recipient type");
      }
    }
    Party sender = e.sender();
    if (sender != null) {
      Ref ref = sender.person() != null ? sender.person() : sender.organisation();
      if (sender.person() != null && sender.organisation() != null) {
        lost.add("Envelope.sender.organisation: STU3 MessageHeader.sender is one reference");
      }
      if (sender.endpoint() != null) {
        lost.add("Envelope.sender.endpoint: no STU3 element");
      }
      h.node(Datatypes.ref("sender", ref, V));
    }
    h.instant("timestamp", e.timestamp());
    h.node(Datatypes.ref("enterer", e.enterer(), V));
    h.node(Datatypes.ref("author", e.author(), V));
    Source s = e.source();
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
    h.node(Datatypes.ref("responsible", e.responsible(), V));
    if (e.reason() != null) {
      h.node(Datatypes.concept("reason", e.reason()));
    }
    AckRequest ack = e.ackRequest();
    if (ack != null && (!itkFlag(ack.business()) || !itkFlag(ack.infrastructure()))) {
      lost.add("Envelope.ackRequest: ITK3 flags are only always/never");
    }
    if (e.standardVersion() != null && !Itk.FHIR_VERSION.equals(e.standardVersion())) {
      lost.add("Envelope.standardVersion: an STU3 message is FHIR 3.0.2");
    }
    if (e.processingId() != null) {
      lost.add("Envelope.processingId: no STU3 element");
    }
    if (!e.messageProfiles().isEmpty()) {
      lost.add("Envelope.messageProfiles: no STU3 element");
    }
    if (e.correlation() != null && e.correlation().correlationId() != null) {
      lost.add("Envelope.correlation.correlationId: no STU3 element");
    }
    return lost;
  }

  private static boolean itkFlag(ResponseRequest r) {
    return r == null || r == ResponseRequest.ALWAYS || r == ResponseRequest.NEVER;
  }

  /** The first recipient's type, written in the handling specification. */
  static RecipientType recipientType(Envelope e) {
    return e.recipients().isEmpty() ? null : e.recipients().get(0).type();
  }
}
