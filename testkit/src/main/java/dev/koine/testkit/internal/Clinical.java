package dev.koine.testkit.internal;

import static dev.koine.testkit.internal.Actors.code;
import static dev.koine.testkit.internal.Gen.listOf;
import static dev.koine.testkit.internal.Gen.opt;
import static dev.koine.testkit.internal.Gen.rare;
import static dev.koine.testkit.internal.Gen.sparseListOf;

import dev.koine.core.code.Concept;
import dev.koine.core.model.Allergy;
import dev.koine.core.model.Condition;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Dosage;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.EncounterDiagnosis;
import dev.koine.core.model.EncounterLocation;
import dev.koine.core.model.EncounterParticipant;
import dev.koine.core.model.MedicationEntry;
import dev.koine.core.model.MedicationEntryKind;
import dev.koine.core.model.Observation;
import dev.koine.core.model.ObservationComponent;
import dev.koine.core.model.ObservationStatus;
import dev.koine.core.model.Performer;
import dev.koine.core.model.Procedure;
import dev.koine.core.model.Reaction;
import dev.koine.core.model.ReferenceRange;
import dev.koine.core.model.ServiceRequest;
import dev.koine.core.model.Specimen;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for encounters, findings, treatments, results and requests. Not API. */
public final class Clinical {
  private Clinical() {}

  private static final String CONDITION_CLINICAL =
      "http://terminology.hl7.org/CodeSystem/condition-clinical";
  private static final String CONDITION_VERIFICATION =
      "http://terminology.hl7.org/CodeSystem/condition-ver-status";

  /** Encounter participants. */
  public static Arbitrary<EncounterParticipant> encounterParticipants() {
    return Gen.memo(
        "Clinical.encounterParticipants",
        () -> {
          return Combinators.combine(
                  listOf(
                      code(
                          "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                          "ATND",
                          "REF",
                          "CON",
                          "ADM")),
                  rare(External.periods()),
                  opt(Blocks.refs()))
              .as(EncounterParticipant::new);
        });
  }

  /** Encounter diagnoses. */
  public static Arbitrary<EncounterDiagnosis> encounterDiagnoses() {
    return Gen.memo(
        "Clinical.encounterDiagnoses",
        () -> {
          return Combinators.combine(
                  Blocks.refs(),
                  opt(
                      code(
                          "http://terminology.hl7.org/CodeSystem/diagnosis-role",
                          "AD",
                          "DD",
                          "CC")),
                  opt(Arbitraries.integers().between(1, 5)))
              .as(EncounterDiagnosis::new);
        });
  }

  /** Encounter locations. */
  public static Arbitrary<EncounterLocation> encounterLocations() {
    return Gen.memo(
        "Clinical.encounterLocations",
        () -> {
          return Combinators.combine(
                  Blocks.refs(),
                  opt(Arbitraries.of("planned", "active", "reserved", "completed")),
                  rare(Blocks.concepts()),
                  opt(External.periods()))
              .as(EncounterLocation::new);
        });
  }

