package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.id.Identifier;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.model.Address;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Communication;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.EncounterLocation;
import dev.koine.core.model.EncounterParticipant;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Observation;
import dev.koine.core.model.ObservationStatus;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Quantity;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ReferenceRange;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import dev.koine.hl7v2.internal.Types;
import dev.koine.hl7v2.internal.ZSegments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the ADT depth mappings: PID-8 on encode and the ZU segments round trip. */
class AdtDepthProperties {
  private final Hl7v2Codec codec = new Hl7v2Codec();

  /** How the model holds the received gender code. */
  enum Kept {
    NONE,
    FHIR,
    NHS_DD,
    TABLE_0001
  }

  @Property
  void pid8IsTable0001UnlessTheV2CodeWasKept(
      @ForAll AdministrativeGender gender, @ForAll Kept kept) {
    Coding code =
        switch (kept) {
          case NONE -> null;
          case FHIR -> Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, gender.fhirCode());
          case NHS_DD ->
              Coding.of(CodeSystems.NHS_DD_PERSON_STATED_GENDER, gender.nhsDataDictionaryCode());
          case TABLE_0001 -> Coding.of(CodeSystems.V2_ADMINISTRATIVE_SEX, gender.v2Code());
        };
    Patient p = Patient.builder().gender(gender).genderCode(code).build();
    byte[] er7 = codec.encode(AdtDepthTest.event(p), WireFormat.HL7V2).content().toArray();
    String expected = kept == Kept.NHS_DD ? gender.nhsDataDictionaryCode() : gender.v2Code();
    assertThat(AdtDepthTest.field(er7, "PID", 8)).isEqualTo(expected);
    Patient back = ((PatientEvent) codec.decode(er7, WireFormat.HL7V2).value().payload()).patient();
    assertThat(back.gender()).isEqualTo(gender);
  }

  @Property
  void aConflictingKeptCodeGivesWayToTheGender(
      @ForAll AdministrativeGender gender, @ForAll AdministrativeGender other) {
    Patient p =
        Patient.builder()
            .gender(gender)
            .genderCode(
                Coding.of(CodeSystems.NHS_DD_PERSON_STATED_GENDER, other.nhsDataDictionaryCode()))
            .build();
    byte[] er7 = codec.encode(AdtDepthTest.event(p), WireFormat.HL7V2).content().toArray();
    assertThat(AdtDepthTest.field(er7, "PID", 8))
        .isEqualTo(gender == other ? other.nhsDataDictionaryCode() : gender.v2Code());
  }

  /**
   * A ZU field read from any ER7 text (delimiters, escapes, explicit nulls, blanks and empty leaves
   * anywhere) is carried as the canonical writing of its leaves as the message tree reads them:
   * each non-empty leaf unescaped then escaped again with the default delimiters, after the
   * delimiters that separate it from the previous one. Holds on the leaf-by-leaf reading and on the
   * path that carries a field already in that form as written ({@code V2In.plainField}).
   */
  @Property(tries = 300)
  void aZuFieldIsCarriedAsTheCanonicalTextOfItsLeaves(@ForAll("rawZuField") String raw) {
    String er7 =
        "MSH|^~\\&|PAS|RX1|EPR|RX1|20240305101500||ADT^A01^ADT_A01|ITK1|P|2.4\r"
            + "PID|1||9434765919^^^NHS^NH\rPV1|1|I\rZU3|"
            + raw
            + "\r";
    V2Message parsed = V2Message.parse(er7);
    String expected = canonical(parsed.segments("ZU3").get(0).field(1));
    PatientEvent e =
        (PatientEvent)
            codec
                .decode(
                    er7.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), WireFormat.HL7V2)
                .value()
                .payload();
    String carried = null;
    for (Extension x : e.encounter().extras().extensions()) {
      if (x.url().equals(ZSegments.url("ZU3", 1))) {
        carried = ((Value.Primitive) x.value()).text();
      }
    }
    assertThat(carried).isEqualTo(expected);
  }

  /** The canonical ER7 text of a field's non-empty leaves, read through the tree; null if none. */
  private static String canonical(V2Field field) {
    V2Delimiters d = V2Delimiters.DEFAULT;
    StringBuilder sb = new StringBuilder();
    boolean any = false;
    int lastR = 1;
    int lastC = 1;
    int lastSc = 1;
    for (int r = 1; r <= field.repetitionCount(); r++) {
      V2Repetition rep = field.repetition(r);
      for (int c = 1; c <= rep.componentCount(); c++) {
        V2Component comp = rep.component(c);
        for (int sc = 1; sc <= comp.subComponentCount(); sc++) {
          V2SubComponent sub = comp.subComponent(sc);
          if (sub.isEmpty() || sub.isExplicitNull() || sub.value().isBlank()) {
            continue;
          }
          String sep =
              r > lastR
                  ? String.valueOf(d.repetition()).repeat(r - lastR)
                      + String.valueOf(d.component()).repeat(c - 1)
                      + String.valueOf(d.subComponent()).repeat(sc - 1)
                  : c > lastC
                      ? String.valueOf(d.component()).repeat(c - lastC)
                          + String.valueOf(d.subComponent()).repeat(sc - 1)
                      : String.valueOf(d.subComponent()).repeat(sc - lastSc);
          sb.append(sep).append(d.escapeValue(sub.value()));
          any = true;
          lastR = r;
          lastC = c;
          lastSc = sc;
        }
      }
    }
    return any ? sb.toString() : null;
  }

  /** ER7 field text over a small alphabet: letters, delimiters, escapes, quotes and spaces. */
  @Provide
  Arbitrary<String> rawZuField() {
    Arbitrary<String> piece =
        Arbitraries.of("a", "b", "7", "^", "~", "&", "\"\"", "\"", " ", "\\T\\", "\\", ".");
    return piece.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
  }

  /** ZU field extensions in segment and field order, with structured ER7 values. */
  static Arbitrary<List<Extension>> zuFields() {
    Arbitrary<String> leaf =
        V2Representable.text().map(v -> dev.koine.hl7v2.V2Delimiters.DEFAULT.escapeValue(v));
    Arbitrary<String> component =
        leaf.list().ofMinSize(1).ofMaxSize(2).map(l -> String.join("&", l));
    Arbitrary<String> repetition =
        component.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("^", l));
    Arbitrary<String> fieldText =
        repetition.list().ofMinSize(1).ofMaxSize(2).map(l -> String.join("~", l));
    Arbitrary<String> segment =
        Arbitraries.of("ZU1", "ZU2", "ZU3", "ZU4", "ZU5", "ZU6", "ZU7", "ZU8");
    return Combinators.combine(segment, Arbitraries.integers().between(1, 25), fieldText)
        .as((s, f, t) -> new Object[] {s, f, t})
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(
            entries -> {
              TreeMap<String, String> sorted = new TreeMap<>();
              for (Object[] e : entries) {
                sorted.put(
                    e[0] + String.format(java.util.Locale.ROOT, "%03d", (Integer) e[1]),
                    (String) e[2]);
              }
              List<Extension> out = new ArrayList<>();
              sorted.forEach(
                  (k, text) ->
                      out.add(
                          Extension.of(
                              ZSegments.url(k.substring(0, 3), Integer.parseInt(k.substring(3))),
                              new Value.Primitive("string", text))));
              return out;
            });
  }

  @Provide
  Arbitrary<Message> adtWithZu() {
    return Combinators.combine(V2Representable.patientEventMessage(), zuFields())
        .as(
            (m, zu) -> {
              PatientEvent e = (PatientEvent) m.payload();
              PatientEvent withZu =
                  e.encounter() != null
                      ? e.toBuilder()
                          .encounter(e.encounter().toBuilder().extras(Extras.of(zu)).build())
                          .build()
                      : e.toBuilder()
                          .patient(e.patient().toBuilder().extras(Extras.of(zu)).build())
                          .build();
              return Message.of(m.envelope(), withZu);
            });
  }

  @Property(tries = 150)
  void messagesWithZuFieldsRoundTripWithoutLoss(@ForAll("adtWithZu") Message m) {
    MessageCodec.Encoded encoded = codec.encode(m, WireFormat.HL7V2);
    assertThat(encoded.losses()).isEmpty();
    var decoded = codec.decode(encoded.content().toArray(), WireFormat.HL7V2);
    assertThat(decoded.losses()).isEmpty();
    assertThat(decoded.value()).isEqualTo(m);
    assertThat(codec.roundTrip(encoded.content().toArray(), WireFormat.HL7V2).status())
        .isEqualTo("LOSSLESS");
  }

  /** A name with a family name, so that an XCN person is a practitioner with a name. */
  static Arbitrary<Practitioner> named(String id) {
    return Combinators.combine(
            V2Representable.practitioner(id)
                .filter(p -> !p.names().isEmpty() && p.names().get(0).family() != null),
            Arbitraries.of("official", "usual", "maiden").injectNull(0.5))
        .as(
            (p, use) -> {
              HumanName n = p.names().get(0);
              return p.toBuilder()
                  .names(
                      List.of(
                          new HumanName(
                              use, null, n.family(), n.given(), n.prefixes(), n.suffixes(), null)))
                  .build();
            });
  }

  static Arbitrary<Observation> observation() {
    Arbitrary<Value> quantity =
        Combinators.combine(
                Arbitraries.of("1", "1.50", "-3", "120", "0.25"),
                Arbitraries.of("mmol/L", "kg").injectNull(0.3),
                Arbitraries.of("mmol/L", "kg").injectNull(0.5))
            .as(
                (n, code, unit) ->
                    new Value.QuantityValue(
                        "Quantity",
                        new Quantity(
                            new BigDecimal(n),
                            null,
                            unit,
                            code == null ? null : CodeSystems.UCUM,
                            code)));
    Arbitrary<Value> string = V2Representable.text().map(t -> new Value.Primitive("string", t));
    Arbitrary<Value> coded =
        V2Representable.concept(CodeSystems.SNOMED_CT).map(Value.ConceptValue::new);
    return Combinators.combine(
            V2Representable.concept(CodeSystems.LOINC),
            Arbitraries.oneOf(quantity, string, coded).injectNull(0.2),
            Arbitraries.of("N", "H", "L").list().ofMaxSize(2),
            Arbitraries.of(ObservationStatus.FINAL, ObservationStatus.PRELIMINARY).injectNull(0.3),
            V2Representable.time().injectNull(0.4),
            V2Representable.text().injectNull(0.7),
            V2Representable.time().injectNull(0.6),
            V2Representable.text().injectNull(0.6))
        .as(
            (code, value, flags, status, when, range, analysed, lab) ->
                Observation.builder()
                    .code(code)
                    .value(value)
                    .interpretations(
                        flags.stream()
                            .map(f -> Concept.of(CodeSystems.V2_ABNORMAL_FLAGS, f, null))
                            .toList())
                    .status(status)
                    .effective(when == null ? null : new Value.TimeValue("dateTime", when))
                    .referenceRanges(
                        range == null
                            ? List.of()
                            : List.of(new ReferenceRange(null, null, null, List.of(), null, range)))
                    .performers(
                        lab == null
                            ? List.of()
                            : List.of(new Ref(null, "Organization", null, lab))) // OBX-23
                    .extras(
                        analysed == null
                            ? null
                            : Extras.of(
                                List.of(
                                    Extension.of(
                                        dev.koine.hl7v2.internal.Oru.ANALYSIS_TIME,
                                        new Value.TimeValue("dateTime", analysed)))))
                    .build());
  }

  /**
   * Generated v2-representable ADT messages with the deeper fields: PID-10 race as ethnic category,
   * PID-15 language, PID-18 account number, PV1-5 pre-admission number, ROL participants, an EVN-5
   * operator with a name, OBX observations with an OBX-16 observer.
   */
  @Provide
  Arbitrary<Message> adtDeep() {
    Arbitrary<Identifier> account =
        Combinators.combine(V2Representable.text(), Arbitraries.of("RX1", "R0A"))
            .as((v, a) -> Types.identifier(v, a, "AN"));
    Arbitrary<List<Object>> parts =
        Combinators.combine(
                V2Representable.patientEventMessage(),
                V2Representable.concept(Types.table("0005")).injectNull(0.5),
                V2Representable.concept(Types.table("0296")).injectNull(0.5),
                account.injectNull(0.5),
                V2Representable.identifier().injectNull(0.5),
                named("rol-1").injectNull(0.4),
                V2Representable.telecom().list().ofMaxSize(2),
                V2Representable.address().list().ofMaxSize(1))
            .as(
                (m, race, lang, acc, pre, rol, tel, adr) ->
                    List.of(m, opt(race), opt(lang), opt(acc), opt(pre), opt(rol), tel, adr));
    return Combinators.combine(
            parts,
            V2Representable.concept(Types.table("0443")).injectNull(0.3),
            V2Representable.time().injectNull(0.5),
            named("evn-5").injectNull(0.5),
            observation().list().ofMaxSize(3),
            named("obx-1-16").injectNull(0.5))
        .as(AdtDepthProperties::deep);
  }

  private static EncounterLocation location(String name, String type) {
    return new EncounterLocation(
        new Ref(null, "Location", null, name),
        null,
        Concept.of("http://terminology.hl7.org/CodeSystem/location-physical-type", type, null),
        null);
  }

  private static Object opt(Object o) {
    return o == null ? java.util.Optional.empty() : java.util.Optional.of(o);
  }

  @SuppressWarnings("unchecked")
  private static <T> T get(Object o) {
    return ((java.util.Optional<T>) o).orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static Message deep(
      List<Object> parts,
      Concept role,
      PartialDateTime roleStart,
      Practitioner operator,
      List<Observation> observations,
      Practitioner observer) {
    Message m = (Message) parts.get(0);
    Concept race = get(parts.get(1));
    Concept lang = get(parts.get(2));
    Identifier acc = get(parts.get(3));
    Identifier pre = get(parts.get(4));
    Practitioner rol = get(parts.get(5));
    List<ContactPoint> tel = (List<ContactPoint>) parts.get(6);
    List<Address> adr = (List<Address>) parts.get(7);
    PatientEvent e = (PatientEvent) m.payload();
    Patient.Builder p = e.patient().toBuilder();
    if (race != null) {
      p.ethnicCategory(race);
    }
    if (lang != null) {
      p.communications(List.of(new Communication(lang, true, null)));
    }
    if (acc != null) {
      List<Identifier> ids = new ArrayList<>(e.patient().identifiers());
      // PID-18 is read after the PID-3 identifiers, before PID-4 (use secondary) and PID-19
      int at = 0;
      while (at < ids.size()
          && !"secondary".equals(ids.get(at).use())
          && !"http://hl7.org/fhir/sid/us-ssn".equals(ids.get(at).system())
          && !(ids.get(at).system() == null
              && ids.get(at).type() != null
              && "DL".equals(ids.get(at).type().codings().get(0).code()))) {
        at++;
      }
      ids.add(at, acc);
      p.identifiers(ids);
    }
    List<Practitioner> practitioners = new ArrayList<>(e.related().practitioners());
    Encounter enc = e.encounter();
    if (enc != null) {
      Encounter.Builder b = enc.toBuilder().preAdmissionIdentifier(pre);
      if (rol != null) {
        // PV1-3.2 room and PV1-3.3 bed after the ward, as the PL decode orders them
        List<EncounterLocation> locations = new ArrayList<>(enc.locations());
        // before any PV1-6 prior location (status completed), which is read after PV1-3
        int at = 0;
        while (at < locations.size() && locations.get(at).status() == null) {
          at++;
        }
        locations.add(at, location("BAY 1", "ro"));
        locations.add(at + 1, location("BED 3", "bd"));
        b.locations(locations);
      }
      if (rol != null) {
        practitioners.add(rol.toBuilder().telecom(tel).addresses(adr).build());
        List<EncounterParticipant> ps = new ArrayList<>(enc.participants());
        ps.add(
            new EncounterParticipant(
                role == null ? List.of() : List.of(role),
                roleStart == null ? null : new Period(roleStart, null),
                new Ref("Practitioner/rol-1", "Practitioner", null, null)));
        b.participants(ps);
      }
      enc = b.build();
    }
    PatientEvent.Builder out = e.toBuilder().patient(p.build()).encounter(enc);
    if (operator != null) {
      practitioners.add(operator);
      out.operator(new Ref("Practitioner/evn-5", "Practitioner", null, null));
    }
    List<Observation> obs = new ArrayList<>(observations);
    if (observer != null && !obs.isEmpty()) {
      practitioners.add(observer);
      obs.set(
          0,
          obs.get(0).toBuilder()
              .performers(
                  java.util.stream.Stream.concat(
                          java.util.stream.Stream.of(
                              new Ref("Practitioner/obx-1-16", "Practitioner", null, null)),
                          obs.get(0).performers().stream())
                      .toList())
              .build());
    }
    out.related(e.related().toBuilder().practitioners(practitioners).observations(obs).build());
    return Message.of(m.envelope(), out.build());
  }

  @Property(tries = 150)
  void messagesWithTheDeeperFieldsRoundTripWithoutLoss(@ForAll("adtDeep") Message m) {
    MessageCodec.Encoded encoded = codec.encode(m, WireFormat.HL7V2);
    assertThat(encoded.losses()).isEmpty();
    var decoded = codec.decode(encoded.content().toArray(), WireFormat.HL7V2);
    assertThat(decoded.losses()).isEmpty();
    assertThat(decoded.value()).isEqualTo(m);
    assertThat(codec.roundTrip(encoded.content().toArray(), WireFormat.HL7V2).status())
        .isEqualTo("LOSSLESS");
  }
}
