package dev.koine.hl7v2.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.id.OdsCode;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Party;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.message.Source;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Meta;
import dev.koine.core.model.Ref;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** MSH to and from the envelope. */
public final class Header {
  private Header() {}

  private static final String ODS = IdentifierSystems.ODS_ORGANISATION.fhirUri();

  /**
   * The standard message structure (HL7 table 0354) of each type and trigger Koine writes or that
   * feeds commonly send: MSH-9.3 is consumed when it equals it and written from it.
   */
  private static final Map<String, String> STRUCTURES = structures();

  private static Map<String, String> structures() {
    Map<String, String> m = new HashMap<>();
    String[][] adt = {
      {"ADT_A01", "A01", "A04", "A08", "A13"},
      {"ADT_A02", "A02"},
      {"ADT_A03", "A03"},
      {"ADT_A05", "A05", "A14", "A28", "A31"},
      {"ADT_A06", "A06", "A07"},
      {"ADT_A09", "A09", "A10", "A11"},
      {"ADT_A12", "A12"},
      {"ADT_A15", "A15"},
      {"ADT_A16", "A16"},
      {"ADT_A17", "A17"},
      {"ADT_A18", "A18"},
      {"ADT_A20", "A20"},
      {"ADT_A21", "A21", "A22", "A23", "A25", "A26", "A27", "A29", "A32", "A33"},
      {"ADT_A24", "A24"},
      {"ADT_A30", "A30", "A34", "A35", "A36", "A46", "A47", "A48", "A49"},
      {"ADT_A37", "A37"},
      {"ADT_A38", "A38"},
      {"ADT_A39", "A39", "A40", "A41", "A42"},
      {"ADT_A43", "A43", "A44"},
      {"ADT_A45", "A45"},
      {"ADT_A50", "A50", "A51"},
      {"ADT_A52", "A52", "A53", "A55"},
      {"ADT_A54", "A54"},
      {"ADT_A60", "A60"},
      {"ADT_A61", "A61", "A62"}
    };
    for (String[] row : adt) {
      for (int i = 1; i < row.length; i++) {
        m.put("ADT^" + row[i], row[0]);
      }
    }
    for (String t : new String[] {"T01", "T03", "T05", "T07", "T09", "T11"}) {
      m.put("MDM^" + t, "MDM_T01");
    }
    for (String t : new String[] {"T02", "T04", "T06", "T08", "T10"}) {
      m.put("MDM^" + t, "MDM_T02");
    }
    for (int t = 12; t <= 26; t++) {
      m.put("SIU^S" + t, "SIU_S12");
    }
    for (String t : new String[] {"I12", "I13", "I14", "I15"}) {
      m.put("REF^" + t, "REF_I12");
    }
    for (String t : new String[] {"PC1", "PC2", "PC3"}) {
      m.put("PPR^" + t, "PPR_PC1");
    }
    // types whose structure is the type and trigger
    for (String t :
        new String[] {
          "ORU^R01", "ORU^R30", "OML^O21", "OML^O33", "OML^O35", "ORM^O01", "ORL^O22", "OMG^O19",
          "OMP^O09", "OUL^R22", "OUL^R23", "OUL^R24", "RDE^O11", "RDE^O25", "RDS^O13", "RAS^O17",
          "VXU^V04", "DFT^P03", "DFT^P11", "BAR^P01", "BAR^P02", "BAR^P05", "BAR^P06", "BAR^P10",
          "BAR^P12", "MFN^M02", "ORR^O02"
        }) {
      m.put(t, t.replace('^', '_'));
    }
    return Map.copyOf(m);
  }

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
    Ref facility = facility(in, msh, 4);
    if (facility != null) {
      b.sender(new Party(facility, null, null));
    }
    String rApp = in.get(msh, 5);
    Ref rFacility = facility(in, msh, 6);
    if (rApp != null || rFacility != null) {
      b.addRecipient(new Recipient(rApp, rFacility, null, null, null));
    }
    b.extras(extras(in, msh));
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

