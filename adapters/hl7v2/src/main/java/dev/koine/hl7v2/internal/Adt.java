package dev.koine.hl7v2.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.model.Allergy;
import dev.koine.core.model.Condition;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.EncounterLocation;
import dev.koine.core.model.EncounterParticipant;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Procedure;
import dev.koine.core.model.Reaction;
import dev.koine.core.model.Ref;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** ADT (A01 ... A40) to and from {@link PatientEvent}. */
public final class Adt {
  private Adt() {}

  /** The participation type system for consultants. */
  public static final String PARTICIPATION =
      "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

  /** PV1 consultant fields and their participation type codes. */
  static final int[] CONSULTANT_FIELDS = {7, 8, 9, 17};

  static final String[] CONSULTANT_TYPES = {"ATND", "REF", "CON", "ADM"};

  /**
   * The practitioner id of the EVN-5 operator when EVN-5 names a person (XCN with a name); an
   * operator with only an id stays a {@link Ref#byIdentifier} reference.
   */
  static final String OPERATOR = "evn-5";

  /** Reads an ADT message. */
  public static PatientEvent read(V2In in, String trigger) {
    PatientEvent.Builder b =
        PatientEvent.builder()
            .kind(PatientEventKind.fromV2Trigger(trigger).orElse(PatientEventKind.OTHER));
    Optional<V2Segment> evn = in.first("EVN");
    Practitioner operator = null;
    if (evn.isPresent()) {
      V2Segment s = evn.get();
      if (trigger != null) {
        in.consumeIf(s, 1, 1, 1, 1, trigger);
      }
      b.recordedAt(Types.ts(in, s, 2));
      b.plannedAt(Types.ts(in, s, 3));
      b.eventReason(Types.code(in, s, 4, EVENT_REASON));
      operator = Xcn.practitioner(in, s, 5, 1, OPERATOR);
      if (operator != null && operator.names().isEmpty()) {
        b.operator(Ref.byIdentifier(operator.identifiers().get(0)));
        operator = null;
      } else if (operator != null) {
        b.operator(new Ref("Practitioner/" + OPERATOR, "Practitioner", null, null));
      }
      b.occurredAt(Types.ts(in, s, 6));
    }
    Entities.Builder related = Entities.builder();
    List<Practitioner> practitioners = new ArrayList<>();
    Practitioner gp = PatientSegments.gp(in);
    b.patient(PatientSegments.read(in, gp));
    if (gp != null) {
      practitioners.add(gp);
    }
    Optional<V2Segment> mrg = in.first("MRG");
    if (mrg.isPresent()) {
      V2Segment s = mrg.get();
      List<Identifier> prior = new ArrayList<>();
      for (int r = 1; r <= in.reps(s, 1); r++) {
        Identifier id = Types.cx(in, s, 1, r);
        if (id != null) {
          prior.add(id);
        }
      }
      b.priorIdentifiers(prior);
      b.priorVisit(Types.cx(in, s, 5, 1));
    }
    List<Extension> zu = ZSegments.read(in);
    Optional<V2Segment> pv1 = in.first("PV1");
    if (pv1.isPresent()) {
      b.encounter(encounter(in, pv1.get(), in.first("PV2").orElse(null), practitioners, zu));
    }
    if (operator != null) {
      practitioners.add(operator);
    }
    related.observations(AdtObservations.read(in, practitioners));
    related.practitioners(practitioners);
    related.allergies(allergies(in));
    related.conditions(conditions(in));
    related.procedures(procedures(in));
    PatientEvent e = b.related(related.build()).build();
    if (zu.isEmpty() || e.encounter() != null) {
      return e; // with an encounter, it carries the Z segments (see encounter)
    }
    Patient p = e.patient();
    return e.toBuilder().patient(p.toBuilder().extras(withZu(p.extras(), zu)).build()).build();
  }

