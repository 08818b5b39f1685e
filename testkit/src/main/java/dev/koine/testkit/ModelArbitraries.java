package dev.koine.testkit;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.model.Address;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Allergy;
import dev.koine.core.model.Appointment;
import dev.koine.core.model.AppointmentParticipant;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Attester;
import dev.koine.core.model.Bytes;
import dev.koine.core.model.CarePlan;
import dev.koine.core.model.CarePlanActivity;
import dev.koine.core.model.Communication;
import dev.koine.core.model.Composition;
import dev.koine.core.model.Condition;
import dev.koine.core.model.Consent;
import dev.koine.core.model.ConsentPolicy;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.Device;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Dosage;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.EncounterDiagnosis;
import dev.koine.core.model.EncounterLocation;
import dev.koine.core.model.EncounterParticipant;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Flag;
import dev.koine.core.model.HealthcareService;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Location;
import dev.koine.core.model.MedicationEntry;
import dev.koine.core.model.MedicationEntryKind;
import dev.koine.core.model.Meta;
import dev.koine.core.model.Narrative;
import dev.koine.core.model.Note;
import dev.koine.core.model.Observation;
import dev.koine.core.model.ObservationComponent;
import dev.koine.core.model.ObservationStatus;
import dev.koine.core.model.Organisation;
import dev.koine.core.model.OtherResource;
import dev.koine.core.model.Patient;
import dev.koine.core.model.PatientContact;
import dev.koine.core.model.Performer;
import dev.koine.core.model.Position;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.PractitionerRole;
import dev.koine.core.model.Procedure;
import dev.koine.core.model.Qualification;
import dev.koine.core.model.Quantity;
import dev.koine.core.model.Range;
import dev.koine.core.model.Ratio;
import dev.koine.core.model.RawElement;
import dev.koine.core.model.Reaction;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ReferenceRange;
import dev.koine.core.model.RelatedPerson;
import dev.koine.core.model.RelatesTo;
import dev.koine.core.model.Section;
import dev.koine.core.model.ServiceRequest;
import dev.koine.core.model.Slot;
import dev.koine.core.model.Specimen;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import dev.koine.testkit.internal.Actors;
import dev.koine.testkit.internal.Blocks;
import dev.koine.testkit.internal.Care;
import dev.koine.testkit.internal.Clinical;
import dev.koine.testkit.internal.External;
import dev.koine.testkit.internal.Fixtures;
import dev.koine.testkit.internal.Raw;
import dev.koine.testkit.internal.Texts;
import dev.koine.testkit.internal.Values;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for every type of the Koine model ({@code dev.koine.core.model}, plus the
 * codes, identifiers and times it is made of). Message types are in {@link MessageArbitraries}.
 *
 * <p>Every generated value is valid for its constructor. Optional components are absent ({@code
 * null}) about half of the time (costly or rare ones more often) and every list is often empty;
 * lists have at most three elements (nested entity lists at most two) so that generation stays
 * fast. Codes come from small fixture value sets: SNOMED CT concepts seen in NHS example messages
 * (with their displays), LOINC, UCUM units and the UK Core code systems of {@link
 * dev.koine.core.code.CodeSystems}. Patients carry synthetic NHS numbers (the never-issued 9xx
 * range, valid check digit) in {@code https://fhir.nhs.uk/Id/nhs-number}; organisations carry ODS
 * codes. Free-text fields are realistic phrases or arbitrary unicode from many scripts (including
 * characters outside the BMP and the HL7 v2 / XML delimiters), never blank and never padded with
 * whitespace, so values survive every wire format. Date-times are ones that FHIR and HL7 v2 both
 * write exactly (see {@link #partialDateTimes()}).
 *
 * <p>Each method returns one shared, immutable arbitrary (built on first use); generating a whole
 * message costs a few milliseconds.
 */
public final class ModelArbitraries {
  private ModelArbitraries() {}

  // ---------------------------------------------------------------- text, codes, ids, time

  /** Free text: realistic clinical phrases or arbitrary unicode; never blank or padded. */
  public static Arbitrary<String> texts() {
    return Texts.text();
  }

  /** Arbitrary unicode text of many scripts; never blank, never padded with whitespace. */
  public static Arbitrary<String> unicodeTexts() {
    return Texts.unicodeText();
  }

  /** Codings: fixture codes with displays, local codes, display-only codings. */
  public static Arbitrary<Coding> codings() {
    return Blocks.codings();
  }

  /** SNOMED CT codings from a small fixture list of findings, procedures and products. */
  public static Arbitrary<Coding> snomedCodings() {
    List<Coding> all = new ArrayList<>();
    all.addAll(Fixtures.CONDITIONS);
    all.addAll(Fixtures.PROCEDURES);
    all.addAll(Fixtures.MEDICATIONS);
    all.addAll(Fixtures.ALLERGENS);
    all.addAll(Fixtures.PRSB_HEADINGS);
    return Arbitraries.of(all);
  }

  /** Concepts: coded, coded with a local translation beside the standard code, or text only. */
  public static Arbitrary<Concept> concepts() {
    return Blocks.concepts();
  }

  /** Identifiers: NHS numbers, ODS codes and local numbers with every optional part. */
  public static Arbitrary<Identifier> identifiers() {
    return Blocks.identifiers();
  }

  /** NHS number identifiers in the canonical system, with valid synthetic numbers. */
  public static Arbitrary<Identifier> nhsNumberIdentifiers() {
    return Blocks.nhsNumberIdentifiers();
  }

  /** ODS organisation and site code identifiers. */
  public static Arbitrary<Identifier> odsIdentifiers() {
    return Blocks.odsIdentifiers();
  }

  /**
   * Partial date-times as the model generators use them: ones that FHIR and HL7 v2 both carry
   * exactly (year, month or day without an offset; second or fraction with a numeric offset; at
   * most four fraction digits). {@link TimeArbitraries#partialDateTimes()} gives every valid value.
   */
  public static Arbitrary<PartialDateTime> partialDateTimes() {
    return External.times();
  }

  /** Periods with a start, an end or both, of {@link #partialDateTimes()}. */
  public static Arbitrary<Period> periods() {
    return External.periods();
  }

  // ---------------------------------------------------------------- building blocks

  /** Human names. */
  public static Arbitrary<HumanName> humanNames() {
    return Blocks.humanNames();
  }

  /** Postal addresses. */
  public static Arbitrary<Address> addresses() {
    return Blocks.addresses();
  }

  /** Contact points. */
  public static Arbitrary<ContactPoint> contactPoints() {
    return Blocks.contactPoints();
  }

  /** Quantities with decimals of varied scale, trailing zeros kept; mostly UCUM. */
  public static Arbitrary<Quantity> quantities() {
    return Blocks.quantities();
  }

  /** Ranges. */
  public static Arbitrary<Range> ranges() {
    return Blocks.ranges();
  }

  /** Ratios. */
  public static Arbitrary<Ratio> ratios() {
    return Blocks.ratios();
  }

  /** Notes. */
  public static Arbitrary<Note> notes() {
    return Blocks.notes();
  }

  /** XHTML narratives. */
  public static Arbitrary<Narrative> narratives() {
    return Blocks.narratives();
  }

  /** Resource meta. */
  public static Arbitrary<Meta> metas() {
    return Blocks.metas();
  }

  /** References. */
  public static Arbitrary<Ref> refs() {
    return Blocks.refs();
  }

  /** Values of every {@link Value} variant, each about equally likely. */
  public static Arbitrary<Value> values() {
    return Values.values();
  }

  /** {@link Value.Primitive} values of every primitive type, lexically valid for it. */
  public static Arbitrary<Value> primitiveValues() {
    return Values.primitives();
  }

  /** Extensions: simple, and complex with sub-extensions up to two levels deep. */
  public static Arbitrary<Extension> extensions() {
    return Blocks.extensions(2);
  }

  /** Extras: mostly {@link Extras#NONE}; otherwise meta, narrative, language, extensions. */
  public static Arbitrary<Extras> extras() {
    return Blocks.extras();
  }

  /** Attachments. */
  public static Arbitrary<Attachment> attachments() {
    return Blocks.attachments();
  }

  /** Byte sequences. */
  public static Arbitrary<Bytes> bytes() {
    return Blocks.bytes();
  }

  /** Administrative genders. */
  public static Arbitrary<AdministrativeGender> administrativeGenders() {
    return Arbitraries.of(AdministrativeGender.class);
  }

  /** Observation statuses. */
  public static Arbitrary<ObservationStatus> observationStatuses() {
    return Arbitraries.of(ObservationStatus.class);
  }

  /** Medication entry kinds. */
  public static Arbitrary<MedicationEntryKind> medicationEntryKinds() {
    return Arbitraries.of(MedicationEntryKind.class);
  }

  // ---------------------------------------------------------------- components

  /** Appointment participants. */
  public static Arbitrary<AppointmentParticipant> appointmentParticipants() {
    return Care.appointmentParticipants();
  }

  /** Document attesters. */
  public static Arbitrary<Attester> attesters() {
    return Care.attesters();
  }

  /** Care plan activities. */
  public static Arbitrary<CarePlanActivity> carePlanActivities() {
    return Care.carePlanActivities();
  }

  /** Patient languages. */
  public static Arbitrary<Communication> communications() {
    return Actors.communications();
  }

  /** Consent policies. */
  public static Arbitrary<ConsentPolicy> consentPolicies() {
    return Care.consentPolicies();
  }

  /** Dosage instructions. */
  public static Arbitrary<Dosage> dosages() {
    return Clinical.dosages();
  }

  /** Encounter diagnoses. */
  public static Arbitrary<EncounterDiagnosis> encounterDiagnoses() {
    return Clinical.encounterDiagnoses();
  }

  /** Encounter locations. */
  public static Arbitrary<EncounterLocation> encounterLocations() {
    return Clinical.encounterLocations();
  }

  /** Encounter participants. */
  public static Arbitrary<EncounterParticipant> encounterParticipants() {
    return Clinical.encounterParticipants();
  }

  /** Observation components. */
  public static Arbitrary<ObservationComponent> observationComponents() {
    return Clinical.observationComponents();
  }

  /** Patient contacts (next of kin). */
  public static Arbitrary<PatientContact> patientContacts() {
    return Actors.patientContacts();
  }

  /** Performers. */
  public static Arbitrary<Performer> performers() {
    return Clinical.performers();
  }

  /** Positions. */
  public static Arbitrary<Position> positions() {
    return Actors.positions();
  }

  /** Qualifications. */
  public static Arbitrary<Qualification> qualifications() {
    return Actors.qualifications();
  }

  /** Allergy reactions. */
  public static Arbitrary<Reaction> reactions() {
    return Clinical.reactions();
  }

  /** Reference ranges. */
  public static Arbitrary<ReferenceRange> referenceRanges() {
    return Clinical.referenceRanges();
  }

  /** Document relationships. */
  public static Arbitrary<RelatesTo> relatesTo() {
    return Care.relatesTo();
  }

  /** PRSB-headed sections, sub-sections up to two levels below. */
  public static Arbitrary<Section> sections() {
    return Care.sections(2);
  }

  // ---------------------------------------------------------------- entities

  /** Patients: NHS number, names, birth date, gender with its code, UK Core codes. */
  public static Arbitrary<Patient> patients() {
    return Actors.patients();
  }

  /** Practitioners. */
  public static Arbitrary<Practitioner> practitioners() {
    return Actors.practitioners();
  }

  /** Practitioner roles. */
  public static Arbitrary<PractitionerRole> practitionerRoles() {
    return Actors.practitionerRoles();
  }

  /** Organisations with ODS codes. */
  public static Arbitrary<Organisation> organisations() {
    return Actors.organisations();
  }

  /** Locations. */
  public static Arbitrary<Location> locations() {
    return Actors.locations();
  }

  /** Healthcare services. */
  public static Arbitrary<HealthcareService> healthcareServices() {
    return Actors.healthcareServices();
  }

  /** Related persons. */
  public static Arbitrary<RelatedPerson> relatedPersons() {
    return Actors.relatedPersons();
  }

  /** Devices. */
  public static Arbitrary<Device> devices() {
    return Actors.devices();
  }

  /** Encounters. */
  public static Arbitrary<Encounter> encounters() {
    return Clinical.encounters();
  }

  /** Conditions. */
  public static Arbitrary<Condition> conditions() {
    return Clinical.conditions();
  }

  /** Procedures. */
  public static Arbitrary<Procedure> procedures() {
    return Clinical.procedures();
  }

  /** Medication entries. */
  public static Arbitrary<MedicationEntry> medicationEntries() {
    return Clinical.medicationEntries();
  }

  /** Allergies. */
  public static Arbitrary<Allergy> allergies() {
    return Clinical.allergies();
  }

  /** Observations. */
  public static Arbitrary<Observation> observations() {
    return Clinical.observations();
  }

  /** Specimens. */
  public static Arbitrary<Specimen> specimens() {
    return Clinical.specimens();
  }

  /** Diagnostic reports. */
  public static Arbitrary<DiagnosticReport> diagnosticReports() {
    return Clinical.diagnosticReports();
  }

  /** Service requests. */
  public static Arbitrary<ServiceRequest> serviceRequests() {
    return Clinical.serviceRequests();
  }

  /** Appointments. */
  public static Arbitrary<Appointment> appointments() {
    return Care.appointments();
  }

  /** Slots. */
  public static Arbitrary<Slot> slots() {
    return Care.slots();
  }

  /** Care plans. */
  public static Arbitrary<CarePlan> carePlans() {
    return Care.carePlans();
  }

  /** Consents. */
  public static Arbitrary<Consent> consents() {
    return Care.consents();
  }

  /** Flags. */
  public static Arbitrary<Flag> flags() {
    return Care.flags();
  }

  /** Documents and binaries. */
  public static Arbitrary<DocumentAttachment> documentAttachments() {
    return Care.documentAttachments();
  }

  /**
   * PDF attachments shaped as a FHIR Binary carries them (ITK-Attachment-Binary-1): an id and one
   * inline application/pdf content.
   */
  public static Arbitrary<DocumentAttachment> pdfAttachments() {
    return Care.pdfAttachments();
  }

  /** Compositions with PRSB-headed sections. */
  public static Arbitrary<Composition> compositions() {
    return Care.compositions();
  }

  /** Resources carried verbatim (no typed home): real FHIR types with a few primitives. */
  public static Arbitrary<OtherResource> otherResources() {
    return Raw.otherResources();
  }

  /** Verbatim FHIR elements: the resource elements of {@link #otherResources()}. */
  public static Arbitrary<RawElement> rawElements() {
    return Raw.otherResources().map(OtherResource::resource);
  }

  /** Entity sets: each kind present one time in ten (at most two), most often none. */
  public static Arbitrary<Entities> entities() {
    return Care.entities();
  }
}
