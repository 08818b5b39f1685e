package dev.koine.hl7v2;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.Party;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.message.Source;
import dev.koine.core.model.Address;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Allergy;
import dev.koine.core.model.Condition;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.EncounterLocation;
import dev.koine.core.model.EncounterParticipant;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Meta;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Procedure;
import dev.koine.core.model.Ref;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import dev.koine.hl7v2.internal.Types;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Messages HL7 v2 can carry exactly: the "v2-representable" subset of the model, independent of the
 * testkit generators. What is left out is what the mapping cannot carry (and reports as encode
 * losses): resource ids other than the derived {@code pv1-F-R} practitioner ids, FHIR-only fields
 * (meta, narrative, extensions, {@code HumanName.text}, periods on names and addresses, identifier
 * use and period, contact point rank), more than two given names or lines, more than one prefix or
 * suffix, codings beyond two per concept, codings without a system the v2 name table knows, codes
 * in a system other than the field's table for IS/ID fields, other payload entities than
 * practitioners, allergies, conditions and procedures, and envelope parts v2 has no field for
 * (enterer, author, reason, correlation id, bundle).
 */
final class V2Representable {
  private V2Representable() {}

  static final String ODS = IdentifierSystems.ODS_ORGANISATION.fhirUri();

  static final String[] TRIGGERS = {
    "A01", "A02", "A03", "A04", "A05", "A08", "A11", "A12", "A13", "A28", "A31", "A40"
  };

  /** Text with delimiters and escape characters in it, never blank and never {@code ""}. */
  static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('A', 'Z', '0', '9', ' ', '^', '&', '|', '~', '\\', 'é')
        .ofMinLength(1)
        .ofMaxLength(10)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<String> code() {
    return Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(6);
  }