  private static Extras withZu(Extras x, List<Extension> zu) {
    List<Extension> all = new ArrayList<>(x.extensions());
    all.addAll(zu);
    return x.withExtensions(all);
  }

  /**
   * The PV1/PV2 encounter, with the Z segments' fields {@code zu} as its extensions: set on the
   * builder, where adding them to the built encounter copied it and the event holding it.
   */
  private static Encounter encounter(
      V2In in, V2Segment pv1, V2Segment pv2, List<Practitioner> practitioners, List<Extension> zu) {
    in.consumeIf(pv1, 1, 1, 1, 1, "1");
    Encounter.Builder e = Encounter.builder();
    String cls = in.get(pv1, 2);
    if (cls != null) {
      e.encounterClass(Coding.of(PATIENT_CLASS, cls));
    }
    List<EncounterLocation> locations = new ArrayList<>(locations(in, pv1, 3, null));
    locations.addAll(locations(in, pv1, 6, PRIOR));
    e.locations(locations);
    e.admissionMethod(nhs(in, pv1, 4, 2, CodeSystems.ADMISSION_METHOD_ENGLAND, "0007"));
    e.preAdmissionIdentifier(Types.cx(in, pv1, 5, 1));
    List<EncounterParticipant> participants = new ArrayList<>();
    for (int i = 0; i < CONSULTANT_FIELDS.length; i++) {
      int f = CONSULTANT_FIELDS[i];
      for (int r = 1; r <= in.reps(pv1, f); r++) {
        Practitioner p = Xcn.practitioner(in, pv1, f, r, "pv1-" + f + "-" + r);
        if (p != null) {
          practitioners.add(p);
          participants.add(
              new EncounterParticipant(
                  List.of(Concept.of(PARTICIPATION, CONSULTANT_TYPES[i], null)),
                  null,
                  new Ref("Practitioner/" + p.id(), "Practitioner", null, null)));
        }
      }
    }
    Roles.read(in, practitioners, participants);
    e.participants(participants);
    e.serviceType(Types.code(in, pv1, 10, HOSPITAL_SERVICE));
    e.admissionSource(nhs(in, pv1, 14, 2, CodeSystems.SOURCE_OF_ADMISSION_ENGLAND, "0023"));
    Concept patientType = Types.code(in, pv1, 18, PATIENT_TYPE);
    if (patientType != null) {
      e.types(List.of(patientType));
    }
    Identifier visit = Types.cx(in, pv1, 19, 1);
    if (visit != null) {
      e.identifiers(List.of(visit));
    }
    e.dischargeMethod(nhs(in, pv1, 36, 1, CodeSystems.DISCHARGE_METHOD_ENGLAND, "0112"));
    e.dischargeDestination(nhs(in, pv1, 37, 2, CodeSystems.DISCHARGE_DESTINATION_ENGLAND, "0113"));
    String facility = in.get(pv1, 39);
    if (facility != null) {
      e.serviceProvider(new Ref(null, "Organization", Identifier.of(null, facility), null));
    }
    PartialDateTime start = Types.ts(in, pv1, 44);
    PartialDateTime end = Types.ts(in, pv1, 45);
    if (start != null || end != null) {
      e.period(new Period(start, end));
    }
    if (pv2 != null) {
      Concept reason = Types.concept(in, pv2, 3, 1, null);
      if (reason != null) {
        e.reasonCodes(List.of(reason));
      }
    }
    if (!zu.isEmpty()) {
      e.extras(withZu(Extras.NONE, zu));
    }
    return e.build();
  }

  // the systems of HL7 tables 0062 event reason, 0004 patient class and 0069 hospital service,
  // made once (not concatenated for every message)
  private static final String EVENT_REASON = Types.table("0062");
  private static final String PATIENT_CLASS = Types.table("0004");
  private static final String HOSPITAL_SERVICE = Types.table("0069");

  /** HL7 table 0018 patient type, the system of a PV1-18 encounter type (v2-to-FHIR IG). */
  static final String PATIENT_TYPE = Types.table("0018");

