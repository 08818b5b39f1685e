package dev.koine.hl7v2.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.LabReport;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Bytes;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Note;
import dev.koine.core.model.Observation;
import dev.koine.core.model.ObservationStatus;
import dev.koine.core.model.Quantity;
import dev.koine.core.model.Range;
import dev.koine.core.model.Ratio;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ReferenceRange;
import dev.koine.core.model.Specimen;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.hl7v2.V2Delimiters;
import dev.koine.hl7v2.V2Segment;
import dev.koine.hl7v2.V2SubComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** ORU^R01 to and from {@link LabReport}: OBR, OBX (by value type), NTE, SPM. */
public final class Oru {
  private Oru() {}

  private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  static final String[][] REPORT_STATUS = {
    {"final", "F"},
    {"preliminary", "P"},
    {"corrected", "C"},
    {"cancelled", "X"},
    {"registered", "I"},
    {"partial", "A"}
  };

  static final ObservationStatus[] RESULT_STATUS = {
    ObservationStatus.FINAL, ObservationStatus.PRELIMINARY, ObservationStatus.CORRECTED,
    ObservationStatus.CANCELLED, ObservationStatus.ENTERED_IN_ERROR, ObservationStatus.REGISTERED
  };
  static final String[] RESULT_STATUS_CODES = {"F", "P", "C", "X", "W", "I"};

  /** Reads an ORU^R01. */
  public static LabReport read(V2In in) {
    List<DiagnosticReport.Builder> reports = new ArrayList<>();
    List<List<Ref>> results = new ArrayList<>();
    List<List<Attachment>> forms = new ArrayList<>();
    List<List<Ref>> specimenRefs = new ArrayList<>();
    List<Observation.Builder> observations = new ArrayList<>();
    List<Specimen> specimens = new ArrayList<>();
    Observation.Builder current = null;
    List<Note> notes = null;
    int obx = 0;
    boolean inReport = false;
    for (V2Segment s : in.message().segments()) {
      switch (s.id()) {
        case "OBR" -> {
          current = null;
          obx = 0;
          inReport = hasCode(in, s, 4);
          if (!inReport) {
            continue;
          }
          in.consumeIf(s, 1, 1, 1, 1, Integer.toString(reports.size() + 1));
          reports.add(report(in, s));
          results.add(new ArrayList<>());
          forms.add(new ArrayList<>());
          specimenRefs.add(new ArrayList<>());
        }
        case "OBX" -> {
          obx++;
          if (!inReport || (!"ED".equals(in.peek(s, 2, 1, 1)) && !hasCode(in, s, 3))) {
            current = null;
            continue;
          }
          in.consumeIf(s, 1, 1, 1, 1, Integer.toString(obx));
          // OBX-2 is consumed only where the encoder writes it back as it was (ED, or the value
          // type of a value read): any other (CX, DT, CE for CWE, TX for ST ...) is carried
          // verbatim, so that it is never silently rewritten or dropped
          String type = in.peek(s, 2, 1, 1);
          if ("ED".equals(type)) {
            in.get(s, 2);
            forms.get(forms.size() - 1).add(attachment(in, s));
            current = null;
          } else {
            String id = "obx-" + (observations.size() + 1);
            current = observation(in, s, type).id(id);
            notes = new ArrayList<>();
            observations.add(current);
            results.get(results.size() - 1).add(Ref.to("Observation/" + id));
          }
        }
        case "NTE" -> {
          if (current != null) {
            String text = in.get(s, 3);
            if (text != null) {
              in.consumeIf(s, 1, 1, 1, 1, Integer.toString(notes.size() + 1));
              notes.add(new Note(text, null, null, null));
              current.notes(notes);
            }
          }
        }
        case "SPM" -> {
          if (!inReport) {
            continue;
          }
          current = null;
          String id = "spm-" + (specimens.size() + 1);
          in.consumeIf(
              s,
              1,
              1,
              1,
              1,
              Integer.toString(specimenRefs.get(specimenRefs.size() - 1).size() + 1));
          Specimen.Builder sp = Specimen.builder().id(id).type(Types.concept(in, s, 4, 1, null));
          PartialDateTime collected = Types.ts(in, s, 17);
          if (collected != null) {
            sp.collected(new Value.TimeValue("dateTime", collected));
          }
          specimens.add(sp.build());
          specimenRefs.get(specimenRefs.size() - 1).add(Ref.to("Specimen/" + id));
        }
        default -> {}
      }
    }
    LabReport.Builder b = LabReport.builder();
    if (reports.isEmpty()) {
      throw new KoineParseException("OBR-4", "an ORU^R01 needs an OBR with a service identifier");
    }
    for (int i = 0; i < reports.size(); i++) {
      b.addReport(
          reports
              .get(i)
              .results(results.get(i))
              .presentedForms(forms.get(i))
              .specimens(specimenRefs.get(i))
              .build());
    }
    if (in.first("PID").isPresent()) {
      b.patient(PatientSegments.read(in));
    }
    List<Observation> built = new ArrayList<>();
    for (Observation.Builder o : observations) {
      built.add(o.build());
    }
    return b.related(Entities.builder().observations(built).specimens(specimens).build()).build();
  }