  static Arbitrary<PartialDateTime> time() {
    return Combinators.combine(
            Arbitraries.integers().between(1900, 2099),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28),
            Arbitraries.integers().between(0, 23),
            Arbitraries.integers().between(0, 59),
            Arbitraries.integers().between(0, 2))
        .as(
            (y, mo, d, h, mi, form) -> {
              String day = String.format(java.util.Locale.ROOT, "%04d%02d%02d", y, mo, d);
              String text =
                  switch (form) {
                    case 0 -> day;
                    case 1 -> day + String.format(java.util.Locale.ROOT, "%02d%02d", h, mi);
                    default -> day + String.format(java.util.Locale.ROOT, "%02d%02d00+0000", h, mi);
                  };
              return PartialDateTime.parseV2(text);
            });
  }

  static Arbitrary<Identifier> identifier() {
    Arbitrary<Identifier> nhs =
        Arbitraries.strings()
            .numeric()
            .ofLength(10)
            .map(v -> Identifier.of(IdentifierSystems.NHS_NUMBER.fhirUri(), v));
    Arbitrary<Identifier> local =
        Combinators.combine(
                text(), Arbitraries.of("RX1", "RR8", "R0A"), Arbitraries.of("MR", "PI", "VN"))
            .as(Types::identifier);
    return Arbitraries.oneOf(nhs, local);
  }

  static Arbitrary<HumanName> name() {
    return Combinators.combine(
            Arbitraries.of("official", "usual", "nickname", "maiden").injectNull(0.3),
            text().injectNull(0.1),
            text().list().ofMaxSize(2),
            text().list().ofMaxSize(1),
            text().list().ofMaxSize(1),
            period())
        .as(
            (use, family, given, prefixes, suffixes, period) ->
                new HumanName(use, null, family, given, prefixes, suffixes, period))
        .filter(
            n ->
                n.family() != null
                    || !n.given().isEmpty()
                    || n.use() != null
                    || !n.prefixes().isEmpty()
                    || !n.suffixes().isEmpty());
  }

  /** A validity period (XPN-12/13, XTN-13/14), often absent. */
  static Arbitrary<Period> period() {
    return Combinators.combine(time().injectNull(0.5), time().injectNull(0.5))
        .as((start, end) -> start == null && end == null ? null : new Period(start, end))
        .injectNull(0.6);
  }

  static Arbitrary<Address> address() {
    return Combinators.combine(
            Arbitraries.of("home", "work", "temp").injectNull(0.3),
            text().list().ofMinSize(1).ofMaxSize(2),
            text().injectNull(0.3),
            text().injectNull(0.5),
            text().injectNull(0.3),
            text().injectNull(0.5),
            Arbitraries.of(true, false))
        .as(
            (use, lines, city, district, postal, country, mailing) ->
                new Address(
                    use,
                    use == null && mailing ? "postal" : null, // XAD-7 M
                    null,
                    lines,
                    city,
                    district,
                    null,
                    postal,
                    country,
                    null));
  }

  static Arbitrary<ContactPoint> telecom() {
    Arbitrary<ContactPoint> plain =
        Combinators.combine(
                Arbitraries.of("phone", "fax", "email", "pager"),
                text(),
                Arbitraries.of("home", "work", "temp", "old"),
                Arbitraries.integers().between(1, 9).injectNull(0.7),
                period())
            .as((sys, value, use, rank, period) -> new ContactPoint(sys, value, use, rank, period));
    Arbitrary<ContactPoint> mobile =
        Combinators.combine(text(), Arbitraries.integers().between(1, 9).injectNull(0.7), period())
            .as((v, rank, period) -> new ContactPoint("phone", v, "mobile", rank, period));
    return Arbitraries.oneOf(plain, mobile);
  }

  static Arbitrary<Concept> concept(String system) {
    return Combinators.combine(code(), text().injectNull(0.5))
        .as((c, d) -> Concept.of(system, c, d));
  }

  static Arbitrary<Concept> coded(String system) {
    return code().map(c -> Concept.of(system, c, null));
  }

  static Arbitrary<Patient> patient() {
    return Combinators.combine(
            identifier().list().ofMaxSize(3),
            name().list().ofMaxSize(2),
            time().injectNull(0.3),
            Arbitraries.of("1", "2", "9", "X", "M", "F", "O", "U").injectNull(0.2),
            address().list().ofMaxSize(2),
            telecom().list().ofMaxSize(3),
            concept(Types.table("0002")).injectNull(0.5),
            Arbitraries.of("NSTS01", "NSTS02", "NSTS03").injectNull(0.5))
        .as(
            (ids, names, birth, sex, addresses, telecom, marital, status) -> {
              Patient.Builder p =
                  Patient.builder()
                      .identifiers(ids)
                      .names(names)
                      .birthDate(birth)
                      .addresses(addresses)
                      .telecom(telecomInWriteOrder(telecom))
                      .maritalStatus(marital);
              if (sex != null) {
                p.gender(AdministrativeGender.fromV2(sex).orElseThrow())
                    .genderCode(
                        Coding.of(
                            Character.isDigit(sex.charAt(0)) || sex.equals("X")
                                ? CodeSystems.NHS_DD_PERSON_STATED_GENDER
                                : CodeSystems.V2_ADMINISTRATIVE_SEX,
                            sex));
              }
              if (status != null) {
                p.nhsNumberVerificationStatus(Coding.of(Types.table("0445"), status));
              }
              return p;
            })
        .flatMap(
            p ->
                Combinators.combine(
                        Arbitraries.of("B86001", "Y01234").injectNull(0.5),
                        text().injectNull(0.5),
                        Arbitraries.of("G1234567").injectNull(0.5))
                    .as(
                        (practice, display, gp) -> {
                          java.util.List<Ref> gps = new java.util.ArrayList<>();
                          if (practice != null) {
                            gps.add(
                                new Ref(
                                    null, "Organization", Identifier.of(ODS, practice), display));
                          }
                          if (gp != null) {
                            gps.add(
                                new Ref(
                                    null,
                                    "Practitioner",
                                    Identifier.of(IdentifierSystems.GMP.fhirUri(), gp),
                                    null));
                          }
                          return p.generalPractitioners(gps).build();
                        }))
        .flatMap(V2Representable::withPidDepth);
  }

  /**
   * PID-4 alternate identifiers (use secondary), a PID-19 social security number, and the PID-6,
   * PID-23, PID-26 extensions and PID-33 last update, in the order the decoder reads them.
   */
  private static Arbitrary<Patient> withPidDepth(Patient built) {
    return Combinators.combine(
            identifier()
                .filter(i -> !IdentifierSystems.NHS_NUMBER.fhirUri().equals(i.system()))
                .map(
                    i ->
                        new Identifier(
                            i.system(), i.value(), i.type(), "secondary", null, i.assigner()))
                .list()
                .ofMaxSize(2),
            text().injectNull(0.6),
            text().injectNull(0.6),
            text().injectNull(0.6),
            concept(null).list().ofMaxSize(2),
            time().injectNull(0.6),
            Combinators.combine(text(), text().injectNull(0.5), time())
                .as(
                    (number, state, expires) ->
                        new Identifier(
                            null,
                            number,
                            Concept.of(CodeSystems.V2_IDENTIFIER_TYPE, "DL", null),
                            null,
                            expires == null ? null : new Period(null, expires),
                            state))
                .injectNull(0.6),
            code().injectNull(0.6))
        .as(
            (alternates, ssn, maiden, birthPlace, citizenship, updated, licence, county) -> {
              List<Identifier> ids = new java.util.ArrayList<>(built.identifiers());
              ids.addAll(alternates);
              if (ssn != null) {
                ids.add(
                    new Identifier(
                        "http://hl7.org/fhir/sid/us-ssn",
                        ssn,
                        Concept.of(CodeSystems.V2_IDENTIFIER_TYPE, "SS", null),
                        null,
                        null,
                        null));
              }
              if (licence != null) {
                ids.add(licence);
              }
              List<Address> addresses = new java.util.ArrayList<>(built.addresses());
              if (county != null) {
                addresses.add(
                    new Address(null, null, null, List.of(), null, county, null, null, null, null));
              }
              List<Extension> extensions = new java.util.ArrayList<>();
              if (maiden != null) {
                extensions.add(
                    Extension.of(
                        "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
                        new Value.Primitive("string", maiden)));
              }
              if (birthPlace != null) {
                extensions.add(
                    Extension.of(
                        "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
                        new Value.AddressValue(
                            new Address(
                                null,
                                null,
                                birthPlace,
                                List.of(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))));
              }
              for (Concept c : citizenship) {
                extensions.add(
                    Extension.complex(
                        "http://hl7.org/fhir/StructureDefinition/patient-citizenship",
                        List.of(Extension.of("code", new Value.ConceptValue(c)))));
              }
              Meta meta =
                  updated == null
                      ? null
                      : new Meta(null, updated, null, List.of(), List.of(), List.of());
              return built.toBuilder()
                  .identifiers(ids)
                  .addresses(addresses)
                  .extras(new Extras(meta, null, null, extensions, List.of()))
                  .build();
            });
  }

  /**
   * Home numbers are written to PID-13 and work numbers to PID-14, so they decode in that order.
   */
  private static List<ContactPoint> telecomInWriteOrder(List<ContactPoint> all) {
    List<ContactPoint> out = new java.util.ArrayList<>();
    all.stream().filter(c -> !"work".equals(c.use())).forEach(out::add);
    all.stream().filter(c -> "work".equals(c.use())).forEach(out::add);
    return out;
  }

  static Arbitrary<Practitioner> practitioner(String id) {
    return Combinators.combine(
            identifier().injectNull(0.2),
            name().filter(V2Representable::hasNamePart).injectNull(0.2))
        .as(
            (identifier, name) ->
                Practitioner.builder()
                    .id(id)
                    .identifiers(identifier == null ? List.of() : List.of(identifier))
                    .names(
                        name == null
                            ? List.of()
                            : List.of(
                                new HumanName(
                                    null,
                                    null,
                                    name.family(),
                                    name.given(),
                                    name.prefixes(),
                                    name.suffixes(),
                                    null)))
                    .build())
        .filter(
            p ->
                !p.identifiers().isEmpty()
                    || (!p.names().isEmpty() && hasNamePart(p.names().get(0))));
  }

  private static boolean hasNamePart(HumanName n) {
    return n.family() != null
        || !n.given().isEmpty()
        || !n.prefixes().isEmpty()
        || !n.suffixes().isEmpty();
  }

  static Arbitrary<Encounter> encounter() {
    return Combinators.combine(
            Arbitraries.of("I", "O", "E").injectNull(0.3),
            text().injectNull(0.5),
            Arbitraries.of("11", "21", "81").injectNull(0.5),
            Arbitraries.of("19", "51").injectNull(0.5),
            Arbitraries.of("1", "4").injectNull(0.5),
            Arbitraries.of("19", "54").injectNull(0.5),
            time().injectNull(0.3),
            time().injectNull(0.5))
        .as(
            (cls, ward, method, source, dMethod, dest, start, end) -> {
              Encounter.Builder e = Encounter.builder();
              if (cls != null) {
                e.encounterClass(Coding.of(Types.table("0004"), cls));
              }
              if (ward != null) {
                e.locations(
                    List.of(
                        new EncounterLocation(
                            new Ref(null, "Location", null, ward), null, null, null)));
              }
              e.admissionMethod(c(CodeSystems.ADMISSION_METHOD_ENGLAND, method));
              e.admissionSource(c(CodeSystems.SOURCE_OF_ADMISSION_ENGLAND, source));
              e.dischargeMethod(c(CodeSystems.DISCHARGE_METHOD_ENGLAND, dMethod));
              e.dischargeDestination(c(CodeSystems.DISCHARGE_DESTINATION_ENGLAND, dest));
              if (start != null || end != null) {
                e.period(new Period(start, end));
              }
              return e.build();
            })
        .flatMap(V2Representable::withPv1Depth);
  }

  /**
   * A PV1-6 prior location (status completed, after the PV1-3 ones), a PV1-18 patient type and a
   * PV1-39 servicing facility.
   */
  private static Arbitrary<Encounter> withPv1Depth(Encounter e) {
    return Combinators.combine(
            text().injectNull(0.6), code().injectNull(0.6), code().injectNull(0.6))
        .as(
            (prior, patientType, facility) -> {
              Encounter.Builder b = e.toBuilder();
              if (prior != null) {
                List<EncounterLocation> locations = new java.util.ArrayList<>(e.locations());
                locations.add(
                    new EncounterLocation(
                        new Ref(null, "Location", null, prior), "completed", null, null));
                b.locations(locations);
              }
              if (patientType != null) {
                b.types(List.of(Concept.of(Types.table("0018"), patientType, null)));
              }
              if (facility != null) {
                b.serviceProvider(
                    new Ref(null, "Organization", Identifier.of(null, facility), null));
              }
              return b.build();
            });
  }

  private static Concept c(String system, String code) {
    return code == null ? null : Concept.of(system, code, null);
  }

  static Arbitrary<Message> patientEventMessage() {
    Arbitrary<PatientEvent.Builder> base =
        Combinators.combine(
                Arbitraries.of(TRIGGERS),
                patient(),
                time().injectNull(0.2),
                time().injectNull(0.7),
                time().injectNull(0.7),
                coded(Types.table("0062")).injectNull(0.7),
                identifier().list().ofMaxSize(2))
            .as(
                (trigger, patient, recorded, occurred, planned, reason, prior) ->
                    PatientEvent.builder()
                        .kind(PatientEventKind.fromV2Trigger(trigger).orElseThrow())
                        .patient(patient)
                        .recordedAt(recorded)
                        .occurredAt(occurred)
                        .plannedAt(planned)
                        .eventReason(reason)
                        .priorIdentifiers(prior));
    Arbitrary<PatientEvent> events =
        Combinators.combine(
                base,
                encounter().injectNull(0.3),
                practitioner("pv1-7-1").injectNull(0.5),
                concept(CodeSystems.SNOMED_CT).list().ofMaxSize(2),
                concept(CodeSystems.ICD_10_UK).list().ofMaxSize(2),
                concept(CodeSystems.OPCS_4).list().ofMaxSize(2),
                time().injectNull(0.5),
                text().injectNull(0.5))
            .as(
                (b, enc, consultant, allergens, diagnoses, procedures, when, reaction) -> {
                  Entities.Builder related = Entities.builder();
                  if (enc != null && consultant != null) {
                    enc =
                        enc.toBuilder()
                            .participants(
                                List.of(
                                    new EncounterParticipant(
                                        List.of(
                                            Concept.of(
                                                dev.koine.hl7v2.internal.Adt.PARTICIPATION,
                                                "ATND",
                                                null)),
                                        null,
                                        new Ref(
                                            "Practitioner/pv1-7-1", "Practitioner", null, null))))
                            .build();
                    related.practitioners(List.of(consultant));
                  }
                  related.allergies(
                      allergens.stream()
                          .map(
                              a ->
                                  Allergy.builder()
                                      .code(a)
                                      .reactions(
                                          reaction == null
                                              ? List.of()
                                              : List.of(
                                                  dev.koine.hl7v2.internal.Adt.reaction(reaction)))
                                      .categories(List.of("medication"))
                                      .assertedDate(when)
                                      .build())
                          .toList());
                  related.conditions(
                      diagnoses.stream()
                          .map(d -> Condition.builder().code(d).recordedDate(when).build())
                          .toList());
                  related.procedures(
                      procedures.stream()
                          .map(
                              p ->
                                  Procedure.builder()
                                      .code(p)
                                      .performed(
                                          when == null
                                              ? null
                                              : new Value.TimeValue("dateTime", when))
                                      .build())
                          .toList());
                  return b.encounter(enc).related(related.build()).build();
                });
    return Combinators.combine(events, envelopeParts())
        .as(
            (event, env) ->
                Message.of(
                    env.event(
                            Coding.of(
                                CodeSystems.V2_EVENT_TYPE, event.kind().v2Trigger().orElseThrow()))
                        .build(),
                    event));
  }

  /**
   * The envelope parts, with MSH-8 security (a {@code meta.security} code), MSH-19 language and an
   * MSH-4 sending facility identified by an ISO OID.
   */
  static Arbitrary<Envelope.Builder> envelopeParts() {
    return Combinators.combine(
            envelopeBase(),
            code().injectNull(0.6),
            Arbitraries.of("en", "en-GB", "cy").injectNull(0.6),
            Arbitraries.of("2.16.840.1.113883.2.1.3.2.4.18.48", "1.2.3").injectNull(0.7),
            text().injectNull(0.5))
        .as(
            (b, security, language, oid, name) -> {
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
              b.extras(new Extras(meta, null, language, List.of(), List.of()));
              if (oid != null) {
                b.sender(
                    new Party(
                        new Ref(
                            null, null, Identifier.of("urn:ietf:rfc:3986", "urn:oid:" + oid), name),
                        null,
                        null));
              }
              return b;
            });
  }

  private static Arbitrary<Envelope.Builder> envelopeBase() {
    return Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
            time().injectNull(0.2),
            Arbitraries.of("2.3", "2.4", "2.5.1").injectNull(0.2),
            Arbitraries.of("RX1", "RR8").injectNull(0.3),
            text().injectNull(0.3),
            text().injectNull(0.5),
            Arbitraries.of(ResponseRequest.values()).injectNull(0.5),
            Arbitraries.of("iTKv1.0").list().ofMaxSize(1))
        .as(
            (id, ts, version, ods, app, recipientApp, ack, profiles) -> {
              Envelope.Builder b =
                  Envelope.builder()
                      .family(Family.HL7V2)
                      .messageId(id)
                      .timestamp(ts)
                      .standardVersion(version)
                      .processingId("P")
                      .messageProfiles(profiles);
              if (ods != null) {
                b.sender(new Party(Ref.byIdentifier(Identifier.of(ODS, ods)), null, null));
              }
              if (app != null) {
                b.source(new Source(app, null, null, null, null));
              }
              if (recipientApp != null) {
                b.addRecipient(new Recipient(recipientApp, null, null, null, null));
              }
              if (ack != null) {
                b.ackRequest(new AckRequest(ack, ResponseRequest.NEVER));
              }
              return b;
            });
  }
}