  /** The FHIR location physical type system (Encounter.location.physicalType). */
  static final String PHYSICAL_TYPE =
      "http://terminology.hl7.org/CodeSystem/location-physical-type";

  /**
   * PV1-3 (PL) components as encounter locations: .1 point of care (ward, clinic) without a
   * physical type, then .2 room {@code ro}, .3 bed {@code bd}, .4.1 facility {@code si}, .7
   * building {@code bu}, .8 floor {@code lvl} (v2-to-FHIR IG "PL[Location]"; FHIR R4
   * Encounter.location is a list with a physicalType for exactly this). PL.5, PL.6 and PL.9 stay
   * losses.
   */
  static final int[] PL_COMPONENTS = {1, 2, 3, 4, 7, 8};

  static final String[] PL_TYPES = {null, "ro", "bd", "si", "bu", "lvl"};

  /**
   * The status of the PV1-6 prior patient location's encounter locations (v2-to-FHIR IG PV1:
   * location status completed); PV1-3 locations have none.
   */
  static final String PRIOR = "completed";

  private static List<EncounterLocation> locations(V2In in, V2Segment pv1, int f, String status) {
    List<EncounterLocation> list = new ArrayList<>();
    for (int i = 0; i < PL_COMPONENTS.length; i++) {
      String name = in.get(pv1, f, 1, PL_COMPONENTS[i], 1);
      if (name != null) {
        list.add(
            new EncounterLocation(
                new Ref(null, "Location", null, name),
                status,
                PL_TYPES[i] == null ? null : Concept.of(PHYSICAL_TYPE, PL_TYPES[i], null),
                null));
      }
    }
    return list;
  }

  private static void writeLocations(V2Out.Seg pv1, List<EncounterLocation> locations) {
    boolean[] done = new boolean[PL_COMPONENTS.length];
    boolean[] prior = new boolean[PL_COMPONENTS.length];
    for (EncounterLocation l : locations) {
      boolean isPrior = PRIOR.equals(l.status());
      String type =
          l.physicalType() == null
              ? null
              : l.physicalType().coding(PHYSICAL_TYPE).map(Coding::code).orElse("?");
      for (int i = 0; i < PL_TYPES.length; i++) {
        boolean[] used = isPrior ? prior : done;
        if (!used[i] && java.util.Objects.equals(PL_TYPES[i], type)) {
          used[i] = true;
          pv1.set(isPrior ? 6 : 3, 1, PL_COMPONENTS[i], 1, l.location().display());
        }
      }
    }
  }

  /** An NHS Data Dictionary code when it has the dictionary's shape (digits), else the v2 table. */
  private static Concept nhs(
      V2In in, V2Segment s, int f, int digits, String nhsSystem, String table) {
    String code = in.get(s, f);
    if (code == null) {
      return null;
    }
    boolean dd = code.length() == digits;
    for (int i = 0; dd && i < digits; i++) {
      dd = Character.isDigit(code.charAt(i));
    }
    return Concept.of(dd ? nhsSystem : Types.table(table), code, null);
  }

  private static List<Allergy> allergies(V2In in) {
    List<Allergy> list = new ArrayList<>();
    int n = 0;
    for (V2Segment s : in.all("AL1")) {
      n++;
      in.consumeIf(s, 1, 1, 1, 1, Integer.toString(n));
      Allergy.Builder a = Allergy.builder();
      String category = Types.fromTable(ALLERGY_CATEGORY, in.peek(s, 2, 1, 1));
      if (category != null) {
        in.get(s, 2);
        a.categories(List.of(category));
      }
      a.code(Types.concept(in, s, 3, 1, null));
      String criticality = Types.fromTable(CRITICALITY, in.peek(s, 4, 1, 1));
      if (criticality != null) {
        in.get(s, 4);
        a.criticality(criticality);
      }
      List<Reaction> reactions = new ArrayList<>();
      for (int r = 1; r <= in.reps(s, 5); r++) {
        String text = in.get(s, 5, r, 1, 1);
        if (text != null) {
          // AL1-5 allergy reaction (ST): reaction.manifestation.text (v2-to-FHIR IG)
          reactions.add(reaction(text));
        }
      }
      a.reactions(reactions);
      a.assertedDate(Types.ts(in, s, 6));
      list.add(a.build());
    }
    return list;
  }