  /** Encounters with UK Core admission and discharge codes. */
  public static Arbitrary<Encounter> encounters() {
    return Gen.memo(
        "Clinical.encounters",
        () -> {
          return Builders.withBuilder(Encounter::builder)
              .use(opt(Texts.ids()))
              .in(Encounter.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Encounter.Builder::identifiers)
              .use(
                  opt(Arbitraries.of("planned", "arrived", "in-progress", "finished", "cancelled")))
              .in(Encounter.Builder::status)
              .use(opt(Arbitraries.of(Fixtures.ENCOUNTER_CLASSES)))
              .in(Encounter.Builder::encounterClass)
              .use(sparseListOf(Blocks.concepts()))
              .in(Encounter.Builder::types)
              .use(rare(Blocks.concept(Fixtures.SPECIALTIES)))
              .in(Encounter.Builder::serviceType)
              .use(
                  rare(
                      code(
                          "http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EM", "R", "UR")))
              .in(Encounter.Builder::priority)
              .use(opt(Blocks.refs()))
              .in(Encounter.Builder::subject)
              .use(sparseListOf(Blocks.refs()))
              .in(Encounter.Builder::episodesOfCare)
              .use(sparseListOf(Blocks.refs()))
              .in(Encounter.Builder::basedOn)
              .use(sparseListOf(encounterParticipants()))
              .in(Encounter.Builder::participants)
              .use(sparseListOf(Blocks.refs()))
              .in(Encounter.Builder::appointments)
              .use(opt(External.periods()))
              .in(Encounter.Builder::period)
              .use(rare(Blocks.quantities()))
              .in(Encounter.Builder::length)
              .use(sparseListOf(Blocks.concept(Fixtures.CONDITIONS)))
              .in(Encounter.Builder::reasonCodes)
              .use(sparseListOf(Blocks.refs()))
              .in(Encounter.Builder::reasonReferences)
              .use(sparseListOf(encounterDiagnoses()))
              .in(Encounter.Builder::diagnoses)
              .use(rare(Blocks.localIdentifiers()))
              .in(Encounter.Builder::preAdmissionIdentifier)
              .use(opt(Blocks.concept(Fixtures.ADMISSION_METHODS)))
              .in(Encounter.Builder::admissionMethod)
              .use(opt(Blocks.concept(Fixtures.ADMISSION_SOURCES)))
              .in(Encounter.Builder::admissionSource)
              .use(rare(Blocks.refs()))
              .in(Encounter.Builder::origin)
              .use(opt(Blocks.concept(Fixtures.DISCHARGE_METHODS)))
              .in(Encounter.Builder::dischargeMethod)
              .use(opt(Blocks.concept(Fixtures.DISCHARGE_DESTINATIONS)))
              .in(Encounter.Builder::dischargeDestination)
              .use(rare(Blocks.refs()))
              .in(Encounter.Builder::destination)
              .use(sparseListOf(Blocks.concepts()))
              .in(Encounter.Builder::specialArrangements)
              .use(rare(Blocks.concepts()))
              .in(Encounter.Builder::legalStatus)
              .use(sparseListOf(encounterLocations()))
              .in(Encounter.Builder::locations)
              .use(opt(Blocks.refs()))
              .in(Encounter.Builder::serviceProvider)
              .use(rare(Blocks.refs()))
              .in(Encounter.Builder::partOf)
              .use(Blocks.extras())
              .in(Encounter.Builder::extras)
              .build(Encounter.Builder::build);
        });
  }

  /** Conditions (problems, diagnoses). */
  public static Arbitrary<Condition> conditions() {
    return Gen.memo(
        "Clinical.conditions",
        () -> {
          return Builders.withBuilder(Condition::builder)
              .use(opt(Texts.ids()))
              .in(Condition.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Condition.Builder::identifiers)
              .use(opt(code(CONDITION_CLINICAL, "active", "recurrence", "inactive", "resolved")))
              .in(Condition.Builder::clinicalStatus)
              .use(opt(code(CONDITION_VERIFICATION, "confirmed", "provisional", "refuted")))
              .in(Condition.Builder::verificationStatus)
              .use(
                  listOf(
                      code(
                          "http://terminology.hl7.org/CodeSystem/condition-category",
                          "problem-list-item",
                          "encounter-diagnosis")))
              .in(Condition.Builder::categories)
              .use(rare(Blocks.concept(Fixtures.SEVERITIES)))
              .in(Condition.Builder::severity)
              .use(opt(Blocks.concept(Fixtures.CONDITIONS)))
              .in(Condition.Builder::code)
              .use(sparseListOf(Blocks.concept(Fixtures.BODY_SITES)))
              .in(Condition.Builder::bodySites)
              .use(opt(Blocks.refs()))
              .in(Condition.Builder::subject)
              .use(rare(Blocks.refs()))
              .in(Condition.Builder::encounter)
              .use(opt(Values.timing()))
              .in(Condition.Builder::onset)
              .use(rare(Values.timing()))
              .in(Condition.Builder::abatement)
              .use(opt(External.times()))
              .in(Condition.Builder::recordedDate)
              .use(rare(Blocks.refs()))
              .in(Condition.Builder::recorder)
              .use(rare(Blocks.refs()))
              .in(Condition.Builder::asserter)
              .use(rare(Arbitraries.integers().between(1, 5)))
              .in(Condition.Builder::rank)
              .use(sparseListOf(Blocks.notes()))
              .in(Condition.Builder::notes)
              .use(Blocks.extras())
              .in(Condition.Builder::extras)
              .build(Condition.Builder::build);
        });
  }

