package dev.koine.hl7v2.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Party;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.message.Source;
import dev.koine.core.model.Ref;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** MSH to and from the envelope. */
public final class Header {
  private Header() {}

  private static final String ODS = IdentifierSystems.ODS_ORGANISATION.fhirUri();

  private static final Map<String, String> STRUCTURES =
      Map.ofEntries(
          Map.entry("ADT^A01", "ADT_A01"),
          Map.entry("ADT^A04", "ADT_A01"),
          Map.entry("ADT^A08", "ADT_A01"),
          Map.entry("ADT^A13", "ADT_A01"),
          Map.entry("ADT^A02", "ADT_A02"),
          Map.entry("ADT^A03", "ADT_A03"),
          Map.entry("ADT^A05", "ADT_A05"),
          Map.entry("ADT^A14", "ADT_A05"),
          Map.entry("ADT^A28", "ADT_A05"),
          Map.entry("ADT^A31", "ADT_A05"),
          Map.entry("ADT^A11", "ADT_A09"),
          Map.entry("ADT^A12", "ADT_A12"),
          Map.entry("ADT^A40", "ADT_A39"),
          Map.entry("ORU^R01", "ORU_R01"),
          Map.entry("OML^O21", "OML_O21"),
          Map.entry("ORM^O01", "ORM_O01"),
          Map.entry("REF^I12", "REF_I12"),
          Map.entry("SIU^S12", "SIU_S12"),
          Map.entry("MDM^T02", "MDM_T02"));

  /** The message structure (MSH-9.3) of a type and trigger, or null. */
  public static String structure(String type, String trigger) {
    if ("ACK".equals(type)) {
      return "ACK";
    }
    return STRUCTURES.get(type + "^" + trigger);
  }

  /** Reads MSH into an envelope; the message type (MSH-9.1) is consumed by the caller. */
  public static Envelope read(V2In in, V2Segment msh, String type) {
    String trigger = in.get(msh, 9, 2);
    String structure = structure(type, trigger);
    if (structure != null) {
      in.consumeIf(msh, 9, 1, 3, 1, structure);
    }
    Envelope.Builder b =
        Envelope.builder()
            .family(Family.HL7V2)
            .event(
                trigger == null
                    ? Coding.of(CodeSystems.V2_EVENT_TYPE, type)
                    : Coding.of(CodeSystems.V2_EVENT_TYPE, trigger))
            .messageId(in.get(msh, 10))
            .timestamp(Types.ts(in, msh, 7))
            .processingId(in.get(msh, 11))
            .standardVersion(in.get(msh, 12));
    String app = in.get(msh, 3);
    if (app != null) {
      b.source(new Source(app, null, null, null, null));
    }
    String facility = in.get(msh, 4);
    if (facility != null) {
      b.sender(new Party(Ref.byIdentifier(Identifier.of(ODS, facility)), null, null));
    }
    String rApp = in.get(msh, 5);
    String rFacility = in.get(msh, 6);
    if (rApp != null || rFacility != null) {
      b.addRecipient(
          new Recipient(
              rApp,
              rFacility == null ? null : Ref.byIdentifier(Identifier.of(ODS, rFacility)),
              null,
              null,
              null));
    }
    ResponseRequest infra = response(in, msh, 15);
    ResponseRequest business = response(in, msh, 16);
    if (infra != null || business != null) {
      b.ackRequest(new AckRequest(infra, business));
    }
    List<String> profiles = new ArrayList<>();
    for (int r = 1; r <= in.reps(msh, 21); r++) {
      String p = in.get(msh, 21, r, 1, 1);
      if (p != null) {
        profiles.add(p);
      }
    }
    b.messageProfiles(profiles);
    return b.build();
  }

  private static ResponseRequest response(V2In in, V2Segment msh, int f) {
    String code = msh.field(f).repetition(1).component(1).subComponent(1).value();
    ResponseRequest r = ResponseRequest.fromV2(code).orElse(null);
    if (r != null) {
      in.get(msh, f);
    }
    return r;
  }

  /** Writes MSH for an envelope; {@code trigger} may be null (ACK). */
  public static void write(V2Out out, Envelope e, String type, String trigger) {
    V2Out.Seg msh = out.segment("MSH");
    if (e.source() != null) {
      msh.set(3, e.source().name());
    }
    if (e.sender() != null && e.sender().organisation() != null) {
      msh.set(4, identifierValue(e.sender().organisation()));
    }
    if (!e.recipients().isEmpty()) {
      Recipient r = e.recipients().get(0);
      msh.set(5, r.name());
      if (r.receiver() != null) {
        msh.set(6, identifierValue(r.receiver()));
      }
    }
    if (e.timestamp() != null) {
      Types.ts(msh, 7, e.timestamp());
    }
    msh.set(9, 1, type);
    msh.set(9, 2, trigger);
    msh.set(9, 3, structure(type, trigger));
    msh.set(10, e.messageId());
    msh.set(11, e.processingId());
    msh.set(12, e.standardVersion());
    if (e.ackRequest() != null) {
      if (e.ackRequest().infrastructure() != null) {
        msh.set(15, e.ackRequest().infrastructure().v2Code());
      }
      if (e.ackRequest().business() != null) {
        msh.set(16, e.ackRequest().business().v2Code());
      }
    }
    for (int i = 0; i < e.messageProfiles().size(); i++) {
      msh.set(21, i + 1, 1, 1, e.messageProfiles().get(i));
    }
  }

  private static String identifierValue(Ref ref) {
    return ref.identifier() == null ? null : ref.identifier().value();
  }
}