  /** An AL1-5 reaction: one manifestation with only a text. */
  public static Reaction reaction(String text) {
    return new Reaction(
        null, List.of(new Concept(List.of(), text)), null, null, null, null, List.of());
  }

  static final String[][] ALLERGY_CATEGORY = {
    {"medication", "DA"}, {"food", "FA"}, {"environment", "EA"}
  };
  static final String[][] CRITICALITY = {{"high", "SV"}, {"low", "MI"}};

  private static List<Condition> conditions(V2In in) {
    List<Condition> list = new ArrayList<>();
    int n = 0;
    for (V2Segment s : in.all("DG1")) {
      n++;
      in.consumeIf(s, 1, 1, 1, 1, Integer.toString(n));
      list.add(
          Condition.builder()
              .code(Types.concept(in, s, 3, 1, null))
              .recordedDate(Types.ts(in, s, 5))
              .build());
    }
    return list;
  }

  private static List<Procedure> procedures(V2In in) {
    List<Procedure> list = new ArrayList<>();
    int n = 0;
    for (V2Segment s : in.all("PR1")) {
      n++;
      in.consumeIf(s, 1, 1, 1, 1, Integer.toString(n));
      Procedure.Builder p = Procedure.builder().code(Types.concept(in, s, 3, 1, null));
      PartialDateTime t = Types.ts(in, s, 5);
      if (t != null) {
        p.performed(new Value.TimeValue("dateTime", t));
      }
      list.add(p.build());
    }
    return list;
  }

  // ------------------------------------------------------------------------ encode

  /** Writes an ADT message body (after MSH). */
  public static void write(V2Out out, PatientEvent e, String trigger) {
    V2Out.Seg evn = out.segment("EVN");
    evn.set(1, trigger);
    Types.ts(evn, 2, e.recordedAt());
    Types.ts(evn, 3, e.plannedAt());
    evn.set(4, Types.codeOf(e.eventReason()));
    Practitioner operator = e.operator() == null ? null : find(e.related(), e.operator());
    if (operator != null && ("Practitioner/" + OPERATOR).equals(e.operator().target())) {
      Xcn.write(evn, 5, 1, operator);
    } else if (e.operator() != null && e.operator().identifier() != null) {
      Types.idWith(evn, 5, 1, e.operator().identifier(), 1, 9, 13);
    }
    Types.ts(evn, 6, e.occurredAt());
    PatientSegments.write(out, e.patient(), e.related());
    if (!e.priorIdentifiers().isEmpty() || e.priorVisit() != null) {
      V2Out.Seg mrg = out.segment("MRG");
      for (int i = 0; i < e.priorIdentifiers().size(); i++) {
        Types.cx(mrg, 1, i + 1, e.priorIdentifiers().get(i));
      }
      if (e.priorVisit() != null) {
        Types.cx(mrg, 5, 1, e.priorVisit());
      }
    }
    if (e.encounter() != null) {
      writeEncounter(out, e.encounter(), e.related());
    }
    AdtObservations.write(out, e.related().observations(), e.related());
    int n = 0;
    for (Allergy a : e.related().allergies()) {
      V2Out.Seg s = out.segment("AL1").set(1, Integer.toString(++n));
      if (!a.categories().isEmpty()) {
        s.set(2, Types.toTable(ALLERGY_CATEGORY, a.categories().get(0)));
      }
      Types.concept(s, 3, 1, a.code(), null);
      s.set(4, Types.toTable(CRITICALITY, a.criticality()));
      int r = 0;
      for (Reaction x : a.reactions()) {
        String text = x.manifestations().size() == 1 ? x.manifestations().get(0).text() : null;
        if (text != null && x.equals(reaction(text))) {
          s.set(5, ++r, 1, 1, text);
        }
      }
      Types.ts(s, 6, a.assertedDate());
    }
    n = 0;
    for (Condition c : e.related().conditions()) {
      V2Out.Seg s = out.segment("DG1").set(1, Integer.toString(++n));
      Types.concept(s, 3, 1, c.code(), null);
      Types.ts(s, 5, c.recordedDate());
    }
    n = 0;
    for (Procedure p : e.related().procedures()) {
      V2Out.Seg s = out.segment("PR1").set(1, Integer.toString(++n));
      Types.concept(s, 3, 1, p.code(), null);
      if (p.performed() instanceof Value.TimeValue t) {
        Types.ts(s, 5, t.time());
      }
    }
    List<Extension> zu = new ArrayList<>();
    if (e.encounter() != null) {
      zu.addAll(e.encounter().extras().extensions());
    }
    zu.addAll(e.patient().extras().extensions());
    ZSegments.write(out, zu);
  }