  /** Performers. */
  public static Arbitrary<Performer> performers() {
    return Gen.memo(
        "Clinical.performers",
        () -> {
          return Combinators.combine(
                  opt(Blocks.concept(Fixtures.ROLES)), Blocks.refs(), rare(Blocks.refs()))
              .as(Performer::new);
        });
  }

  /** Procedures. */
  public static Arbitrary<Procedure> procedures() {
    return Gen.memo(
        "Clinical.procedures",
        () -> {
          return Builders.withBuilder(Procedure::builder)
              .use(opt(Texts.ids()))
              .in(Procedure.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Procedure.Builder::identifiers)
              .use(opt(Arbitraries.of("preparation", "in-progress", "completed", "not-done")))
              .in(Procedure.Builder::status)
              .use(rare(Blocks.concepts()))
              .in(Procedure.Builder::statusReason)
              .use(rare(Blocks.concepts()))
              .in(Procedure.Builder::category)
              .use(opt(Blocks.concept(Fixtures.PROCEDURES)))
              .in(Procedure.Builder::code)
              .use(opt(Blocks.refs()))
              .in(Procedure.Builder::subject)
              .use(rare(Blocks.refs()))
              .in(Procedure.Builder::encounter)
              .use(opt(Values.timing()))
              .in(Procedure.Builder::performed)
              .use(sparseListOf(performers()))
              .in(Procedure.Builder::performers)
              .use(rare(Blocks.refs()))
              .in(Procedure.Builder::location)
              .use(sparseListOf(Blocks.concept(Fixtures.CONDITIONS)))
              .in(Procedure.Builder::reasonCodes)
              .use(sparseListOf(Blocks.concept(Fixtures.BODY_SITES)))
              .in(Procedure.Builder::bodySites)
              .use(rare(Blocks.concepts()))
              .in(Procedure.Builder::outcome)
              .use(sparseListOf(Blocks.concept(Fixtures.CONDITIONS)))
              .in(Procedure.Builder::complications)
              .use(sparseListOf(Blocks.concepts()))
              .in(Procedure.Builder::followUps)
              .use(sparseListOf(Blocks.notes()))
              .in(Procedure.Builder::notes)
              .use(Blocks.extras())
              .in(Procedure.Builder::extras)
              .build(Procedure.Builder::build);
        });
  }

  /** Dosage instructions. */
  public static Arbitrary<Dosage> dosages() {
    return Gen.memo(
        "Clinical.dosages",
        () -> {
          return Combinators.combine(
                  Combinators.combine(
                          rare(Arbitraries.integers().between(1, 4)),
                          opt(Texts.text()),
                          sparseListOf(Blocks.concepts()),
                          rare(Texts.text()),
                          opt(Arbitraries.of("BID", "TID", "QD", "Q4H", "QID")),
                          rare(Arbitraries.of(true, false)))
                      .as(Tuple::of),
                  opt(Blocks.concept(Fixtures.BODY_SITES)),
                  opt(Blocks.concept(Fixtures.ROUTES)),
                  rare(Blocks.concepts()),
                  opt(Blocks.quantities()),
                  rare(Blocks.ranges()),
                  rare(Blocks.ratios()))
              .as(
                  (t, site, route, method, dose, doseRange, max) ->
                      new Dosage(
                          t.get1(), t.get2(), t.get3(), t.get4(), t.get5(), t.get6(), site, route,
                          method, dose, doseRange, max));
        });
  }

