package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a message carries besides its payload focus: the actors it names and the clinical
 * content it transfers, each addressable by id from a Ref.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param encounters encounters
 * @param organisations organisations
 * @param practitioners practitioners
 * @param practitionerRoles practitioner roles
 * @param locations locations
 * @param services healthcare services
 * @param relatedPersons related persons
 * @param devices devices
 * @param conditions conditions
 * @param procedures procedures
 * @param medications medication entries
 * @param allergies allergies
 * @param observations observations
 * @param specimens specimens
 * @param diagnosticReports diagnostic reports
 * @param serviceRequests service requests not in the payload focus
 * @param appointments appointments
 * @param slots slots
 * @param carePlans care plans
 * @param consents consents
 * @param flags flags
 * @param documents documents and binaries
 * @param otherPatients further patients (e.g. a mother in a baby record, merge sources)
 * @param others resources Koine has no typed home for, carried verbatim (see {@link
 *     OtherResource}); adapters report each one as an information issue
 */
public record Entities(
    List<Encounter> encounters,
    List<Organisation> organisations,
    List<Practitioner> practitioners,
    List<PractitionerRole> practitionerRoles,
    List<Location> locations,
    List<HealthcareService> services,
    List<RelatedPerson> relatedPersons,
    List<Device> devices,
    List<Condition> conditions,
    List<Procedure> procedures,
    List<MedicationEntry> medications,
    List<Allergy> allergies,
    List<Observation> observations,
    List<Specimen> specimens,
    List<DiagnosticReport> diagnosticReports,
    List<ServiceRequest> serviceRequests,
    List<Appointment> appointments,
    List<Slot> slots,
    List<CarePlan> carePlans,
    List<Consent> consents,
    List<Flag> flags,
    List<DocumentAttachment> documents,
    List<Patient> otherPatients,
    List<OtherResource> others) {
  public Entities {
    encounters = Checks.list(encounters, "encounters");
    organisations = Checks.list(organisations, "organisations");
    practitioners = Checks.list(practitioners, "practitioners");
    practitionerRoles = Checks.list(practitionerRoles, "practitionerRoles");
    locations = Checks.list(locations, "locations");
    services = Checks.list(services, "services");
    relatedPersons = Checks.list(relatedPersons, "relatedPersons");
    devices = Checks.list(devices, "devices");
    conditions = Checks.list(conditions, "conditions");
    procedures = Checks.list(procedures, "procedures");
    medications = Checks.list(medications, "medications");
    allergies = Checks.list(allergies, "allergies");
    observations = Checks.list(observations, "observations");
    specimens = Checks.list(specimens, "specimens");
    diagnosticReports = Checks.list(diagnosticReports, "diagnosticReports");
    serviceRequests = Checks.list(serviceRequests, "serviceRequests");
    appointments = Checks.list(appointments, "appointments");
    slots = Checks.list(slots, "slots");
    carePlans = Checks.list(carePlans, "carePlans");
    consents = Checks.list(consents, "consents");
    flags = Checks.list(flags, "flags");
    documents = Checks.list(documents, "documents");
    otherPatients = Checks.list(otherPatients, "otherPatients");
    others = Checks.list(others, "others");
  }

  private static final Entities EMPTY = builder().build();

  /** No entities. */
  public static Entities empty() {
    return EMPTY;
  }

  /** The number of entities of every kind. */
  public int size() {
    return encounters.size()
        + organisations.size()
        + practitioners.size()
        + practitionerRoles.size()
        + locations.size()
        + services.size()
        + relatedPersons.size()
        + devices.size()
        + conditions.size()
        + procedures.size()
        + medications.size()
        + allergies.size()
        + observations.size()
        + specimens.size()
        + diagnosticReports.size()
        + serviceRequests.size()
        + appointments.size()
        + slots.size()
        + carePlans.size()
        + consents.size()
        + flags.size()
        + documents.size()
        + otherPatients.size()
        + others.size();
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.encounters = new ArrayList<>(encounters);
    b.organisations = new ArrayList<>(organisations);
    b.practitioners = new ArrayList<>(practitioners);
    b.practitionerRoles = new ArrayList<>(practitionerRoles);
    b.locations = new ArrayList<>(locations);
    b.services = new ArrayList<>(services);
    b.relatedPersons = new ArrayList<>(relatedPersons);
    b.devices = new ArrayList<>(devices);
    b.conditions = new ArrayList<>(conditions);
    b.procedures = new ArrayList<>(procedures);
    b.medications = new ArrayList<>(medications);
    b.allergies = new ArrayList<>(allergies);
    b.observations = new ArrayList<>(observations);
    b.specimens = new ArrayList<>(specimens);
    b.diagnosticReports = new ArrayList<>(diagnosticReports);
    b.serviceRequests = new ArrayList<>(serviceRequests);
    b.appointments = new ArrayList<>(appointments);
    b.slots = new ArrayList<>(slots);
    b.carePlans = new ArrayList<>(carePlans);
    b.consents = new ArrayList<>(consents);
    b.flags = new ArrayList<>(flags);
    b.documents = new ArrayList<>(documents);
    b.otherPatients = new ArrayList<>(otherPatients);
    b.others = new ArrayList<>(others);
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Entities[");
    if (!encounters.isEmpty()) {
      s.append("encounters=").append(encounters.size()).append(", ");
    }
    if (!organisations.isEmpty()) {
      s.append("organisations=").append(organisations.size()).append(", ");
    }
    if (!practitioners.isEmpty()) {
      s.append("practitioners=").append(practitioners.size()).append(", ");
    }
    if (!practitionerRoles.isEmpty()) {
      s.append("practitionerRoles=").append(practitionerRoles.size()).append(", ");
    }
    if (!locations.isEmpty()) {
      s.append("locations=").append(locations.size()).append(", ");
    }
    if (!services.isEmpty()) {
      s.append("services=").append(services.size()).append(", ");
    }
    if (!relatedPersons.isEmpty()) {
      s.append("relatedPersons=").append(relatedPersons.size()).append(", ");
    }
    if (!devices.isEmpty()) {
      s.append("devices=").append(devices.size()).append(", ");
    }
    if (!conditions.isEmpty()) {
      s.append("conditions=").append(conditions.size()).append(", ");
    }
    if (!procedures.isEmpty()) {
      s.append("procedures=").append(procedures.size()).append(", ");
    }
    if (!medications.isEmpty()) {
      s.append("medications=").append(medications.size()).append(", ");
    }
    if (!allergies.isEmpty()) {
      s.append("allergies=").append(allergies.size()).append(", ");
    }
    if (!observations.isEmpty()) {
      s.append("observations=").append(observations.size()).append(", ");
    }
    if (!specimens.isEmpty()) {
      s.append("specimens=").append(specimens.size()).append(", ");
    }
    if (!diagnosticReports.isEmpty()) {
      s.append("diagnosticReports=").append(diagnosticReports.size()).append(", ");
    }
    if (!serviceRequests.isEmpty()) {
      s.append("serviceRequests=").append(serviceRequests.size()).append(", ");
    }
    if (!appointments.isEmpty()) {
      s.append("appointments=").append(appointments.size()).append(", ");
    }
    if (!slots.isEmpty()) {
      s.append("slots=").append(slots.size()).append(", ");
    }
    if (!carePlans.isEmpty()) {
      s.append("carePlans=").append(carePlans.size()).append(", ");
    }
    if (!consents.isEmpty()) {
      s.append("consents=").append(consents.size()).append(", ");
    }
    if (!flags.isEmpty()) {
      s.append("flags=").append(flags.size()).append(", ");
    }
    if (!documents.isEmpty()) {
      s.append("documents=").append(documents.size()).append(", ");
    }
    if (!otherPatients.isEmpty()) {
      s.append("otherPatients=").append(otherPatients.size()).append(", ");
    }
    if (!others.isEmpty()) {
      s.append("others=").append(others.size()).append(", ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /** Builds a {@link Entities}; validation happens in the record's constructor. Not thread-safe. */
  public static final class Builder {
    private List<Encounter> encounters = new ArrayList<>();
    private List<Organisation> organisations = new ArrayList<>();
    private List<Practitioner> practitioners = new ArrayList<>();
    private List<PractitionerRole> practitionerRoles = new ArrayList<>();
    private List<Location> locations = new ArrayList<>();
    private List<HealthcareService> services = new ArrayList<>();
    private List<RelatedPerson> relatedPersons = new ArrayList<>();
    private List<Device> devices = new ArrayList<>();
    private List<Condition> conditions = new ArrayList<>();
    private List<Procedure> procedures = new ArrayList<>();
    private List<MedicationEntry> medications = new ArrayList<>();
    private List<Allergy> allergies = new ArrayList<>();
    private List<Observation> observations = new ArrayList<>();
    private List<Specimen> specimens = new ArrayList<>();
    private List<DiagnosticReport> diagnosticReports = new ArrayList<>();
    private List<ServiceRequest> serviceRequests = new ArrayList<>();
    private List<Appointment> appointments = new ArrayList<>();
    private List<Slot> slots = new ArrayList<>();
    private List<CarePlan> carePlans = new ArrayList<>();
    private List<Consent> consents = new ArrayList<>();
    private List<Flag> flags = new ArrayList<>();
    private List<DocumentAttachment> documents = new ArrayList<>();
    private List<Patient> otherPatients = new ArrayList<>();
    private List<OtherResource> others = new ArrayList<>();

    private Builder() {}

    /** Replaces the encounters. */
    public Builder encounters(List<Encounter> values) {
      this.encounters = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the encounters. */
    public Builder addEncounter(Encounter value) {
      this.encounters.add(Checks.notNull(value, "encounters"));
      return this;
    }

    /** Replaces the organisations. */
    public Builder organisations(List<Organisation> values) {
      this.organisations = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the organisations. */
    public Builder addOrganisation(Organisation value) {
      this.organisations.add(Checks.notNull(value, "organisations"));
      return this;
    }

    /** Replaces the practitioners. */
    public Builder practitioners(List<Practitioner> values) {
      this.practitioners = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the practitioners. */
    public Builder addPractitioner(Practitioner value) {
      this.practitioners.add(Checks.notNull(value, "practitioners"));
      return this;
    }

    /** Replaces the practitionerRoles. */
    public Builder practitionerRoles(List<PractitionerRole> values) {
      this.practitionerRoles = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the practitionerRoles. */
    public Builder addPractitionerRole(PractitionerRole value) {
      this.practitionerRoles.add(Checks.notNull(value, "practitionerRoles"));
      return this;
    }

    /** Replaces the locations. */
    public Builder locations(List<Location> values) {
      this.locations = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the locations. */
    public Builder addLocation(Location value) {
      this.locations.add(Checks.notNull(value, "locations"));
      return this;
    }

    /** Replaces the services. */
    public Builder services(List<HealthcareService> values) {
      this.services = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the services. */
    public Builder addService(HealthcareService value) {
      this.services.add(Checks.notNull(value, "services"));
      return this;
    }

    /** Replaces the relatedPersons. */
    public Builder relatedPersons(List<RelatedPerson> values) {
      this.relatedPersons = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the relatedPersons. */
    public Builder addRelatedPerson(RelatedPerson value) {
      this.relatedPersons.add(Checks.notNull(value, "relatedPersons"));
      return this;
    }

    /** Replaces the devices. */
    public Builder devices(List<Device> values) {
      this.devices = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the devices. */
    public Builder addDevice(Device value) {
      this.devices.add(Checks.notNull(value, "devices"));
      return this;
    }

    /** Replaces the conditions. */
    public Builder conditions(List<Condition> values) {
      this.conditions = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the conditions. */
    public Builder addCondition(Condition value) {
      this.conditions.add(Checks.notNull(value, "conditions"));
      return this;
    }

    /** Replaces the procedures. */
    public Builder procedures(List<Procedure> values) {
      this.procedures = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the procedures. */
    public Builder addProcedure(Procedure value) {
      this.procedures.add(Checks.notNull(value, "procedures"));
      return this;
    }

    /** Replaces the medications. */
    public Builder medications(List<MedicationEntry> values) {
      this.medications = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the medications. */
    public Builder addMedication(MedicationEntry value) {
      this.medications.add(Checks.notNull(value, "medications"));
      return this;
    }

    /** Replaces the allergies. */
    public Builder allergies(List<Allergy> values) {
      this.allergies = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the allergies. */
    public Builder addAllergy(Allergy value) {
      this.allergies.add(Checks.notNull(value, "allergies"));
      return this;
    }

    /** Replaces the observations. */
    public Builder observations(List<Observation> values) {
      this.observations = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the observations. */
    public Builder addObservation(Observation value) {
      this.observations.add(Checks.notNull(value, "observations"));
      return this;
    }

    /** Replaces the specimens. */
    public Builder specimens(List<Specimen> values) {
      this.specimens = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the specimens. */
    public Builder addSpecimen(Specimen value) {
      this.specimens.add(Checks.notNull(value, "specimens"));
      return this;
    }

    /** Replaces the diagnosticReports. */
    public Builder diagnosticReports(List<DiagnosticReport> values) {
      this.diagnosticReports = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the diagnosticReports. */
    public Builder addDiagnosticReport(DiagnosticReport value) {
      this.diagnosticReports.add(Checks.notNull(value, "diagnosticReports"));
      return this;
    }

    /** Replaces the serviceRequests. */
    public Builder serviceRequests(List<ServiceRequest> values) {
      this.serviceRequests = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the serviceRequests. */
    public Builder addServiceRequest(ServiceRequest value) {
      this.serviceRequests.add(Checks.notNull(value, "serviceRequests"));
      return this;
    }

    /** Replaces the appointments. */
    public Builder appointments(List<Appointment> values) {
      this.appointments = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the appointments. */
    public Builder addAppointment(Appointment value) {
      this.appointments.add(Checks.notNull(value, "appointments"));
      return this;
    }

    /** Replaces the slots. */
    public Builder slots(List<Slot> values) {
      this.slots = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the slots. */
    public Builder addSlot(Slot value) {
      this.slots.add(Checks.notNull(value, "slots"));
      return this;
    }

    /** Replaces the carePlans. */
    public Builder carePlans(List<CarePlan> values) {
      this.carePlans = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the carePlans. */
    public Builder addCarePlan(CarePlan value) {
      this.carePlans.add(Checks.notNull(value, "carePlans"));
      return this;
    }

    /** Replaces the consents. */
    public Builder consents(List<Consent> values) {
      this.consents = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the consents. */
    public Builder addConsent(Consent value) {
      this.consents.add(Checks.notNull(value, "consents"));
      return this;
    }

    /** Replaces the flags. */
    public Builder flags(List<Flag> values) {
      this.flags = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the flags. */
    public Builder addFlag(Flag value) {
      this.flags.add(Checks.notNull(value, "flags"));
      return this;
    }

    /** Replaces the documents. */
    public Builder documents(List<DocumentAttachment> values) {
      this.documents = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the documents. */
    public Builder addDocument(DocumentAttachment value) {
      this.documents.add(Checks.notNull(value, "documents"));
      return this;
    }

    /** Replaces the otherPatients. */
    public Builder otherPatients(List<Patient> values) {
      this.otherPatients = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the otherPatients. */
    public Builder addOtherPatient(Patient value) {
      this.otherPatients.add(Checks.notNull(value, "otherPatients"));
      return this;
    }

    /** Replaces the others. */
    public Builder others(List<OtherResource> values) {
      this.others = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the others. */
    public Builder addOther(OtherResource value) {
      this.others.add(Checks.notNull(value, "others"));
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public Entities build() {
      return new Entities(
          encounters,
          organisations,
          practitioners,
          practitionerRoles,
          locations,
          services,
          relatedPersons,
          devices,
          conditions,
          procedures,
          medications,
          allergies,
          observations,
          specimens,
          diagnosticReports,
          serviceRequests,
          appointments,
          slots,
          carePlans,
          consents,
          flags,
          documents,
          otherPatients,
          others);
    }
  }
}
