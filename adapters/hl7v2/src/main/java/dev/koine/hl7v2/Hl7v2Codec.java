package dev.koine.hl7v2;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issues;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extension;
import dev.koine.hl7v2.internal.Ack;
import dev.koine.hl7v2.internal.Adt;
import dev.koine.hl7v2.internal.Header;
import dev.koine.hl7v2.internal.Mdm;
import dev.koine.hl7v2.internal.ModelDiff;
import dev.koine.hl7v2.internal.Orm;
import dev.koine.hl7v2.internal.Oru;
import dev.koine.hl7v2.internal.PatientSegments;
import dev.koine.hl7v2.internal.Ref12;
import dev.koine.hl7v2.internal.Siu;
import dev.koine.hl7v2.internal.V2In;
import dev.koine.hl7v2.internal.V2Out;
import dev.koine.hl7v2.internal.Verbatim;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The HL7 v2 (ER7) {@link MessageCodec}: decodes ADT, ORU^R01 and ACK messages to the Koine model
 * with the NHS dialect, and encodes {@link PatientEvent}, {@link LabReport} and {@link
 * Acknowledgement} payloads back to ER7 ({@code |^~\&}, CR terminators).
 *
 * <p>Decoding carries every non-empty element the mapping did not read verbatim on the envelope
 * ({@link Envelope#HL7V2_VERBATIM}; a segment of an untyped message type, an IN1 in an ADT, a field
 * with no typed home), each reported as a {@code CARRIED_VERBATIM} information issue located by its
 * v2 path ({@code IN1[2]}, {@code PID-3[2].4}), so that writing the message back to HL7 v2 loses
 * nothing and a FHIR encoding reports each as a loss; encoding reports the model paths whose
 * content does not survive HL7 v2 (what differs between the message and the decoding of its
 * encoding). Thread-safe and stateless; input is capped by {@link Limits}.
 */
public final class Hl7v2Codec implements MessageCodec {
  /** The reason of an encode loss. */
  public static final String NO_PLACE_IN_V2 = "no place in HL7 v2";

  private final Limits limits;

  /** A codec with the default {@link Limits}; the constructor the service loader uses. */
  public Hl7v2Codec() {
    this(Limits.defaults());
  }

  /** A codec with these limits. */
  public Hl7v2Codec(Limits limits) {
    this.limits = Checks.notNull(limits, "limits");
  }

  @Override
  public Set<WireFormat> formats() {
    return Set.of(WireFormat.HL7V2);
  }

  @Override
  public boolean accepts(byte[] content) {
    if (content == null) {
      return false;
    }
    byte[] bytes = Mllp.isFramed(content) ? Mllp.unwrapIfFramed(content) : content;
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && (bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == ' ')) {
      i++;
    }
    if (bytes.length - i < 4) {
      return false;
    }
    String head = new String(bytes, i, 3, StandardCharsets.US_ASCII);
    return head.equals("MSH") || head.equals("FHS") || head.equals("BHS");
  }

  static final String TRUNCATION_NOT_WRITTEN =
      "a truncation character that is one of the standard delimiters ^~\\& is not written back";

  @Override
  public Decoded<Message> decode(byte[] content, WireFormat format) {
    checkFormat(format);
    V2Message message = parse(content);
    V2In in = new V2In(message, message.layout());
    V2Segment msh = message.segments().get(0);
    String type = in.get(msh, 9, 1);
    String trigger = in.peek(msh, 9, 1, 2);
    Payload payload;
    if ("ADT".equals(type)) {
      payload = Adt.read(in, trigger.isEmpty() ? null : trigger);
    } else if ("ORU".equals(type) && "R01".equals(trigger) && Oru.accepts(in)) {
      payload = Oru.read(in);
    } else if ("ACK".equals(type)) {
      payload = Ack.read(in);
    } else if ((("ORM".equals(type) && "O01".equals(trigger))
            || ("OML".equals(type) && "O21".equals(trigger)))
        && Orm.accepts(in)) {
      payload = Orm.read(in, "OML".equals(type));
    } else if ("SIU".equals(type) && "S12".equals(trigger)) {
      payload = Siu.read(in);
    } else if ("REF".equals(type) && "I12".equals(trigger)) {
      payload = Ref12.read(in);
    } else if ("MDM".equals(type) && Mdm.accepts(in)) {
      payload = Mdm.read(in, trigger.isEmpty() ? null : trigger);
    } else if (type == null || type.isBlank()) {
      throw new KoineParseException("MSH-9", "the message type is missing");
    } else {
      // a type with no typed payload (or an order or result message with no OBR the typed mapping
      // could read, e.g. a pharmacy ORM of RXO segments): the envelope and the patient (PID/PD1)
      // are read, every other segment is carried verbatim
      payload =
          new OtherContent(
              "message",
              in.first("PID").isPresent() ? PatientSegments.read(in) : null,
              Entities.empty(),
              List.of());
    }
    Envelope envelope = Header.read(in, msh, type);
    if (payload instanceof OtherContent) {
      envelope =
          envelope.toBuilder()
              .event(
                  Coding.of(
                      CodeSystems.V2_MESSAGE_TYPE, trigger.isEmpty() ? type : type + "^" + trigger))
              .build();
    }
    if (payload instanceof Acknowledgement) {
      envelope = Ack.correlation(in, envelope);
    }
    Verbatim.Carried carried = Verbatim.read(in);
    List<Extension> extensions = carried.extensions();
    List<Loss> losses = List.of();
    Optional<Character> truncation = message.delimiters().truncation();
    if (truncation.isPresent()) {
      // a truncation character in MSH-2 (HL7 v2.7+, also sent by v2.5.1 public health senders) is
      // written back after the four standard encoding characters, carried as the spelling of
      // MSH-2; one that is itself a standard delimiter cannot be, and is a located loss
      Optional<Extension> chars = Verbatim.encodingCharacters(truncation.get());
      if (chars.isPresent()) {
        extensions = new ArrayList<>(extensions);
        extensions.add(chars.get());
      } else {
        losses = List.of(new Loss("MSH-2", TRUNCATION_NOT_WRITTEN));
      }
    }
    return new Decoded<>(
        WireFormat.HL7V2,
        Message.of(Verbatim.carry(envelope, extensions), payload),
        new Issues(carried.issues()),
        losses,
        message.leafCount());
  }

  private V2Message parse(byte[] content) {
    Checks.notNull(content, "content");
    byte[] bytes = Mllp.isFramed(content) ? Mllp.unwrapIfFramed(content) : content;
    if (accepts(bytes) && !startsWithMsh(bytes)) {
      List<V2Message> messages = V2Batch.parse(bytes, limits).messages();
      if (messages.size() != 1) {
        throw new KoineParseException(
            "batch", "holds " + messages.size() + " messages; decode them one at a time");
      }
      return messages.get(0);
    }
    return V2Message.parse(bytes, limits);
  }

  private static boolean startsWithMsh(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1);
    return head.strip().replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").startsWith("MSH");
  }

  private static void checkFormat(WireFormat format) {
    if (format != null && format != WireFormat.HL7V2) {
      throw new IllegalArgumentException("the HL7 v2 codec reads and writes hl7v2 only");
    }
  }

  @Override
  public Encoded encode(Message message, WireFormat format) {
    Checks.notNull(message, "message");
    checkFormat(Checks.notNull(format, "format"));
    List<Loss> losses = new ArrayList<>();
    // FHIR content carried verbatim (Envelope.FHIR_VERBATIM) has no v2 form: each is a loss
    Message v2Content = Verbatim.withoutFhir(message, losses);
    String text = write(v2Content);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Message back = decode(bytes, WireFormat.HL7V2).value();
    for (String path : ModelDiff.diff("message", v2Content, back)) {
      losses.add(new Loss(path, NO_PLACE_IN_V2));
    }
    return Encoded.of(bytes, losses);
  }

  /** The ER7 text of a message, without the loss check. */
  static String write(Message message) {
    Envelope e = message.envelope();
    V2Out out = new V2Out(Verbatim.spellings(e));
    String code = e.event().code();
    message
        .payload()
        .accept(
            new Payload.Visitor<Void>() {
              @Override
              public Void patientEvent(PatientEvent p) {
                String trigger = p.kind().v2Trigger().orElse(code);
                Header.write(out, e, "ADT", trigger);
                Adt.write(out, p, trigger);
                return null;
              }

              @Override
              public Void labReport(LabReport p) {
                Header.write(out, e, "ORU", "R01");
                Oru.write(out, p);
                return null;
              }

              @Override
              public Void acknowledgement(Acknowledgement p) {
                // MSH-9.2 of an ACK is the trigger event (HL7 table 0003) of the message it
                // answers:
                // the event of a FHIR acknowledgement (ITK008M, a BaRS or R4 event) is not one, so
                // MSH-9 is ACK alone and the event a reported loss (the encode's model comparison)
                boolean v2Event = CodeSystems.V2_EVENT_TYPE.equals(e.event().system());
                Header.write(out, e, "ACK", !v2Event || "ACK".equals(code) ? null : code);
                Ack.write(out, e, p);
                return null;
              }

              @Override
              public Void referral(Referral p) {
                Header.write(out, e, "REF", "I12");
                Ref12.write(out, p);
                return null;
              }

              @Override
              public Void referralResponse(ReferralResponse p) {
                throw unsupported(p);
              }

              @Override
              public Void bookingRequest(BookingRequest p) {
                Header.write(out, e, "SIU", "S12");
                Siu.write(out, p);
                return null;
              }

              @Override
              public Void careDocument(CareDocument p) {
                String trigger =
                    CodeSystems.V2_EVENT_TYPE.equals(e.event().system()) ? code : "T02";
                Header.write(out, e, "MDM", trigger);
                Mdm.write(out, p, trigger);
                return null;
              }

              @Override
              public Void otherContent(OtherContent p) {
                if (!CodeSystems.V2_MESSAGE_TYPE.equals(e.event().system()) || code == null) {
                  throw unsupported(p);
                }
                int caret = code.indexOf('^');
                Header.write(
                    out,
                    e,
                    caret < 0 ? code : code.substring(0, caret),
                    caret < 0 ? null : code.substring(caret + 1));
                if (p.patient() != null) {
                  PatientSegments.write(out, p.patient());
                }
                return null;
              }

              @Override
              public Void labOrder(LabOrder p) {
                boolean oml = "O21".equals(code);
                Header.write(out, e, oml ? "OML" : "ORM", oml ? "O21" : "O01");
                Orm.write(out, p, oml);
                return null;
              }
            });
    return Verbatim.apply(Mdm.finish(out.encode(), message), e);
  }

  private static IllegalArgumentException unsupported(Payload p) {
    return new IllegalArgumentException(
        "no HL7 v2 mapping for a " + p.typeName() + " payload in this version");
  }

  @Override
  public RoundTrip roundTrip(byte[] content, WireFormat format) {
    checkFormat(format);
    V2Message input = parse(content);
    Decoded<Message> decoded = decode(content, format);
    V2Message output = V2Message.parse(write(decoded.value()));
    Map<String, String> before = leaves(input);
    Map<String, String> after = leaves(output);
    List<Loss> losses = new ArrayList<>();
    for (Map.Entry<String, String> leaf : before.entrySet()) {
      if (!Objects.equals(after.get(leaf.getKey()), leaf.getValue())) {
        losses.add(new Loss(leaf.getKey(), "not reproduced by the re-encoding"));
      }
    }
    return new RoundTrip(WireFormat.HL7V2, before.size(), losses.size(), losses);
  }

  /** Every non-empty leaf by its full path, MSH-1 and MSH-2 as one leaf each. */
  static Map<String, String> leaves(V2Message m) {
    Map<String, String> out = new LinkedHashMap<>();
    for (V2Segment s : m.segments()) {
      int from = 1;
      if (s.isHeader()) {
        out.put(s.path() + "-1", s.field(1).raw());
        out.put(s.path() + "-2", s.field(2).raw());
        from = 3;
      }
      for (int f = from; f <= s.fieldCount(); f++) {
        for (V2Repetition r : s.field(f).repetitions()) {
          for (V2Component c : r.components()) {
            for (V2SubComponent sc : c.subComponents()) {
              if (!sc.isEmpty()) {
                out.put(
                    s.path() + "-" + f + "[" + r.number() + "]." + c.number() + "." + sc.number(),
                    sc.raw());
              }
            }
          }
        }
      }
    }
    return out;
  }
}
