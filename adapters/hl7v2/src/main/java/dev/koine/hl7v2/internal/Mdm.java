package dev.koine.hl7v2.internal;

import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Attester;
import dev.koine.core.model.Bytes;
import dev.koine.core.model.Composition;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Narrative;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Ref;
import dev.koine.core.model.RelatesTo;
import dev.koine.core.model.Section;
import dev.koine.core.time.PartialDateTime;
import dev.koine.hl7v2.V2Component;
import dev.koine.hl7v2.V2Delimiters;
import dev.koine.hl7v2.V2Field;
import dev.koine.hl7v2.V2Message;
import dev.koine.hl7v2.V2Repetition;
import dev.koine.hl7v2.V2Segment;
import dev.koine.hl7v2.V2SubComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MDM (T01 ... T11: EVN, PID/PD1, PV1/PV2, TXA, OBX) to and from {@link CareDocument}.
 *
 * <p>TXA is the {@link Composition}: TXA-2 the type (table 0270), TXA-4 the date, TXA-5 (primary
 * activity provider) and TXA-9 (originator) the authors (practitioners {@code txa-5-n} and {@code
 * txa-9-n}), TXA-12 the identifier, TXA-13 the parent document ({@code relatesTo}: {@code appends},
 * {@code replaces} for the replacement triggers T09/T10), TXA-16 the unique file name (the document
 * bundle identifier), TXA-17 the status (table 0271: {@code AU} final, {@code IP} preliminary),
 * TXA-18 the confidentiality (table 0272 to v3 Confidentiality) and TXA-22 the legal attesters.
 * Every OBX is one {@link Section}, in order: TX/FT/ST text is the section narrative, kept exactly
 * (delimiter escapes decoded, {@code \.br\} a line break, any other formatting sequence verbatim;
 * see {@link #narrative}); ED/RP content is a {@link DocumentAttachment} {@code obx-n} that the
 * section references. EVN-2 is the document bundle timestamp; PV1/PV2 are read and written by the
 * ADT encounter mapping (encounter {@code pv1}); PID/PD1 are the patient {@code pid}, the
 * Composition's subject. A value is consumed only when the encoding writes it back exactly;
 * anything else is reported as a loss.
 */
public final class Mdm {
  private Mdm() {}

  /** The system of TXA-2 document types. */
  public static final String DOCUMENT_TYPE = Types.table("0270");

  /** TXA-17 document completion status (table 0271) and the composition status. */
  static final String[][] STATUS = {{"final", "AU"}, {"preliminary", "IP"}};

  /** TXA-18 document confidentiality status (table 0272) and v3 Confidentiality. */
  static final String[][] CONFIDENTIALITY = {{"V", "V"}, {"R", "R"}, {"N", "U"}};

  /** The attester mode of TXA-22 (authentication). */
  static final String ATTESTER_MODE = "legal";

  /** The id of the patient read from PID (the Composition's subject). */
  static final String PATIENT_ID = "pid";

  /** The id of the encounter read from PV1. */
  static final String ENCOUNTER_ID = "pv1";

  static final String DOCUMENT_REFERENCE = "DocumentReference";

  private static final String XHTML_START = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><pre";
  private static final String XHTML_END = "</pre></div>";
  private static final Pattern FORMATTING = Pattern.compile("[A-Za-z0-9.+\\-]+");
  private static final Set<String> TEXT_TYPES = Set.of("TX", "FT", "ST");
  private static final String SPAN = "<span class=\"hl7v2-escape\">";
  private static final String SPAN_END = "</span>";
  private static final Set<String> DELIMITER_ESCAPES = Set.of("F", "S", "T", "R", "E", ".br");

  /** Whether a message of type MDM has what this mapping needs: a TXA with a document type. */
  public static boolean accepts(V2In in) {
    Optional<V2Segment> txa = in.first("TXA");
    return txa.isPresent()
        && (!in.peek(txa.get(), 2, 1, 1).isBlank() || !in.peek(txa.get(), 2, 1, 2).isBlank());
  }

  // ------------------------------------------------------------------------ decode

  /** Reads an MDM message with this trigger (may be null). */
  public static CareDocument read(V2In in, String trigger) {
    V2Segment txa = in.first("TXA").orElseThrow();
    List<Practitioner> practitioners = new ArrayList<>();
    List<Encounter> encounters = new ArrayList<>();
    Composition.Builder c = Composition.builder();
    Encounter encounter = encounter(in, practitioners);
    if (encounter != null) {
      encounters.add(encounter);
      c.encounter(Ref.to("Encounter/" + ENCOUNTER_ID));
    }
    PartialDateTime recorded = null;
    Optional<V2Segment> evn = in.first("EVN");
    if (evn.isPresent()) {
      if (trigger != null) {
        in.consumeIf(evn.get(), 1, 1, 1, 1, trigger);
      }
      recorded = Types.ts(in, evn.get(), 2);
    }
    in.consumeIf(txa, 1, 1, 1, 1, "1");
    Concept type = Types.conceptNamed(in, txa, 2, 1, DOCUMENT_TYPE);
    if (type == null) {
      throw new KoineParseException("TXA-2", "an MDM document needs a document type");
    }
    c.type(type);
    c.date(Types.ts(in, txa, 4));
    for (int f : new int[] {5, 9}) {
      for (int r = 1; r <= in.reps(txa, f); r++) {
        Practitioner p = Xcn.practitioner(in, txa, f, r, "txa-" + f + "-" + r);
        if (p != null) {
          practitioners.add(p);
          c.addAuthor(practitionerRef(p));
        }
      }
    }
    String documentNumber = in.get(txa, 12, 1);
    if (documentNumber != null) {
      c.identifier(new Identifier(null, documentNumber, null, null, null, in.get(txa, 12, 2)));
    }
    String parent = in.get(txa, 13, 1);
    if (parent != null) {
      c.addRelatesTo(
          new RelatesTo(
              relation(trigger),
              new Identifier(null, parent, null, null, null, in.get(txa, 13, 2)),
              null));
    }
    String fileName = in.get(txa, 16);
    String status = Types.fromTable(STATUS, in.peek(txa, 17, 1, 1));
    if (status != null) {
      in.get(txa, 17);
      c.status(status);
    }
    String confidentiality = Types.fromTable(CONFIDENTIALITY, in.peek(txa, 18, 1, 1));
    if (confidentiality != null) {
      in.get(txa, 18);
      c.confidentiality(confidentiality);
    }
    for (int r = 1; r <= in.reps(txa, 22); r++) {
      Practitioner p = Xcn.practitioner(in, txa, 22, r, "txa-22-" + r);
      if (p != null) {
        practitioners.add(p);
        c.addAttester(new Attester(ATTESTER_MODE, time(in, txa, 22, r, 15), practitionerRef(p)));
      }
    }
    List<DocumentAttachment> documents = new ArrayList<>();
    int sections = 0;
    for (V2Segment obx : in.all("OBX")) {
      Section section = section(in, obx, documents, sections + 1);
      if (section != null) {
        c.addSection(section);
        sections++;
      }
    }
    BundleInfo info =
        fileName == null && recorded == null
            ? null
            : new BundleInfo(
                null, fileName == null ? null : Identifier.of(null, fileName), null, recorded);
    CareDocument.Builder b = CareDocument.builder().kind(DocumentKind.OTHER).documentBundle(info);
    if (in.first("PID").isPresent()) {
      b.patient(PatientSegments.read(in).toBuilder().id(PATIENT_ID).build());
      c.subject(new Ref("Patient/" + PATIENT_ID, "Patient", null, null));
    }
    b.composition(c.build());
    return b.related(
            Entities.builder()
                .encounters(encounters)
                .practitioners(practitioners)
                .documents(documents)
                .build())
        .build();
  }

  private static String relation(String trigger) {
    return "T09".equals(trigger) || "T10".equals(trigger) ? "replaces" : "appends";
  }

  private static Ref practitionerRef(Practitioner p) {
    return new Ref("Practitioner/" + p.id(), "Practitioner", null, null);
  }

  /** A date-time at component {@code c} of a repetition, consumed if it parses. */
  private static PartialDateTime time(V2In in, V2Segment s, int f, int r, int c) {
    String text = in.peek(s, f, r, c);
    if (text.isEmpty()) {
      return null;
    }
    try {
      PartialDateTime t = PartialDateTime.parseV2(text);
      if (!t.isV2Representable() || !t.toV2().equals(text)) {
        return null;
      }
      in.get(s, f, r, c, 1);
      return t;
    } catch (KoineParseException e) {
      return null;
    }
  }

  /** One OBX as a section (and, for ED/RP, a document); null if it has no place. */
  private static Section section(
      V2In in, V2Segment obx, List<DocumentAttachment> documents, int setId) {
    String type = in.peek(obx, 2, 1, 1);
    if (TEXT_TYPES.contains(type)) {
      V2SubComponent value = obx.field(5).repetition(1).component(1).subComponent(1);
      String text = value.isEmpty() ? null : body(value.raw(), obx.delimiters());
      if (text == null) {
        return null;
      }
      in.consume(obx, 5, 1, 1, 1);
      in.get(obx, 2);
      in.consumeIf(obx, 1, 1, 1, 1, Integer.toString(setId));
      in.consumeIf(obx, 11, 1, 1, 1, "F");
      return new Section(
          null,
          Types.concept(in, obx, 3, 1, null),
          List.of(),
          null,
          new Narrative("generated", narrative(type, text)),
          null,
          null,
          List.of(),
          null,
          List.of(),
          List.of());
    }
    if (!type.equals("ED") && !type.equals("RP")) {
      return null;
    }
    Attachment content = type.equals("ED") ? encapsulated(in, obx) : pointer(in, obx);
    if (content == null) {
      return null;
    }
    in.get(obx, 2);
    in.consumeIf(obx, 1, 1, 1, 1, Integer.toString(setId));
    in.consumeIf(obx, 11, 1, 1, 1, "F");
    String id = "obx-" + setId;
    documents.add(
        DocumentAttachment.builder()
            .id(id)
            .type(Types.concept(in, obx, 3, 1, null))
            .contents(List.of(content))
            .build());
    return new Section(
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        List.of(new Ref(DOCUMENT_REFERENCE + "/" + id, DOCUMENT_REFERENCE, null, null)),
        null,
        List.of(),
        List.of());
  }

  /** ED (.2 type, .3 subtype, .4 Base64, .5 data) as inline content; null if nothing is read. */
  private static Attachment encapsulated(V2In in, V2Segment obx) {
    String contentType = contentType(in, obx, 2);
    Bytes data = null;
    String encoding = in.peek(obx, 5, 1, 4);
    String text = obx.field(5).repetition(1).component(5).subComponent(1).raw();
    if (encoding.equals("Base64") && !text.isEmpty()) {
      try {
        Bytes bytes = Bytes.fromBase64(text);
        if (bytes.toBase64().equals(text)) {
          data = bytes;
          in.get(obx, 5, 1, 4, 1);
          in.consume(obx, 5, 1, 5, 1);
        }
      } catch (IllegalArgumentException e) {
        data = null;
      }
    }
    if (contentType == null && data == null) {
      return null;
    }
    return new Attachment(contentType, null, data, null, null, null, null, null);
  }

  /** RP (.1 pointer, .3 type, .4 subtype) as content by URL; null if there is no pointer. */
  private static Attachment pointer(V2In in, V2Segment obx) {
    String url = in.get(obx, 5, 1, 1, 1);
    if (url == null) {
      return null;
    }
    return new Attachment(contentType(in, obx, 3), null, null, url, null, null, null, null);
  }

  /** A MIME type from a type and subtype component pair, consumed when written back exactly. */
  private static String contentType(V2In in, V2Segment obx, int at) {
    String type = in.peek(obx, 5, 1, at);
    String subtype = in.peek(obx, 5, 1, at + 1);
    if (type.isEmpty() || subtype.isEmpty()) {
      return null;
    }
    String mime =
        (type.equals("AP") ? "application" : type.equals("IM") ? "image" : lower(type))
            + "/"
            + lower(subtype);
    String[] back = v2Type(mime);
    if (back == null || !back[0].equals(type) || !back[1].equals(subtype)) {
      return null;
    }
    in.get(obx, 5, 1, at, 1);
    in.get(obx, 5, 1, at + 1, 1);
    return mime;
  }

  /** The v2 type and subtype of a MIME type, or null. */
  private static String[] v2Type(String mime) {
    int slash = mime == null ? -1 : mime.indexOf('/');
    if (slash <= 0 || slash == mime.length() - 1) {
      return null;
    }
    String type = mime.substring(0, slash);
    return new String[] {
      type.equals("application") ? "AP" : type.equals("image") ? "IM" : upper(type),
      upper(mime.substring(slash + 1))
    };
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /**
   * PV1/PV2 through the ADT mapping, read on a copy of the message that holds only MSH, PV1 and
   * PV2: every leaf the ADT mapping consumed there is consumed here.
   */
  private static Encounter encounter(V2In in, List<Practitioner> practitioners) {
    Optional<V2Segment> pv1 = in.first("PV1");
    if (pv1.isEmpty()) {
      return null;
    }
    List<V2Segment> taken = new ArrayList<>();
    taken.add(pv1.get());
    in.first("PV2").ifPresent(taken::add);
    V2Message m = in.message();
    StringBuilder text = new StringBuilder(m.segments().get(0).raw()).append('\r');
    for (V2Segment s : taken) {
      text.append(s.raw()).append('\r');
    }
    V2Message copy = V2Message.parse(text.toString());
    V2In sub = new V2In(copy);
    PatientEvent event = Adt.read(sub, null);
    Set<String> lost = new HashSet<>();
    sub.losses().forEach(l -> lost.add(l.location()));
    for (int i = 0; i < taken.size(); i++) {
      transfer(in, taken.get(i), copy.segments().get(i + 1), lost);
    }
    practitioners.addAll(event.related().practitioners());
    return event.encounter() == null
        ? null
        : event.encounter().toBuilder().id(ENCOUNTER_ID).build();
  }

  /** Consumes in {@code in} every leaf of {@code s} that is not lost in its copy {@code c}. */
  private static void transfer(V2In in, V2Segment s, V2Segment c, Set<String> lost) {
    if (lost.contains(c.path().toString())) {
      return;
    }
    for (int f = 1; f <= c.fieldCount(); f++) {
      V2Field field = c.field(f);
      if (lost.contains(field.path().toString())) {
        continue;
      }
      for (V2Repetition rep : field.repetitions()) {
        if (lost.contains(rep.path().toString())) {
          continue;
        }
        for (V2Component comp : rep.components()) {
          if (lost.contains(comp.path().toString())) {
            continue;
          }
          for (V2SubComponent sub : comp.subComponents()) {
            if (!sub.isEmpty() && !lost.contains(sub.path().toString())) {
              in.consume(s, f, rep.number(), comp.number(), sub.number());
            }
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------ text

  /**
   * The XHTML body of a TX/FT/ST value: text XML-escaped ({@code & < >}), delimiter escapes
   * decoded, {@code \.br\} a line break, and any other escape sequence (formatting such as {@code
   * \H\ \.sp2\}, hexadecimal, character set) as {@code <span class="hl7v2-escape">H</span>}; null
   * when {@link #raw} would not give {@code raw} back exactly.
   */
  public static String body(String raw, V2Delimiters d) {
    char e = d.escape();
    StringBuilder sb = new StringBuilder(raw.length() + 16);
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != e) {
        xml(sb, c);
        i++;
        continue;
      }
      int j = raw.indexOf(e, i + 1);
      if (j < 0) {
        return null;
      }
      String seq = raw.substring(i + 1, j);
      switch (seq) {
        case "F" -> xml(sb, d.field());
        case "S" -> xml(sb, d.component());
        case "T" -> xml(sb, d.subComponent());
        case "R" -> xml(sb, d.repetition());
        case "E" -> xml(sb, e);
        case ".br" -> sb.append('\n');
        default -> {
          if (!FORMATTING.matcher(seq).matches()) {
            return null;
          }
          sb.append(SPAN).append(seq).append(SPAN_END);
        }
      }
      i = j + 1;
    }
    String body = sb.toString();
    return raw.equals(raw(body, d)) ? body : null;
  }

  private static void xml(StringBuilder sb, char c) {
    switch (c) {
      case '&' -> sb.append("&amp;");
      case '<' -> sb.append("&lt;");
      case '>' -> sb.append("&gt;");
      default -> sb.append(c);
    }
  }

  /**
   * The ER7 text of a narrative body {@link #body} wrote (the inverse), or null if it is not one.
   */
  public static String raw(String body, V2Delimiters d) {
    char e = d.escape();
    StringBuilder sb = new StringBuilder(body.length() + 8);
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '<') {
        if (!body.startsWith(SPAN, i)) {
          return null;
        }
        int end = body.indexOf(SPAN_END, i);
        String seq = end < 0 ? "" : body.substring(i + SPAN.length(), end);
        if (!FORMATTING.matcher(seq).matches() || DELIMITER_ESCAPES.contains(seq)) {
          return null;
        }
        sb.append(e).append(seq).append(e);
        i = end + SPAN_END.length();
        continue;
      }
      if (c == '&') {
        if (body.startsWith("&amp;", i)) {
          c = '&';
          i += 4;
        } else if (body.startsWith("&lt;", i)) {
          c = '<';
          i += 3;
        } else if (body.startsWith("&gt;", i)) {
          c = '>';
          i += 3;
        } else {
          return null;
        }
      } else if (c == '>') {
        return null;
      }
      i++;
      if (c == '\n') {
        sb.append(e).append(".br").append(e);
      } else if (c == e) {
        sb.append(e).append('E').append(e);
      } else if (c == d.field()) {
        sb.append(e).append('F').append(e);
      } else if (c == d.component()) {
        sb.append(e).append('S').append(e);
      } else if (c == d.subComponent()) {
        sb.append(e).append('T').append(e);
      } else if (c == d.repetition()) {
        sb.append(e).append('R').append(e);
      } else if (c < 0x20 && c != '\t') {
        return null;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The XHTML narrative of a text OBX: {@code <div xmlns="http://www.w3.org/1999/xhtml"><pre
   * class="hl7v2-FT">body</pre></div>}; the class names the v2 data type.
   */
  public static String narrative(String type, String body) {
    return XHTML_START + " class=\"hl7v2-" + type + "\">" + body + XHTML_END;
  }

  /** The v2 type and body of a narrative {@link #narrative} wrote, or null. */
  static String[] fromNarrative(String xhtml) {
    String head = XHTML_START + " class=\"hl7v2-";
    if (!xhtml.startsWith(head) || !xhtml.endsWith(XHTML_END)) {
      return null;
    }
    int close = xhtml.indexOf("\">", head.length());
    if (close < 0) {
      return null;
    }
    String type = xhtml.substring(head.length(), close);
    String body = xhtml.substring(close + 2, xhtml.length() - XHTML_END.length());
    if (!TEXT_TYPES.contains(type) || raw(body, V2Delimiters.DEFAULT) == null) {
      return null;
    }
    return new String[] {type, body};
  }

  // ------------------------------------------------------------------------ encode

  /** Writes the body of an MDM message (after MSH) for this trigger. */
  public static void write(V2Out out, CareDocument doc, String trigger) {
    Composition c = doc.composition();
    Entities related = doc.related();
    V2Out.Seg evn = out.segment("EVN").set(1, trigger);
    if (doc.documentBundle() != null) {
      Types.ts(evn, 2, doc.documentBundle().timestamp());
    }
    if (doc.patient() != null) {
      PatientSegments.write(out, doc.patient());
    }
    writeEncounter(out, c, related);
    V2Out.Seg txa = out.segment("TXA").set(1, "1");
    Types.concept(txa, 2, 1, c.type(), null);
    Types.ts(txa, 4, c.date());
    for (Ref author : c.authors()) {
      Practitioner p = practitioner(related, author);
      if (p != null) {
        int f = p.id().startsWith("txa-9-") ? 9 : 5;
        Xcn.write(txa, f, txa.reps(f) + 1, p);
      }
    }
    if (c.identifier() != null) {
      txa.set(12, 1, c.identifier().value());
      txa.set(12, 2, c.identifier().assigner());
    }
    for (RelatesTo r : c.relatesTo()) {
      if (r.targetIdentifier() != null) {
        txa.set(13, 1, r.targetIdentifier().value());
        txa.set(13, 2, r.targetIdentifier().assigner());
        break;
      }
    }
    BundleInfo info = doc.documentBundle();
    if (info != null && info.identifier() != null) {
      txa.set(16, info.identifier().value());
    }
    txa.set(17, Types.toTable(STATUS, c.status()));
    txa.set(18, Types.toTable(CONFIDENTIALITY, c.confidentiality()));
    for (Attester a : c.attesters()) {
      Practitioner p = a.party() == null ? null : practitioner(related, a.party());
      if (p != null) {
        int r = txa.reps(22) + 1;
        Xcn.write(txa, 22, r, p);
        if (a.time() != null && a.time().isV2Representable()) {
          txa.set(22, r, 15, 1, a.time().toV2());
        }
      }
    }
    int n = 0;
    for (Section s : c.sections()) {
      String[] text = s.text() == null ? null : fromNarrative(s.text().xhtml());
      if (text != null) {
        V2Out.Seg obx = out.segment("OBX").set(1, Integer.toString(++n)).set(2, text[0]);
        Types.concept(obx, 3, 1, s.code(), null);
        obx.set(11, "F");
        continue;
      }
      DocumentAttachment d = sectionDocument(related, s);
      if (d == null) {
        continue;
      }
      Attachment a = d.contents().get(0);
      V2Out.Seg obx = out.segment("OBX").set(1, Integer.toString(++n));
      Types.concept(obx, 3, 1, d.type(), null);
      String[] mime = v2Type(a.contentType());
      if (a.data() != null || a.url() == null) {
        obx.set(2, "ED");
        if (mime != null) {
          obx.set(5, 1, 2, 1, mime[0]);
          obx.set(5, 1, 3, 1, mime[1]);
        }
        if (a.data() != null) {
          obx.set(5, 1, 4, 1, "Base64");
          obx.set(5, 1, 5, 1, a.data().toBase64());
        }
      } else {
        obx.set(2, "RP");
        obx.set(5, 1, 1, 1, a.url());
        if (mime != null) {
          obx.set(5, 1, 3, 1, mime[0]);
          obx.set(5, 1, 4, 1, mime[1]);
        }
      }
      obx.set(11, "F");
    }
  }

  /**
   * The ER7 text with the TX/FT/ST values of the document's text sections written as-is (formatting
   * sequences such as {@code \.br\} cannot go through the escaping writer); other messages as they
   * are.
   */
  public static String finish(String er7, Message message) {
    if (!(message.payload() instanceof CareDocument doc)) {
      return er7;
    }
    V2Message m = null;
    int n = 0;
    for (Section s : doc.composition().sections()) {
      String[] text = s.text() == null ? null : fromNarrative(s.text().xhtml());
      if (text != null) {
        n++;
        if (!text[1].isEmpty()) {
          m = m == null ? V2Message.parse(er7) : m;
          m = m.withRaw("OBX[" + n + "]-5", raw(text[1], V2Delimiters.DEFAULT));
        }
      } else if (sectionDocument(doc.related(), s) != null) {
        n++;
      }
    }
    return m == null ? er7 : m.encode();
  }

  private static void writeEncounter(V2Out out, Composition c, Entities related) {
    if (c.encounter() == null || c.encounter().target() == null) {
      return;
    }
    Encounter e = null;
    for (Encounter x : related.encounters()) {
      if (x.id() != null && ("Encounter/" + x.id()).equals(c.encounter().target())) {
        e = x;
      }
    }
    if (e == null) {
      return;
    }
    V2Out scratch = new V2Out();
    Adt.write(
        scratch,
        PatientEvent.builder()
            .kind(PatientEventKind.OTHER)
            .patient(Patient.builder().build())
            .encounter(e)
            .related(related)
            .build(),
        null);
    V2Message written = V2Message.parse("MSH|^~\\&\r" + scratch.encode());
    for (V2Segment s : written.segments()) {
      if (s.id().equals("PV1") || s.id().equals("PV2")) {
        V2Out.Seg seg = out.segment(s.id());
        for (int f = 1; f <= s.fieldCount(); f++) {
          for (V2Repetition rep : s.field(f).repetitions()) {
            for (V2Component comp : rep.components()) {
              for (V2SubComponent sub : comp.subComponents()) {
                seg.set(f, rep.number(), comp.number(), sub.number(), sub.value());
              }
            }
          }
        }
      }
    }
  }

  private static Practitioner practitioner(Entities related, Ref ref) {
    for (Practitioner p : related.practitioners()) {
      if (p.id() != null && ("Practitioner/" + p.id()).equals(ref.target())) {
        return p;
      }
    }
    return null;
  }

  /** The document a section written as ED/RP stands for, or null. */
  private static DocumentAttachment sectionDocument(Entities related, Section s) {
    DocumentAttachment d = s.entries().size() == 1 ? document(related, s.entries().get(0)) : null;
    return d == null || d.contents().isEmpty() ? null : d;
  }

  private static DocumentAttachment document(Entities related, Ref ref) {
    for (DocumentAttachment d : related.documents()) {
      if (d.id() != null && (DOCUMENT_REFERENCE + "/" + d.id()).equals(ref.target())) {
        return d;
      }
    }
    return null;
  }
}