  /** Medication statements, requests, dispenses and administrations (dm+d coded). */
  public static Arbitrary<MedicationEntry> medicationEntries() {
    return Gen.memo(
        "Clinical.medicationEntries",
        () -> {
          return Builders.withBuilder(MedicationEntry::builder)
              .use(opt(Texts.ids()))
              .in(MedicationEntry.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(MedicationEntry.Builder::identifiers)
              .use(opt(Arbitraries.of(MedicationEntryKind.class)))
              .in(MedicationEntry.Builder::kind)
              .use(opt(Arbitraries.of("active", "completed", "stopped", "on-hold")))
              .in(MedicationEntry.Builder::status)
              .use(opt(Blocks.concept(Fixtures.MEDICATIONS)))
              .in(MedicationEntry.Builder::medication)
              .use(rare(Blocks.refs()))
              .in(MedicationEntry.Builder::medicationReference)
              .use(opt(Blocks.refs()))
              .in(MedicationEntry.Builder::subject)
              .use(rare(Blocks.refs()))
              .in(MedicationEntry.Builder::encounter)
              .use(opt(Values.timing()))
              .in(MedicationEntry.Builder::effective)
              .use(opt(External.times()))
              .in(MedicationEntry.Builder::dateAsserted)
              .use(rare(Blocks.refs()))
              .in(MedicationEntry.Builder::informationSource)
              .use(listOf(dosages()))
              .in(MedicationEntry.Builder::dosages)
              .use(rare(Blocks.quantities()))
              .in(MedicationEntry.Builder::quantity)
              .use(rare(Blocks.concepts()))
              .in(MedicationEntry.Builder::changeStatus)
              .use(rare(Blocks.concepts()))
              .in(MedicationEntry.Builder::changeReason)
              .use(sparseListOf(Blocks.concept(Fixtures.CONDITIONS)))
              .in(MedicationEntry.Builder::reasonCodes)
              .use(sparseListOf(Blocks.notes()))
              .in(MedicationEntry.Builder::notes)
              .use(Blocks.extras())
              .in(MedicationEntry.Builder::extras)
              .build(MedicationEntry.Builder::build);
        });
  }

  /** Allergy reactions. */
  public static Arbitrary<Reaction> reactions() {
    return Gen.memo(
        "Clinical.reactions",
        () -> {
          return Combinators.combine(
                  rare(Blocks.concept(Fixtures.ALLERGENS)),
                  listOf(Blocks.concept(Fixtures.MANIFESTATIONS)),
                  opt(Texts.text()),
                  rare(External.times()),
                  opt(Arbitraries.of("mild", "moderate", "severe")),
                  rare(Blocks.concept(Fixtures.ROUTES)),
                  sparseListOf(Blocks.notes()))
              .as(Reaction::new);
        });
  }

  /** Allergies and intolerances. */
  public static Arbitrary<Allergy> allergies() {
    return Gen.memo(
        "Clinical.allergies",
        () -> {
          return Builders.withBuilder(Allergy::builder)
              .use(opt(Texts.ids()))
              .in(Allergy.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Allergy.Builder::identifiers)
              .use(
                  opt(
                      code(
                          "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                          "active",
                          "inactive",
                          "resolved")))
              .in(Allergy.Builder::clinicalStatus)
              .use(
                  opt(
                      code(
                          "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                          "confirmed",
                          "unconfirmed")))
              .in(Allergy.Builder::verificationStatus)
              .use(opt(Arbitraries.of("allergy", "intolerance")))
              .in(Allergy.Builder::type)
              .use(listOf(Arbitraries.of("food", "medication", "environment", "biologic")))
              .in(Allergy.Builder::categories)
              .use(opt(Arbitraries.of("low", "high", "unable-to-assess")))
              .in(Allergy.Builder::criticality)
              .use(opt(Blocks.concept(Fixtures.ALLERGENS)))
              .in(Allergy.Builder::code)
              .use(opt(Blocks.refs()))
              .in(Allergy.Builder::patient)
              .use(rare(Blocks.refs()))
              .in(Allergy.Builder::encounter)
              .use(rare(Values.timing()))
              .in(Allergy.Builder::onset)
              .use(opt(External.times()))
              .in(Allergy.Builder::assertedDate)
              .use(rare(Blocks.refs()))
              .in(Allergy.Builder::recorder)
              .use(rare(Blocks.refs()))
              .in(Allergy.Builder::asserter)
              .use(rare(External.times()))
              .in(Allergy.Builder::lastOccurrence)
              .use(sparseListOf(Blocks.notes()))
              .in(Allergy.Builder::notes)
              .use(sparseListOf(reactions()))
              .in(Allergy.Builder::reactions)
              .use(Blocks.extras())
              .in(Allergy.Builder::extras)
              .build(Allergy.Builder::build);
        });
  }

  /** Reference ranges. */
  public static Arbitrary<ReferenceRange> referenceRanges() {
    return Gen.memo(
        "Clinical.referenceRanges",
        () -> {
          return Combinators.combine(
                  opt(Blocks.quantities()),
                  opt(Blocks.quantities()),
                  rare(
                      code(
                          "http://terminology.hl7.org/CodeSystem/referencerange-meaning",
                          "normal",
                          "treatment")),
                  sparseListOf(Blocks.concepts()),
                  rare(Blocks.ranges()),
                  opt(Arbitraries.of("3.5-5.3", "<5.0", "130-170", "Normal")))
              .as(ReferenceRange::new);
        });
  }

  private static Arbitrary<Concept> observationCodes() {
    return Blocks.concept(Fixtures.OBSERVATION_CODES);
  }

  /** Observation components (e.g. systolic and diastolic). */
  public static Arbitrary<ObservationComponent> observationComponents() {
    return Gen.memo(
        "Clinical.observationComponents",
        () -> {
          return Combinators.combine(
                  observationCodes(),
                  opt(Values.results()),
                  rare(Blocks.concepts()),
                  sparseListOf(Blocks.concept(Fixtures.INTERPRETATIONS)),
                  sparseListOf(referenceRanges()))
              .as(ObservationComponent::new);
        });
  }

  /** Observations: results, vital signs, social history. */
  public static Arbitrary<Observation> observations() {
    return Gen.memo(
        "Clinical.observations",
        () -> {
          return Builders.withBuilder(Observation::builder)
              .use(opt(Texts.ids()))
              .in(Observation.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Observation.Builder::identifiers)
              .use(sparseListOf(Blocks.refs()))
              .in(Observation.Builder::basedOn)
              .use(opt(Arbitraries.of(ObservationStatus.class)))
              .in(Observation.Builder::status)
              .use(listOf(Blocks.concept(Fixtures.OBSERVATION_CATEGORIES)))
              .in(Observation.Builder::categories)
              .use(observationCodes())
              .in(Observation.Builder::code)
              .use(opt(Blocks.refs()))
              .in(Observation.Builder::subject)
              .use(rare(Blocks.refs()))
              .in(Observation.Builder::encounter)
              .use(opt(Values.timing()))
              .in(Observation.Builder::effective)
              .use(opt(External.times()))
              .in(Observation.Builder::issued)
              .use(sparseListOf(Blocks.refs()))
              .in(Observation.Builder::performers)
              .use(opt(Values.results()))
              .in(Observation.Builder::value)
              .use(rare(Blocks.concepts()))
              .in(Observation.Builder::dataAbsentReason)
              .use(listOf(Blocks.concept(Fixtures.INTERPRETATIONS)))
              .in(Observation.Builder::interpretations)
              .use(sparseListOf(Blocks.notes()))
              .in(Observation.Builder::notes)
              .use(rare(Blocks.concept(Fixtures.BODY_SITES)))
              .in(Observation.Builder::bodySite)
              .use(rare(Blocks.concepts()))
              .in(Observation.Builder::method)
              .use(rare(Blocks.refs()))
              .in(Observation.Builder::specimen)
              .use(rare(Blocks.refs()))
              .in(Observation.Builder::device)
              .use(listOf(referenceRanges()))
              .in(Observation.Builder::referenceRanges)
              .use(sparseListOf(Blocks.refs()))
              .in(Observation.Builder::hasMembers)
              .use(sparseListOf(Blocks.refs()))
              .in(Observation.Builder::derivedFrom)
              .use(sparseListOf(observationComponents()))
              .in(Observation.Builder::components)
              .use(Blocks.extras())
              .in(Observation.Builder::extras)
              .build(Observation.Builder::build);
        });
  }

  /** Specimens. */
  public static Arbitrary<Specimen> specimens() {
    return Gen.memo(
        "Clinical.specimens",
        () -> {
          return Builders.withBuilder(Specimen::builder)
              .use(opt(Texts.ids()))
              .in(Specimen.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Specimen.Builder::identifiers)
              .use(opt(Blocks.localIdentifiers()))
              .in(Specimen.Builder::accessionIdentifier)
              .use(opt(Arbitraries.of("available", "unavailable", "unsatisfactory")))
              .in(Specimen.Builder::status)
              .use(opt(Blocks.concept(Fixtures.SPECIMEN_TYPES)))
              .in(Specimen.Builder::type)
              .use(opt(Blocks.refs()))
              .in(Specimen.Builder::subject)
              .use(opt(External.times()))
              .in(Specimen.Builder::receivedTime)
              .use(sparseListOf(Blocks.refs()))
              .in(Specimen.Builder::parents)
              .use(sparseListOf(Blocks.refs()))
              .in(Specimen.Builder::requests)
              .use(rare(Blocks.refs()))
              .in(Specimen.Builder::collector)
              .use(opt(Values.timing()))
              .in(Specimen.Builder::collected)
              .use(rare(Blocks.quantities()))
              .in(Specimen.Builder::collectedQuantity)
              .use(rare(Blocks.concepts()))
              .in(Specimen.Builder::collectionMethod)
              .use(rare(Blocks.concept(Fixtures.BODY_SITES)))
              .in(Specimen.Builder::collectionBodySite)
              .use(sparseListOf(Blocks.concepts()))
              .in(Specimen.Builder::conditions)
              .use(sparseListOf(Blocks.notes()))
              .in(Specimen.Builder::notes)
              .use(Blocks.extras())
              .in(Specimen.Builder::extras)
              .build(Specimen.Builder::build);
        });
  }

  /** Diagnostic reports (pathology, radiology). */
  public static Arbitrary<DiagnosticReport> diagnosticReports() {
    return Gen.memo(
        "Clinical.diagnosticReports",
        () -> {
          return Builders.withBuilder(DiagnosticReport::builder)
              .use(opt(Texts.ids()))
              .in(DiagnosticReport.Builder::id)
              .use(listOf(Blocks.localIdentifiers()))
              .in(DiagnosticReport.Builder::identifiers)
              .use(sparseListOf(Blocks.refs()))
              .in(DiagnosticReport.Builder::basedOn)
              .use(opt(Arbitraries.of("registered", "partial", "preliminary", "final", "amended")))
              .in(DiagnosticReport.Builder::status)
              .use(
                  sparseListOf(
                      code(
                          "http://terminology.hl7.org/CodeSystem/v2-0074",
                          "LAB",
                          "HM",
                          "CH",
                          "MB")))
              .in(DiagnosticReport.Builder::categories)
              .use(Blocks.concept(Fixtures.PROCEDURES))
              .in(DiagnosticReport.Builder::code)
              .use(opt(Blocks.refs()))
              .in(DiagnosticReport.Builder::subject)
              .use(rare(Blocks.refs()))
              .in(DiagnosticReport.Builder::encounter)
              .use(opt(Values.timing()))
              .in(DiagnosticReport.Builder::effective)
              .use(opt(External.times()))
              .in(DiagnosticReport.Builder::issued)
              .use(listOf(Blocks.refs()))
              .in(DiagnosticReport.Builder::performers)
              .use(sparseListOf(Blocks.refs()))
              .in(DiagnosticReport.Builder::resultsInterpreters)
              .use(sparseListOf(Blocks.refs()))
              .in(DiagnosticReport.Builder::specimens)
              .use(listOf(Blocks.refs()))
              .in(DiagnosticReport.Builder::results)
              .use(rare(Texts.text()))
              .in(DiagnosticReport.Builder::conclusion)
              .use(sparseListOf(Blocks.concept(Fixtures.CONDITIONS)))
              .in(DiagnosticReport.Builder::conclusionCodes)
              .use(sparseListOf(Blocks.attachments()))
              .in(DiagnosticReport.Builder::presentedForms)
              .use(Blocks.extras())
              .in(DiagnosticReport.Builder::extras)
              .build(DiagnosticReport.Builder::build);
        });
  }

  /** Service requests: referrals (BaRS), lab orders, procedure requests. */
  public static Arbitrary<ServiceRequest> serviceRequests() {
    return Gen.memo(
        "Clinical.serviceRequests",
        () -> {
          return Builders.withBuilder(ServiceRequest::builder)
              .use(opt(Texts.ids()))
              .in(ServiceRequest.Builder::id)
              .use(listOf(Blocks.localIdentifiers()))
              .in(ServiceRequest.Builder::identifiers)
              .use(sparseListOf(Blocks.refs()))
              .in(ServiceRequest.Builder::basedOn)
              .use(sparseListOf(Blocks.refs()))
              .in(ServiceRequest.Builder::replaces)
              .use(rare(Blocks.localIdentifiers()))
              .in(ServiceRequest.Builder::requisition)
              .use(opt(Arbitraries.of("draft", "active", "on-hold", "revoked", "completed")))
              .in(ServiceRequest.Builder::status)
              .use(opt(Arbitraries.of("proposal", "plan", "order", "original-order")))
              .in(ServiceRequest.Builder::intent)
              .use(listOf(Blocks.concept(Fixtures.BARS_USE_CASES)))
              .in(ServiceRequest.Builder::categories)
              .use(opt(Arbitraries.of("routine", "urgent", "asap", "stat")))
              .in(ServiceRequest.Builder::priority)
              .use(rare(Arbitraries.of(true, false)))
              .in(ServiceRequest.Builder::doNotPerform)
              .use(opt(Blocks.concept(Fixtures.PROCEDURES)))
              .in(ServiceRequest.Builder::code)
              .use(sparseListOf(Blocks.concepts()))
              .in(ServiceRequest.Builder::orderDetails)
              .use(opt(Blocks.refs()))
              .in(ServiceRequest.Builder::subject)
              .use(rare(Blocks.refs()))
              .in(ServiceRequest.Builder::encounter)
              .use(rare(Values.timing()))
              .in(ServiceRequest.Builder::occurrence)
              .use(opt(External.times()))
              .in(ServiceRequest.Builder::authoredOn)
              .use(opt(Blocks.refs()))
              .in(ServiceRequest.Builder::requester)
              .use(rare(Blocks.refs()))
              .in(ServiceRequest.Builder::requesterOnBehalfOf)
              .use(rare(Blocks.concept(Fixtures.ROLES)))
              .in(ServiceRequest.Builder::performerType)
              .use(sparseListOf(Blocks.refs()))
              .in(ServiceRequest.Builder::performers)
              .use(sparseListOf(Blocks.refs()))
              .in(ServiceRequest.Builder::locations)
              .use(sparseListOf(Blocks.concept(Fixtures.CONDITIONS)))
              .in(ServiceRequest.Builder::reasonCodes)
              .use(sparseListOf(Blocks.refs()))
              .in(ServiceRequest.Builder::reasonReferences)
              .use(sparseListOf(Blocks.refs()))
              .in(ServiceRequest.Builder::supportingInfo)
              .use(sparseListOf(Blocks.refs()))
              .in(ServiceRequest.Builder::specimens)
              .use(sparseListOf(Blocks.concept(Fixtures.BODY_SITES)))
              .in(ServiceRequest.Builder::bodySites)
              .use(sparseListOf(Blocks.notes()))
              .in(ServiceRequest.Builder::notes)
              .use(rare(Texts.text()))
              .in(ServiceRequest.Builder::patientInstruction)
              .use(Blocks.extras())
              .in(ServiceRequest.Builder::extras)
              .build(ServiceRequest.Builder::build);
        });
  }
}