  private static void writeEncounter(V2Out out, Encounter e, Entities related) {
    V2Out.Seg pv1 = out.segment("PV1").set(1, "1");
    if (e.encounterClass() != null) {
      pv1.set(2, e.encounterClass().code());
    }
    writeLocations(pv1, e.locations());
    pv1.set(4, Types.codeOf(e.admissionMethod()));
    if (e.preAdmissionIdentifier() != null) {
      Types.cx(pv1, 5, 1, e.preAdmissionIdentifier());
    }
    for (EncounterParticipant p : e.participants()) {
      if (Roles.isRole(p)) {
        continue;
      }
      String type = p.types().isEmpty() ? null : Types.codeOf(p.types().get(0));
      for (int i = 0; i < CONSULTANT_TYPES.length; i++) {
        if (CONSULTANT_TYPES[i].equals(type) && p.individual() != null) {
          Practitioner practitioner = find(related, p.individual());
          if (practitioner != null) {
            int f = CONSULTANT_FIELDS[i];
            Xcn.write(pv1, f, pv1.reps(f) + 1, practitioner);
          }
        }
      }
    }
    pv1.set(10, Types.codeOf(e.serviceType()));
    pv1.set(14, Types.codeOf(e.admissionSource()));
    for (Concept type : e.types()) {
      if (!type.codings().isEmpty() && PATIENT_TYPE.equals(type.codings().get(0).system())) {
        pv1.set(18, Types.codeOf(type));
        break;
      }
    }
    if (!e.identifiers().isEmpty()) {
      Types.cx(pv1, 19, 1, e.identifiers().get(0));
    }
    pv1.set(36, Types.codeOf(e.dischargeMethod()));
    pv1.set(37, Types.codeOf(e.dischargeDestination()));
    if (e.serviceProvider() != null
        && e.serviceProvider().identifier() != null
        && e.serviceProvider().identifier().system() == null) {
      pv1.set(39, e.serviceProvider().identifier().value());
    }
    if (e.period() != null) {
      Types.ts(pv1, 44, e.period().start());
      Types.ts(pv1, 45, e.period().end());
    }
    if (!e.reasonCodes().isEmpty()) {
      Types.concept(out.segment("PV2"), 3, 1, e.reasonCodes().get(0), null);
    }
    Roles.write(out, e, related);
  }

  static Practitioner find(Entities related, Ref ref) {
    for (Practitioner p : related.practitioners()) {
      if (p.id() != null && ("Practitioner/" + p.id()).equals(ref.target())) {
        return p;
      }
    }
    return null;
  }

  /** The NHS number system, for callers. */
  static String nhsNumberSystem() {
    return IdentifierSystems.NHS_NUMBER.fhirUri();
  }
}