  /** The URI identifier system of an HD universal id of type ISO (an OID). */
  static final String URI = "urn:ietf:rfc:3986";

  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /**
   * MSH-4/MSH-6 (HD) as an organisation reference: with an ISO universal id (HD-2, HD-3 {@code
   * ISO}) the OID as a {@code urn:oid:} identifier in {@code urn:ietf:rfc:3986} and the namespace
   * id (HD-1) as the display (v2-to-FHIR IG HD[Organization]); else HD-1 as an ODS code.
   */
  private static Ref facility(V2In in, V2Segment msh, int f) {
    String oid = in.peek(msh, f, 1, 2);
    // most MSH-4/MSH-6 have no HD-2: no matcher for an empty value (two per message otherwise)
    if (!oid.isEmpty() && OID.matcher(oid).matches() && in.peek(msh, f, 1, 3).equals("ISO")) {
      in.get(msh, f, 1, 2, 1);
      in.get(msh, f, 1, 3, 1);
      return new Ref(null, null, Identifier.of(URI, "urn:oid:" + oid), in.get(msh, f, 1, 1, 1));
    }
    String value = in.get(msh, f);
    // an ODS code only when it has the shape of one (the ITK v2.4 convention): many feeds name the
    // facility ("SendingFacility", a Welsh numeric organisation code such as 100), and saying
    // ods-organization-code of those made every convert output fail its own ODS_CODE_FORMAT check.
    // A near miss (lower case, padded) stays ODS, so that validation still reports it.
    return value == null
        ? null
        : Ref.byIdentifier(
            Identifier.of(OdsCode.tryParseLenient(value).isPresent() ? ODS : null, value));
  }

  /**
   * Writes an organisation reference as MSH-4/MSH-6 (see {@link #facility(V2In, V2Segment, int)}).
   */
  private static void facility(V2Out.Seg msh, int f, Ref ref) {
    Identifier id = ref.identifier();
    if (id != null
        && URI.equals(id.system())
        && id.value().startsWith("urn:oid:")
        && OID.matcher(id.value().substring("urn:oid:".length())).matches()) {
      msh.set(f, 1, ref.display());
      msh.set(f, 2, id.value().substring("urn:oid:".length()));
      msh.set(f, 3, "ISO");
      return;
    }
    msh.set(f, identifierValue(ref));
  }

  /**
   * MSH-8 security as a {@code meta.security} code and MSH-19 principal language (when a language
   * tag) as the language (v2-to-FHIR IG MSH[MessageHeader]).
   */
  private static Extras extras(V2In in, V2Segment msh) {
    String security = in.get(msh, 8);
    String language = null;
    if (LANGUAGE.matcher(in.peek(msh, 19, 1, 1)).matches()) {
      language = in.get(msh, 19);
    }
    Meta meta =
        security == null
            ? null
            : new Meta(
                null,
                null,
                null,
                List.of(),
                List.of(new Coding(null, null, security, null)),
                List.of());
    return new Extras(meta, null, language, List.of(), List.of());
  }

  private static void writeExtras(V2Out.Seg msh, Extras x) {
    if (x.meta() != null) {
      for (Coding c : x.meta().security()) {
        if (c.system() == null && c.code() != null) {
          msh.set(8, c.code());
          break;
        }
      }
    }
    if (x.language() != null && LANGUAGE.matcher(x.language()).matches()) {
      msh.set(19, x.language());
    }
  }

  private static ResponseRequest response(V2In in, V2Segment msh, int f) {
    String code = in.peek(msh, f, 1, 1);
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
      facility(msh, 4, e.sender().organisation());
    }
    if (!e.recipients().isEmpty()) {
      Recipient r = e.recipients().get(0);
      msh.set(5, r.name());
      if (r.receiver() != null) {
        facility(msh, 6, r.receiver());
      }
    }
    writeExtras(msh, e.extras());
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
