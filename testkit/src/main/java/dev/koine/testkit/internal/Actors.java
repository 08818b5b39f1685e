package dev.koine.testkit.internal;

import static dev.koine.testkit.internal.Gen.listOf;
import static dev.koine.testkit.internal.Gen.opt;
import static dev.koine.testkit.internal.Gen.rare;
import static dev.koine.testkit.internal.Gen.sparseListOf;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Communication;
import dev.koine.core.model.Device;
import dev.koine.core.model.HealthcareService;
import dev.koine.core.model.Location;
import dev.koine.core.model.Organisation;
import dev.koine.core.model.Patient;
import dev.koine.core.model.PatientContact;
import dev.koine.core.model.Position;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.PractitionerRole;
import dev.koine.core.model.Qualification;
import dev.koine.core.model.RelatedPerson;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Arbitraries for patients, staff, organisations, places and devices. Not API. */
public final class Actors {
  private Actors() {}

  /** A concept of one code (no display) from a code system. */
  static Arbitrary<Concept> code(String system, String... codes) {
    return Arbitraries.of(codes).map(c -> Concept.of(Coding.of(system, c)));
  }

  private static Arbitrary<Boolean> flags() {
    return Arbitraries.of(true, false);
  }

  /** Gender with the gender code as sent (FHIR, NHS Data Dictionary or v2), both often absent. */
  static Arbitrary<Tuple2<AdministrativeGender, Coding>> genders() {
    return Combinators.combine(
            opt(Arbitraries.of(AdministrativeGender.class)), Arbitraries.integers().between(0, 3))
        .as(
            (g, k) -> {
              if (g == null || k == 0) {
                return Tuple.of(g, null);
              }
              Coding code =
                  switch (k) {
                    case 1 -> Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, g.fhirCode());
                    case 2 ->
                        Coding.of(
                            CodeSystems.NHS_DD_PERSON_STATED_GENDER, g.nhsDataDictionaryCode());
                    default -> Coding.of(CodeSystems.V2_ADMINISTRATIVE_SEX, g.v2Code());
                  };
              return Tuple.of(g, code);
            });
  }

  /** Patient identifiers: an NHS number most of the time, plus local numbers. */
  static Arbitrary<List<Identifier>> patientIdentifiers() {
    return Combinators.combine(
            Gen.nullable(Blocks.nhsNumberIdentifiers(), 0.3),
            sparseListOf(Blocks.localIdentifiers()))
        .as(
            (nhs, local) -> {
              List<Identifier> all = new ArrayList<>();
              if (nhs != null) {
                all.add(nhs);
              }
              all.addAll(local);
              return all;
            });
  }

  /** Languages. */
  public static Arbitrary<Communication> communications() {
    return Gen.memo(
        "Actors.communications",
        () -> {
          return Combinators.combine(Blocks.concept(Fixtures.LANGUAGES), opt(flags()), opt(flags()))
              .as(Communication::new);
        });
  }

  /** Next of kin and other contacts. */
  public static Arbitrary<PatientContact> patientContacts() {
    return Gen.memo(
        "Actors.patientContacts",
        () -> {
          return Combinators.combine(
                  listOf(
                      code(
                          "http://terminology.hl7.org/CodeSystem/v2-0131",
                          "N",
                          "C",
                          "E",
                          "F",
                          "U")),
                  opt(Blocks.humanNames()),
                  listOf(Blocks.contactPoints()),
                  opt(Blocks.addresses()),
                  opt(Arbitraries.of(AdministrativeGender.class)),
                  rare(Blocks.refs()),
                  rare(External.periods()),
                  rare(Arbitraries.integers().between(1, 5)))
              .as(PatientContact::new);
        });
  }

  /** Patients with NHS numbers, names, addresses, UK Core codes; every part often absent. */
  public static Arbitrary<Patient> patients() {
    return Gen.memo(
        "Actors.patients",
        () -> {
          return Builders.withBuilder(Patient::builder)
              .use(opt(Texts.ids()))
              .in(Patient.Builder::id)
              .use(patientIdentifiers())
              .in(Patient.Builder::identifiers)
              .use(opt(Arbitraries.of(Fixtures.NHS_NUMBER_VERIFICATION)))
              .in(Patient.Builder::nhsNumberVerificationStatus)
              .use(opt(flags()))
              .in(Patient.Builder::active)
              .use(listOf(Blocks.humanNames()))
              .in(Patient.Builder::names)
              .use(listOf(Blocks.contactPoints()))
              .in(Patient.Builder::telecom)
              .use(genders())
              .in((b, g) -> b.gender(g.get1()).genderCode(g.get2()))
              .use(opt(External.dates()))
              .in(Patient.Builder::birthDate)
              .use(rare(flags()))
              .in(Patient.Builder::deceased)
              .use(rare(External.times()))
              .in(Patient.Builder::deceasedAt)
              .use(listOf(Blocks.addresses()))
              .in(Patient.Builder::addresses)
              .use(opt(Blocks.concept(Fixtures.MARITAL_STATUSES)))
              .in(Patient.Builder::maritalStatus)
              .use(rare(Arbitraries.integers().between(1, 3)))
              .in(Patient.Builder::multipleBirthOrder)
              .use(rare(flags()))
              .in(Patient.Builder::multipleBirth)
              .use(opt(Blocks.concept(Fixtures.ETHNIC_CATEGORIES)))
              .in(Patient.Builder::ethnicCategory)
              .use(rare(Blocks.concepts()))
              .in(Patient.Builder::religion)
              .use(sparseListOf(communications()))
              .in(Patient.Builder::communications)
              .use(sparseListOf(patientContacts()))
              .in(Patient.Builder::contacts)
              .use(listOf(Blocks.refs()))
              .in(Patient.Builder::generalPractitioners)
              .use(opt(Blocks.refs()))
              .in(Patient.Builder::managingOrganisation)
              .use(sparseListOf(Blocks.refs()))
              .in(Patient.Builder::links)
              .use(Blocks.extras())
              .in(Patient.Builder::extras)
              .build(Patient.Builder::build);
        });
  }

  /** Qualifications. */
  public static Arbitrary<Qualification> qualifications() {
    return Gen.memo(
        "Actors.qualifications",
        () -> {
          return Combinators.combine(
                  sparseListOf(Blocks.localIdentifiers()),
                  Blocks.concept(Fixtures.ROLES),
                  rare(External.periods()),
                  opt(Blocks.refs()))
              .as(Qualification::new);
        });
  }

  private static Arbitrary<Identifier> staffIdentifiers() {
    return Gen.oneOf(
        List.of(
            Texts.tokens().map(v -> Identifier.of("https://fhir.nhs.uk/Id/sds-user-id", v)),
            Arbitraries.integers()
                .between(1_000_000, 9_999_999)
                .map(v -> Identifier.of("https://fhir.hl7.org.uk/Id/gmc-number", "C" + v)),
            Blocks.localIdentifiers()));
  }

  /** Practitioners. */
  public static Arbitrary<Practitioner> practitioners() {
    return Gen.memo(
        "Actors.practitioners",
        () -> {
          return Builders.withBuilder(Practitioner::builder)
              .use(opt(Texts.ids()))
              .in(Practitioner.Builder::id)
              .use(listOf(staffIdentifiers()))
              .in(Practitioner.Builder::identifiers)
              .use(opt(flags()))
              .in(Practitioner.Builder::active)
              .use(listOf(Blocks.humanNames()))
              .in(Practitioner.Builder::names)
              .use(listOf(Blocks.contactPoints()))
              .in(Practitioner.Builder::telecom)
              .use(sparseListOf(Blocks.addresses()))
              .in(Practitioner.Builder::addresses)
              .use(opt(Arbitraries.of(AdministrativeGender.class)))
              .in(Practitioner.Builder::gender)
              .use(sparseListOf(qualifications()))
              .in(Practitioner.Builder::qualifications)
              .use(Blocks.extras())
              .in(Practitioner.Builder::extras)
              .build(Practitioner.Builder::build);
        });
  }

  /** Practitioner roles. */
  public static Arbitrary<PractitionerRole> practitionerRoles() {
    return Gen.memo(
        "Actors.practitionerRoles",
        () -> {
          return Builders.withBuilder(PractitionerRole::builder)
              .use(opt(Texts.ids()))
              .in(PractitionerRole.Builder::id)
              .use(sparseListOf(staffIdentifiers()))
              .in(PractitionerRole.Builder::identifiers)
              .use(opt(flags()))
              .in(PractitionerRole.Builder::active)
              .use(rare(External.periods()))
              .in(PractitionerRole.Builder::period)
              .use(opt(Blocks.refs()))
              .in(PractitionerRole.Builder::practitioner)
              .use(opt(Blocks.refs()))
              .in(PractitionerRole.Builder::organisation)
              .use(listOf(Blocks.concept(Fixtures.ROLES)))
              .in(PractitionerRole.Builder::codes)
              .use(listOf(Blocks.concept(Fixtures.SPECIALTIES)))
              .in(PractitionerRole.Builder::specialties)
              .use(sparseListOf(Blocks.refs()))
              .in(PractitionerRole.Builder::locations)
              .use(sparseListOf(Blocks.refs()))
              .in(PractitionerRole.Builder::services)
              .use(listOf(Blocks.contactPoints()))
              .in(PractitionerRole.Builder::telecom)
              .use(Blocks.extras())
              .in(PractitionerRole.Builder::extras)
              .build(PractitionerRole.Builder::build);
        });
  }

  /** Organisations with ODS codes. */
  public static Arbitrary<Organisation> organisations() {
    return Gen.memo(
        "Actors.organisations",
        () -> {
          Arbitrary<String> names =
              Gen.choose(
                  List.of(
                      Gen.w(3, Arbitraries.of(Fixtures.ORGANISATION_NAMES)),
                      Gen.w(1, Texts.unicodeText())));
          return Builders.withBuilder(Organisation::builder)
              .use(opt(Texts.ids()))
              .in(Organisation.Builder::id)
              .use(listOf(Blocks.odsIdentifiers()))
              .in(Organisation.Builder::identifiers)
              .use(opt(flags()))
              .in(Organisation.Builder::active)
              .use(
                  sparseListOf(
                      code("http://terminology.hl7.org/CodeSystem/organization-type", "prov")))
              .in(Organisation.Builder::types)
              .use(opt(names))
              .in(Organisation.Builder::name)
              .use(sparseListOf(Texts.text()))
              .in(Organisation.Builder::aliases)
              .use(listOf(Blocks.contactPoints()))
              .in(Organisation.Builder::telecom)
              .use(listOf(Blocks.addresses()))
              .in(Organisation.Builder::addresses)
              .use(rare(Blocks.refs()))
              .in(Organisation.Builder::partOf)
              .use(Blocks.extras())
              .in(Organisation.Builder::extras)
              .build(Organisation.Builder::build);
        });
  }

  /** WGS84 positions in and around the UK, with varied scale. */
  public static Arbitrary<Position> positions() {
    return Gen.memo(
        "Actors.positions",
        () -> {
          return Combinators.combine(
                  Texts.decimals().map(d -> d.movePointLeft(6)),
                  Texts.decimals()
                      .map(d -> d.movePointLeft(5).add(java.math.BigDecimal.valueOf(53))),
                  opt(Texts.decimals()))
              .as(Position::new);
        });
  }

  /** Locations (wards, sites, incident locations). */
  public static Arbitrary<Location> locations() {
    return Gen.memo(
        "Actors.locations",
        () -> {
          return Builders.withBuilder(Location::builder)
              .use(opt(Texts.ids()))
              .in(Location.Builder::id)
              .use(sparseListOf(Blocks.odsIdentifiers()))
              .in(Location.Builder::identifiers)
              .use(opt(Arbitraries.of("active", "suspended", "inactive")))
              .in(Location.Builder::status)
              .use(opt(Texts.text()))
              .in(Location.Builder::name)
              .use(sparseListOf(Texts.text()))
              .in(Location.Builder::aliases)
              .use(rare(Texts.text()))
              .in(Location.Builder::description)
              .use(rare(Arbitraries.of("instance", "kind")))
              .in(Location.Builder::mode)
              .use(
                  sparseListOf(
                      code("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "HOSP", "ER")))
              .in(Location.Builder::types)
              .use(sparseListOf(Blocks.contactPoints()))
              .in(Location.Builder::telecom)
              .use(opt(Blocks.addresses()))
              .in(Location.Builder::address)
              .use(
                  rare(
                      code(
                          "http://terminology.hl7.org/CodeSystem/location-physical-type",
                          "wa",
                          "bu")))
              .in(Location.Builder::physicalType)
              .use(rare(positions()))
              .in(Location.Builder::position)
              .use(opt(Blocks.refs()))
              .in(Location.Builder::managingOrganisation)
              .use(rare(Blocks.refs()))
              .in(Location.Builder::partOf)
              .use(Blocks.extras())
              .in(Location.Builder::extras)
              .build(Location.Builder::build);
        });
  }

  /** Healthcare services (DoS services). */
  public static Arbitrary<HealthcareService> healthcareServices() {
    return Gen.memo(
        "Actors.healthcareServices",
        () -> {
          return Builders.withBuilder(HealthcareService::builder)
              .use(opt(Texts.ids()))
              .in(HealthcareService.Builder::id)
              .use(
                  listOf(
                      Arbitraries.integers()
                          .between(100_000, 999_999_999)
                          .map(
                              v ->
                                  Identifier.of(
                                      "https://fhir.nhs.uk/Id/dos-service-id", String.valueOf(v)))))
              .in(HealthcareService.Builder::identifiers)
              .use(opt(flags()))
              .in(HealthcareService.Builder::active)
              .use(opt(Blocks.refs()))
              .in(HealthcareService.Builder::providedBy)
              .use(sparseListOf(Blocks.concepts()))
              .in(HealthcareService.Builder::categories)
              .use(sparseListOf(Blocks.concepts()))
              .in(HealthcareService.Builder::types)
              .use(listOf(Blocks.concept(Fixtures.SPECIALTIES)))
              .in(HealthcareService.Builder::specialties)
              .use(sparseListOf(Blocks.refs()))
              .in(HealthcareService.Builder::locations)
              .use(opt(Texts.text()))
              .in(HealthcareService.Builder::name)
              .use(rare(Texts.text()))
              .in(HealthcareService.Builder::comment)
              .use(sparseListOf(Blocks.contactPoints()))
              .in(HealthcareService.Builder::telecom)
              .use(sparseListOf(Blocks.refs()))
              .in(HealthcareService.Builder::endpoints)
              .use(Blocks.extras())
              .in(HealthcareService.Builder::extras)
              .build(HealthcareService.Builder::build);
        });
  }

  /** Related persons (carers, parents). */
  public static Arbitrary<RelatedPerson> relatedPersons() {
    return Gen.memo(
        "Actors.relatedPersons",
        () -> {
          return Builders.withBuilder(RelatedPerson::builder)
              .use(opt(Texts.ids()))
              .in(RelatedPerson.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(RelatedPerson.Builder::identifiers)
              .use(opt(flags()))
              .in(RelatedPerson.Builder::active)
              .use(opt(Blocks.refs()))
              .in(RelatedPerson.Builder::patient)
              .use(
                  listOf(
                      code(
                          "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                          "MTH",
                          "FTH",
                          "SPS",
                          "DAU")))
              .in(RelatedPerson.Builder::relationships)
              .use(listOf(Blocks.humanNames()))
              .in(RelatedPerson.Builder::names)
              .use(listOf(Blocks.contactPoints()))
              .in(RelatedPerson.Builder::telecom)
              .use(opt(Arbitraries.of(AdministrativeGender.class)))
              .in(RelatedPerson.Builder::gender)
              .use(opt(External.dates()))
              .in(RelatedPerson.Builder::birthDate)
              .use(sparseListOf(Blocks.addresses()))
              .in(RelatedPerson.Builder::addresses)
              .use(rare(External.periods()))
              .in(RelatedPerson.Builder::period)
              .use(Blocks.extras())
              .in(RelatedPerson.Builder::extras)
              .build(RelatedPerson.Builder::build);
        });
  }

  /** Devices (the sending system, a pacemaker). */
  public static Arbitrary<Device> devices() {
    return Gen.memo(
        "Actors.devices",
        () -> {
          return Builders.withBuilder(Device::builder)
              .use(opt(Texts.ids()))
              .in(Device.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Device.Builder::identifiers)
              .use(opt(Arbitraries.of("active", "inactive", "entered-in-error", "unknown")))
              .in(Device.Builder::status)
              .use(opt(Blocks.concepts()))
              .in(Device.Builder::type)
              .use(opt(Arbitraries.of("TPP", "EMIS Health", "Cerner", "InterSystems")))
              .in(Device.Builder::manufacturer)
              .use(opt(Texts.text()))
              .in(Device.Builder::deviceName)
              .use(rare(Texts.tokens()))
              .in(Device.Builder::modelNumber)
              .use(opt(Arbitraries.of("1.0", "2.3.1", "2024.04")))
              .in(Device.Builder::version)
              .use(rare(Blocks.refs()))
              .in(Device.Builder::owner)
              .use(sparseListOf(Blocks.notes()))
              .in(Device.Builder::notes)
              .use(Blocks.extras())
              .in(Device.Builder::extras)
              .build(Device.Builder::build);
        });
  }
}