  /**
   * Whether the message has an OBR with a service identifier (OBR-4), the segment each report of a
   * {@link LabReport} is read from; a result message without one is carried as other content.
   */
  public static boolean accepts(V2In in) {
    for (V2Segment s : in.message().segments()) {
      if ("OBR".equals(s.id()) && hasCode(in, s, 4)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCode(V2In in, V2Segment s, int f) {
    return !in.peek(s, f, 1, 1).isBlank()
        || !in.peek(s, f, 1, 2).isBlank()
        || !in.peek(s, f, 1, 9).isBlank();
  }

  private static DiagnosticReport.Builder report(V2In in, V2Segment s) {
    DiagnosticReport.Builder r = DiagnosticReport.builder();
    String filler = in.get(s, 3, 1);
    if (filler != null) {
      r.identifiers(List.of(Types.identifier(filler, in.get(s, 3, 2), null)));
    }
    r.code(Types.concept(in, s, 4, 1, null));
    PartialDateTime effective = Types.ts(in, s, 7);
    if (effective != null) {
      r.effective(new Value.TimeValue("dateTime", effective));
    }
    r.issued(Types.ts(in, s, 22));
    String status = Types.fromTable(REPORT_STATUS, in.peek(s, 25, 1, 1));
    if (status != null) {
      in.get(s, 25);
      r.status(status);
    }
    return r;
  }

  private static Observation.Builder observation(V2In in, V2Segment s, String type) {
    Observation.Builder o = Observation.builder();
    o.code(Types.concept(in, s, 3, 1, null));
    Value value = value(in, s, type);
    if (value != null && type.equals(valueType(value))) {
      in.get(s, 2);
    } else if (value != null) {
      in.spelling(s.field(2));
    }
    o.value(value);
    String range = in.get(s, 7);
    if (range != null) {
      o.referenceRanges(List.of(new ReferenceRange(null, null, null, List.of(), null, range)));
    }
    List<Concept> flags = new ArrayList<>();
    for (int r = 1; r <= in.reps(s, 8); r++) {
      Concept flag = Types.concept(in, s, 8, r, CodeSystems.V2_ABNORMAL_FLAGS);
      if (flag != null) {
        flags.add(flag);
      }
    }
    o.interpretations(flags);
    String status = in.peek(s, 11, 1, 1);
    for (int i = 0; i < RESULT_STATUS_CODES.length; i++) {
      if (RESULT_STATUS_CODES[i].equals(status)) {
        in.get(s, 11);
        o.status(RESULT_STATUS[i]);
      }
    }
    PartialDateTime effective = Types.ts(in, s, 14);
    if (effective != null) {
      o.effective(new Value.TimeValue("dateTime", effective));
    }
    o.extras(analysisTime(in, s));
    Ref organisation = performingOrganisation(in, s);
    if (organisation != null) {
      o.performers(List.of(organisation));
    }
    return o;
  }

  /** The extension of OBX-19 date/time of the analysis (v2-to-FHIR IG, valueDateTime). */
  public static final String ANALYSIS_TIME =
      "http://hl7.org/fhir/StructureDefinition/observation-analysis-date-time";

  /** OBX-19 as the analysis date-time extension, in otherwise empty extras. */
  static Extras analysisTime(V2In in, V2Segment s) {
    PartialDateTime t = Types.ts(in, s, 19);
    return t == null
        ? Extras.NONE
        : Extras.of(List.of(Extension.of(ANALYSIS_TIME, new Value.TimeValue("dateTime", t))));
  }

  /**
   * OBX-23.1 performing organization name as a performer reference to an organisation by name
   * (v2-to-FHIR IG OBX-23: performer(Organization)), or null.
   */
  static Ref performingOrganisation(V2In in, V2Segment s) {
    String name = in.get(s, 23);
    return name == null ? null : new Ref(null, "Organization", null, name);
  }

  /** Writes the first performer that is an organisation by name only to OBX-23.1. */
  static void performingOrganisation(V2Out.Seg obx, List<Ref> performers) {
    for (Ref r : performers) {
      if ("Organization".equals(r.type())
          && r.target() == null
          && r.identifier() == null
          && r.display() != null) {
        obx.set(23, r.display());
        return;
      }
    }
  }

  /** Writes the first analysis date-time extension to OBX-19. */
  static void analysisTime(V2Out.Seg obx, Extras x) {
    for (Extension e : x.extensions()) {
      if (ANALYSIS_TIME.equals(e.url()) && e.value() instanceof Value.TimeValue t) {
        Types.ts(obx, 19, t.time());
        return;
      }
    }
  }

  /** The OBX-2 value type {@link #writeObservation} writes for a value, or null. */
  private static String valueType(Value v) {
    if (v instanceof Value.QuantityValue q) {
      return q.quantity().comparator() == null ? "NM" : "SN";
    } else if (v instanceof Value.Primitive) {
      return "ST";
    } else if (v instanceof Value.ConceptValue) {
      return "CWE";
    } else if (v instanceof Value.RangeValue || v instanceof Value.RatioValue) {
      return "SN";
    } else if (v instanceof Value.TimeValue) {
      return "TS";
    }
    return null;
  }

  private static Value value(V2In in, V2Segment s, String type) {
    if (type == null || type.isEmpty()) {
      return null;
    }
    switch (type) {
      case "NM":
        {
          String text = in.peek(s, 5, 1, 1);
          if (!NUMBER.matcher(text).matches()) {
            return null;
          }
          in.get(s, 5);
          return new Value.QuantityValue("Quantity", unit(in, s, new BigDecimal(text), null));
        }
      case "ST":
      case "TX":
      case "FT":
        {
          V2SubComponent sc = s.field(5).repetition(1).component(1).subComponent(1);
          if (sc.isEmpty() || sc.isExplicitNull() || sc.value().isBlank()) {
            return null;
          }
          String text = sc.value();
          if (V2Delimiters.DEFAULT.escapeValue(text).equals(sc.raw())) {
            in.get(s, 5, 1, 1, 1);
          } else {
            // an escape the encoder would write otherwise (a formatting command such as \.br\
            // in FT, other delimiters): the text is typed, its spelling carried verbatim
            in.spelling(s.field(5));
          }
          return new Value.Primitive("string", text);
        }
      case "CE":
      case "CWE":
        {
          Concept c = Types.concept(in, s, 5, 1, null);
          return c == null ? null : new Value.ConceptValue(c);
        }
      case "SN":
        return structuredNumeric(in, s);
      case "TS":
      case "DT":
      case "DTM":
        {
          // a date or date-time value (FHIR valueDateTime); written back as TS, so DT and DTM are
          // spellings
          PartialDateTime t = Types.ts(in, s, 5);
          return t == null ? null : new Value.TimeValue("dateTime", t);
        }
      default:
        return null;
    }
  }

  private static Value structuredNumeric(V2In in, V2Segment s) {
    String comparator = in.peek(s, 5, 1, 1);
    String n1 = in.peek(s, 5, 1, 2);
    String sep = in.peek(s, 5, 1, 3);
    String n2 = in.peek(s, 5, 1, 4);
    if ((!n1.isEmpty() && !NUMBER.matcher(n1).matches())
        || (!n2.isEmpty() && !NUMBER.matcher(n2).matches())) {
      return null;
    }
    if (sep.isEmpty() && n2.isEmpty() && !n1.isEmpty()) {
      if (!comparator.isEmpty() && !comparator.matches("<|>|<=|>=")) {
        return null;
      }
      if (!comparator.isEmpty()) {
        in.get(s, 5, 1, 1, 1);
        in.get(s, 5, 1, 2, 1);
      } else {
        // without a comparator the quantity is written back as NM: the SN spelling (^n) is then
        // carried verbatim with OBX-2
        in.spelling(s.field(5));
      }
      return new Value.QuantityValue(
          "Quantity", unit(in, s, new BigDecimal(n1), comparator.isEmpty() ? null : comparator));
    }
    if (!comparator.isEmpty() || n1.isEmpty() || n2.isEmpty()) {
      return null;
    }
    if (sep.equals("-")) {
      in.get(s, 5, 1, 2, 1);
      in.get(s, 5, 1, 3, 1);
      in.get(s, 5, 1, 4, 1);
      Quantity unit = unit(in, s, null, null);
      return new Value.RangeValue(new Range(with(unit, n1), with(unit, n2)));
    }
    if (sep.equals(":") || sep.equals("/")) {
      in.get(s, 5, 1, 2, 1);
      in.get(s, 5, 1, 3, 1);
      in.get(s, 5, 1, 4, 1);
      return new Value.RatioValue(
          new Ratio(
              new Quantity(new BigDecimal(n1), null, null, null, null),
              new Quantity(new BigDecimal(n2), null, null, null, null)));
    }
    return null;
  }

  private static Quantity with(Quantity unit, String number) {
    return new Quantity(new BigDecimal(number), null, unit.unit(), unit.system(), unit.code());
  }

  /** A quantity with the units of OBX-6 (.1 code, .2 text, .3 system). */
  private static Quantity unit(V2In in, V2Segment s, BigDecimal value, String comparator) {
    String code = in.get(s, 6, 1);
    String text = in.get(s, 6, 2);
    String system = null;
    String name = in.peek(s, 6, 1, 3);
    if (!name.isEmpty() && Types.systemOf(name).isPresent()) {
      in.get(s, 6, 3);
      system = Types.systemOf(name).get();
    }
    return new Quantity(value, comparator, text, system, code);
  }

  private static Attachment attachment(V2In in, V2Segment s) {
    String type = in.peek(s, 5, 1, 2);
    String subtype = in.peek(s, 5, 1, 3);
    String encoding = in.peek(s, 5, 1, 4);
    String data = in.peek(s, 5, 1, 5);
    Bytes bytes = null;
    if (encoding.equals("Base64") && !data.isEmpty()) {
      try {
        bytes = Bytes.fromBase64(data);
        in.get(s, 5, 1, 4, 1);
        in.get(s, 5, 1, 5, 1);
      } catch (IllegalArgumentException e) {
        bytes = null;
      }
    }
    String contentType = null;
    if (!type.isEmpty() && !subtype.isEmpty()) {
      in.get(s, 5, 1, 2, 1);
      in.get(s, 5, 1, 3, 1);
      contentType =
          (type.equals("AP") ? "application" : type.toLowerCase(Locale.ROOT))
              + "/"
              + subtype.toLowerCase(Locale.ROOT);
    }
    String title = in.get(s, 3, 2);
    return new Attachment(contentType, null, bytes, null, null, null, title, null);
  }

  // ------------------------------------------------------------------------ encode

  /** Writes the body of an ORU^R01 (after MSH). */
  public static void write(V2Out out, LabReport report) {
    if (report.patient() != null) {
      PatientSegments.write(out, report.patient());
    }
    Entities related = report.related();
    int n = 0;
    for (DiagnosticReport r : report.reports()) {
      V2Out.Seg obr = out.segment("OBR").set(1, Integer.toString(++n));
      if (!r.identifiers().isEmpty()) {
        Identifier id = r.identifiers().get(0);
        obr.set(3, 1, id.value());
        obr.set(3, 2, id.assigner());
      }
      Types.concept(obr, 4, 1, r.code(), null);
      if (r.effective() instanceof Value.TimeValue t) {
        Types.ts(obr, 7, t.time());
      }
      Types.ts(obr, 22, r.issued());
      obr.set(25, Types.toTable(REPORT_STATUS, r.status()));
      int k = 0;
      for (Ref ref : r.results()) {
        for (Observation o : related.observations()) {
          if (refersTo(ref, "Observation", o.id())) {
            writeObservation(out, o, ++k);
          }
        }
      }
      for (Attachment a : r.presentedForms()) {
        V2Out.Seg obx = out.segment("OBX").set(1, Integer.toString(++k)).set(2, "ED");
        obx.set(3, 2, a.title());
        if (a.contentType() != null && a.contentType().indexOf('/') > 0) {
          String[] parts = a.contentType().split("/", 2);
          obx.set(5, 2, parts[0].equals("application") ? "AP" : parts[0].toUpperCase(Locale.ROOT));
          obx.set(5, 3, parts[1].toUpperCase(Locale.ROOT));
        }
        if (a.data() != null) {
          obx.set(5, 4, "Base64");
          obx.set(5, 5, a.data().toBase64());
        }
      }
      int m = 0;
      for (Ref ref : r.specimens()) {
        for (Specimen sp : related.specimens()) {
          if (refersTo(ref, "Specimen", sp.id())) {
            V2Out.Seg spm = out.segment("SPM").set(1, Integer.toString(++m));
            Types.concept(spm, 4, 1, sp.type(), null);
            if (sp.collected() instanceof Value.TimeValue t) {
              Types.ts(spm, 17, t.time());
            }
          }
        }
      }
    }
  }

  /**
   * Whether the reference names the entity of this type and id, in any of the spellings a message
   * uses: {@code Observation/x} (v2 decode), {@code x} or {@code urn:uuid:x} (FHIR bundles).
   */
  static boolean refersTo(Ref ref, String type, String id) {
    String t = ref.target();
    return id != null
        && t != null
        && (t.equals(type + "/" + id) || t.equals(id) || t.equals("urn:uuid:" + id));
  }

  private static void writeObservation(V2Out out, Observation o, int setId) {
    V2Out.Seg obx = out.segment("OBX").set(1, Integer.toString(setId));
    Value v = o.value();
    Quantity unit = null;
    if (v instanceof Value.QuantityValue q) {
      Quantity qty = q.quantity();
      if (qty.comparator() == null) {
        obx.set(2, "NM");
        obx.set(5, qty.value() == null ? null : qty.value().toPlainString());
      } else {
        obx.set(2, "SN");
        obx.set(5, 1, qty.comparator());
        obx.set(5, 2, qty.value() == null ? null : qty.value().toPlainString());
      }
      unit = qty;
    } else if (v instanceof Value.Primitive p) {
      obx.set(2, "ST");
      obx.set(5, p.text());
    } else if (v instanceof Value.ConceptValue c) {
      obx.set(2, "CWE");
      Types.concept(obx, 5, 1, c.concept(), null);
    } else if (v instanceof Value.RangeValue r) {
      obx.set(2, "SN");
      if (r.range().low() != null && r.range().high() != null) {
        obx.set(5, 2, r.range().low().value().toPlainString());
        obx.set(5, 3, "-");
        obx.set(5, 4, r.range().high().value().toPlainString());
        unit = r.range().low();
      }
    } else if (v instanceof Value.TimeValue t) {
      obx.set(2, "TS");
      Types.ts(obx, 5, t.time());
    } else if (v instanceof Value.RatioValue r) {
      obx.set(2, "SN");
      if (r.ratio().numerator() != null && r.ratio().denominator() != null) {
        obx.set(5, 2, r.ratio().numerator().value().toPlainString());
        obx.set(5, 3, ":");
        obx.set(5, 4, r.ratio().denominator().value().toPlainString());
      }
    }
    Types.concept(obx, 3, 1, o.code(), null);
    if (unit != null) {
      obx.set(6, 1, unit.code());
      obx.set(6, 2, unit.unit());
      if (unit.system() != null) {
        obx.set(6, 3, Types.nameOf(unit.system()));
      }
    }
    if (!o.referenceRanges().isEmpty()) {
      obx.set(7, o.referenceRanges().get(0).text());
    }
    for (int i = 0; i < o.interpretations().size(); i++) {
      Types.concept(obx, 8, i + 1, o.interpretations().get(i), CodeSystems.V2_ABNORMAL_FLAGS);
    }
    for (int i = 0; i < RESULT_STATUS.length; i++) {
      if (RESULT_STATUS[i] == o.status()) {
        obx.set(11, RESULT_STATUS_CODES[i]);
      }
    }
    if (o.effective() instanceof Value.TimeValue t) {
      Types.ts(obx, 14, t.time());
    }
    analysisTime(obx, o.extras());
    performingOrganisation(obx, o.performers());
    int n = 0;
    for (Note note : o.notes()) {
      out.segment("NTE").set(1, Integer.toString(++n)).set(3, note.text());
    }
  }
}
