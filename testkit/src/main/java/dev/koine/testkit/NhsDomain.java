package dev.koine.testkit;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.NhsNumber;
import dev.koine.core.id.OdsCode;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.model.Address;
import dev.koine.core.model.Allergy;
import dev.koine.core.model.Appointment;
import dev.koine.core.model.Composition;
import dev.koine.core.model.Condition;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.Entities;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.MedicationEntry;
import dev.koine.core.model.Observation;
import dev.koine.core.model.Organisation;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Procedure;
import dev.koine.core.model.Quantity;
import dev.koine.core.model.ServiceRequest;
import dev.koine.core.model.Specimen;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The NHS jqwik domain: lets a test suite ask for Koine values by type.
 *
 * <pre>{@code
 * @Property
 * @Domain(NhsDomain.class)
 * void referralsSurviveMyPipeline(@ForAll Referral referral, @ForAll NhsNumber nhsNumber) { ... }
 * }</pre>
 *
 * <p>It provides every payload type, {@link Payload}, {@link Message} and {@link Envelope}, the
 * main model types, {@link NhsNumber} (synthetic 9xx range, valid check digit), {@link OdsCode},
 * {@link Identifier}, {@link PartialDateTime} (every precision and offset), {@link Period}, {@link
 * Coding} and {@link Concept} (SNOMED CT, LOINC, UK Core fixture codes). Providers are found by
 * type, so a parameter of a supertype ({@code @ForAll Payload}) draws from every provider of a
 * subtype too. The domain also includes jqwik's global context, so {@code @ForAll int} and the like
 * keep working beside it.
 */
@Domain(DomainContext.Global.class)
public class NhsDomain extends DomainContextBase {

  /** Creates the domain (jqwik instantiates it). */
  public NhsDomain() {}

  // ---------------------------------------------------------------- messages

  @Provide
  Arbitrary<Message> messages() {
    return MessageArbitraries.messages();
  }

  @Provide
  Arbitrary<Envelope> envelopes() {
    return MessageArbitraries.envelopes();
  }

  @Provide
  Arbitrary<Payload> payloads() {
    return MessageArbitraries.payloads();
  }

  @Provide
  Arbitrary<Referral> referrals() {
    return MessageArbitraries.referrals();
  }

  @Provide
  Arbitrary<ReferralResponse> referralResponses() {
    return MessageArbitraries.referralResponses();
  }

  @Provide
  Arbitrary<BookingRequest> bookingRequests() {
    return MessageArbitraries.bookingRequests();
  }

  @Provide
  Arbitrary<CareDocument> careDocuments() {
    return MessageArbitraries.careDocuments();
  }

  @Provide
  Arbitrary<LabOrder> labOrders() {
    return MessageArbitraries.labOrders();
  }

  @Provide
  Arbitrary<LabReport> labReports() {
    return MessageArbitraries.labReports();
  }

  @Provide
  Arbitrary<PatientEvent> patientEvents() {
    return MessageArbitraries.patientEvents();
  }

  @Provide
  Arbitrary<Acknowledgement> acknowledgements() {
    return MessageArbitraries.acknowledgements();
  }

  // ---------------------------------------------------------------- identifiers, codes, time

  @Provide
  Arbitrary<NhsNumber> nhsNumbers() {
    return IdArbitraries.syntheticNhsNumberValues();
  }

  @Provide
  Arbitrary<OdsCode> odsCodes() {
    return IdArbitraries.odsCodes();
  }

  @Provide
  Arbitrary<Identifier> identifiers() {
    return ModelArbitraries.identifiers();
  }

  @Provide
  Arbitrary<PartialDateTime> partialDateTimes() {
    return TimeArbitraries.partialDateTimes();
  }

  @Provide
  Arbitrary<Period> periods() {
    return ModelArbitraries.periods();
  }

  @Provide
  Arbitrary<Coding> codings() {
    return ModelArbitraries.codings();
  }

  @Provide
  Arbitrary<Concept> concepts() {
    return ModelArbitraries.concepts();
  }

  // ---------------------------------------------------------------- model

  @Provide
  Arbitrary<Patient> patients() {
    return ModelArbitraries.patients();
  }

  @Provide
  Arbitrary<HumanName> humanNames() {
    return ModelArbitraries.humanNames();
  }

  @Provide
  Arbitrary<Address> addresses() {
    return ModelArbitraries.addresses();
  }

  @Provide
  Arbitrary<Quantity> quantities() {
    return ModelArbitraries.quantities();
  }

  @Provide
  Arbitrary<Value> values() {
    return ModelArbitraries.values();
  }

  @Provide
  Arbitrary<Practitioner> practitioners() {
    return ModelArbitraries.practitioners();
  }

  @Provide
  Arbitrary<Organisation> organisations() {
    return ModelArbitraries.organisations();
  }

  @Provide
  Arbitrary<Encounter> encounters() {
    return ModelArbitraries.encounters();
  }

  @Provide
  Arbitrary<Condition> conditions() {
    return ModelArbitraries.conditions();
  }

  @Provide
  Arbitrary<Procedure> procedures() {
    return ModelArbitraries.procedures();
  }

  @Provide
  Arbitrary<MedicationEntry> medicationEntries() {
    return ModelArbitraries.medicationEntries();
  }

  @Provide
  Arbitrary<Allergy> allergies() {
    return ModelArbitraries.allergies();
  }

  @Provide
  Arbitrary<Observation> observations() {
    return ModelArbitraries.observations();
  }

  @Provide
  Arbitrary<Specimen> specimens() {
    return ModelArbitraries.specimens();
  }

  @Provide
  Arbitrary<DiagnosticReport> diagnosticReports() {
    return ModelArbitraries.diagnosticReports();
  }

  @Provide
  Arbitrary<ServiceRequest> serviceRequests() {
    return ModelArbitraries.serviceRequests();
  }

  @Provide
  Arbitrary<Appointment> appointments() {
    return ModelArbitraries.appointments();
  }

  @Provide
  Arbitrary<Composition> compositions() {
    return ModelArbitraries.compositions();
  }

  @Provide
  Arbitrary<Entities> entities() {
    return ModelArbitraries.entities();
  }
}
