package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.id.NhsNumber;
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
import dev.koine.core.model.Address;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Patient;
import dev.koine.core.model.PatientContact;
import dev.koine.core.model.RelatedPerson;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code toString()} of anything that carries a patient never shows the full NHS number (plain or
 * formatted), a name part, an address line, a phone number or the birth date (FHIR or HL7 v2 form).
 * The patients carry distinctive marker values so that a leak cannot hide.
 */
class PrivacyProperties {

  /** A patient whose identifying values are distinctive markers, and those markers. */
  record Marked(
      Patient patient,
      HumanName name,
      Address address,
      ContactPoint phone,
      Identifier nhsNumber,
      PartialDateTime birthDate) {

    List<String> secrets() {
      List<String> s = new ArrayList<>();
      s.add(nhsNumber.value());
      s.add(NhsNumber.parse(nhsNumber.value()).formatted());
      s.add(name.family());
      s.add(name.text());
      s.addAll(name.given());
      s.addAll(address.lines());
      s.add(phone.value());
      s.add(birthDate.toFhir());
      s.add(birthDate.toV2());
      return s;
    }

    void assertHiddenIn(Object carrier) {
      String text = carrier.toString();
      for (String secret : secrets()) {
        assertThat(text).as(carrier.getClass().getSimpleName()).doesNotContain(secret);
      }
    }

    RelatedPerson relative() {
      return RelatedPerson.builder()
          .names(List.of(name))
          .birthDate(birthDate)
          .addresses(List.of(address))
          .telecom(List.of(phone))
          .identifiers(List.of(nhsNumber))
          .build();
    }
  }

  private static Arbitrary<String> marker(String prefix) {
    return Arbitraries.strings().withCharRange('A', 'Z').ofLength(7).map(s -> prefix + s);
  }

  @Provide
  Arbitrary<Marked> marked() {
    Arbitrary<HumanName> names =
        Combinators.combine(
                marker("Qf"), marker("Qt"), marker("Qg").list().ofMinSize(1).ofMaxSize(3))
            .as(
                (family, text, given) ->
                    new HumanName("official", text, family, given, null, null, null));
    Arbitrary<Address> addresses =
        marker("Ql")
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(
                lines ->
                    new Address("home", null, null, lines, "Leeds", null, null, null, null, null));
    Arbitrary<ContactPoint> phones =
        Arbitraries.integers()
            .between(1_000_000, 9_999_999)
            .map(n -> new ContactPoint("phone", "07700 " + n, "mobile", null, null));
    Arbitrary<Identifier> nhs =
        IdArbitraries.syntheticNhsNumbers().map(IdentifierSystems.NHS_NUMBER::identifier);
    return Combinators.combine(
            ModelArbitraries.patients(), names, addresses, phones, nhs, TimeArbitraries.dates())
        .as(
            (p, name, address, phone, id, birth) -> {
              List<Identifier> ids = new ArrayList<>(p.identifiers());
              ids.removeIf(i -> i.isIn(IdentifierSystems.NHS_NUMBER.fhirUri()));
              ids.add(0, id);
              List<HumanName> allNames = new ArrayList<>(p.names());
              allNames.add(name);
              List<Address> allAddresses = new ArrayList<>(p.addresses());
              allAddresses.add(address);
              Patient patient =
                  p.toBuilder()
                      .identifiers(ids)
                      .names(allNames)
                      .addresses(allAddresses)
                      .addTelecom(phone)
                      .birthDate(birth)
                      .addContact(
                          new PatientContact(
                              null, name, List.of(phone), address, null, null, null, null))
                      .build();
              return new Marked(patient, name, address, phone, id, birth);
            });
  }

  @Provide
  Arbitrary<Payload> payloads() {
    return MessageArbitraries.payloads();
  }

  @Provide
  Arbitrary<Envelope> envelopes() {
    return MessageArbitraries.envelopes();
  }

  /** The payload with the marked patient as its patient (acknowledgements carry none). */
  private static Payload withPatient(Payload payload, Patient patient) {
    return payload.accept(
        new Payload.Visitor<Payload>() {
          @Override
          public Payload referral(Referral p) {
            return p.toBuilder().patient(patient).build();
          }

          @Override
          public Payload referralResponse(ReferralResponse p) {
            return p.toBuilder().patient(patient).build();
          }

          @Override
          public Payload bookingRequest(BookingRequest p) {
            return p.toBuilder().patient(patient).build();
          }

          @Override
          public Payload careDocument(CareDocument p) {
            return p.toBuilder().patient(patient).build();
          }

          @Override
          public Payload labOrder(LabOrder p) {
            return p.toBuilder().patient(patient).build();
          }

          @Override
          public Payload labReport(LabReport p) {
            return p.toBuilder().patient(patient).build();
          }

          @Override
          public Payload patientEvent(PatientEvent p) {
            return p.toBuilder().patient(patient).build();
          }

          @Override
          public Payload acknowledgement(Acknowledgement p) {
            return p;
          }

          @Override
          public Payload otherContent(OtherContent p) {
            return new OtherContent(p.bundleType(), patient, p.content(), p.focus());
          }
        });
  }

  @Property(tries = 300)
  void aPatientsToStringHidesItsIdentity(@ForAll("marked") Marked m) {
    m.assertHiddenIn(m.patient());
    for (HumanName n : m.patient().names()) {
      m.assertHiddenIn(n);
    }
    for (Address a : m.patient().addresses()) {
      m.assertHiddenIn(a);
    }
    for (Identifier i : m.patient().identifiers()) {
      m.assertHiddenIn(i);
    }
    m.assertHiddenIn(m.patient().contacts());
    m.assertHiddenIn(m.phone());
    m.assertHiddenIn(m.birthDate());
    m.assertHiddenIn(Period.from(m.birthDate()));
    m.assertHiddenIn(NhsNumber.parse(m.nhsNumber().value()));
    assertThat(m.patient().toString()).startsWith("Patient[");
  }

  @Property(tries = 200)
  void payloadsAndMessagesHideThePatient(
      @ForAll("marked") Marked m,
      @ForAll("payloads") Payload payload,
      @ForAll("envelopes") Envelope envelope) {
    Payload carrying = withPatient(payload, m.patient());
    m.assertHiddenIn(carrying);
    m.assertHiddenIn(Message.of(envelope, carrying));
    Statistics.collect(carrying.typeName());
  }

  @Property(tries = 200)
  void entitiesHideTheirPatientsAndRelatedPeople(
      @ForAll("marked") Marked m, @ForAll("entities") Entities entities) {
    Entities carrying =
        entities.toBuilder().addOtherPatient(m.patient()).addRelatedPerson(m.relative()).build();
    m.assertHiddenIn(carrying);
    m.assertHiddenIn(m.relative());
  }

  @Property(tries = 300)
  void valuesAndExtensionsHoldingPatientDataHideIt(@ForAll("marked") Marked m) {
    List<Value> values =
        List.of(
            new Value.HumanNameValue(m.name()),
            new Value.AddressValue(m.address()),
            new Value.IdentifierValue(m.nhsNumber()),
            new Value.ContactPointValue(m.phone()),
            Value.dateTime(m.birthDate()),
            new Value.PeriodValue(Period.from(m.birthDate())));
    for (Value v : values) {
      m.assertHiddenIn(v);
      Extension e = Extension.of("https://example.org/x", v);
      m.assertHiddenIn(e);
      m.assertHiddenIn(Extension.complex("https://example.org/c", List.of(e)));
      m.assertHiddenIn(Extras.of(List.of(e)));
    }
  }

  @Provide
  Arbitrary<Entities> entities() {
    return ModelArbitraries.entities();
  }
}
