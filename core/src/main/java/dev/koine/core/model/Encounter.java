package dev.koine.core.model;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * An encounter: UK Core Encounter / CareConnect-ITK-Encounter-1 / HL7 v2 PV1, PV2 and ZU segments,
 * with the NHS Data Dictionary admission and discharge codes.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param id the entity's id, unique within the message (FHIR resource id / fullUrl, v2 set id);
 *     null if none
 * @param identifiers business identifiers
 * @param status status code (planned, in-progress, finished ...), or null
 * @param encounterClass class (v3 ActCode: IMP, AMB, EMER ...; v2 PV1-2 patient class), or null
 * @param types types
 * @param serviceType service type / treatment function (PV1-10), or null
 * @param priority priority, or null
 * @param subject the patient, or null
 * @param episodesOfCare episodes of care
 * @param basedOn requests this encounter fulfils
 * @param participants participants (attending, referring, consulting: PV1-7/8/9/17)
 * @param appointments appointments
 * @param period actual period (PV1-44/PV1-45), or null
 * @param length length of stay, or null
 * @param reasonCodes reasons
 * @param reasonReferences reason references
 * @param diagnoses diagnoses with role and rank
 * @param preAdmissionIdentifier pre-admission identifier, or null
 * @param admissionMethod admission method (NHS DD AdmissionMethodEngland; PV1-4), or null
 * @param admissionSource source of admission (NHS DD SourceOfAdmissionEngland; PV1-14), or null
 * @param origin where the patient came from, or null
 * @param dischargeMethod discharge method (NHS DD DischargeMethodEngland), or null
 * @param dischargeDestination discharge destination (NHS DD DischargeDestinationEngland;
 *     PV1-36/37), or null
 * @param destination where the patient went, or null
 * @param specialArrangements special arrangements
 * @param legalStatus mental health legal status, or null
 * @param locations locations with status and period (PV1-3, PV1-6 prior location)
 * @param serviceProvider the organisation responsible, or null
 * @param partOf parent encounter, or null
 * @param extras FHIR meta, narrative and extensions with no typed home here; never null
 */
public record Encounter(
    String id,
    List<Identifier> identifiers,
    String status,
    Coding encounterClass,
    List<Concept> types,
    Concept serviceType,
    Concept priority,
    Ref subject,
    List<Ref> episodesOfCare,
    List<Ref> basedOn,
    List<EncounterParticipant> participants,
    List<Ref> appointments,
    Period period,
    Quantity length,
    List<Concept> reasonCodes,
    List<Ref> reasonReferences,
    List<EncounterDiagnosis> diagnoses,
    Identifier preAdmissionIdentifier,
    Concept admissionMethod,
    Concept admissionSource,
    Ref origin,
    Concept dischargeMethod,
    Concept dischargeDestination,
    Ref destination,
    List<Concept> specialArrangements,
    Concept legalStatus,
    List<EncounterLocation> locations,
    Ref serviceProvider,
    Ref partOf,
    Extras extras) {
  public Encounter {
    Checks.optionalText(id, "id");
    identifiers = Checks.list(identifiers, "identifiers");
    Checks.optionalText(status, "status");
    types = Checks.list(types, "types");
    episodesOfCare = Checks.list(episodesOfCare, "episodesOfCare");
    basedOn = Checks.list(basedOn, "basedOn");
    participants = Checks.list(participants, "participants");
    appointments = Checks.list(appointments, "appointments");
    reasonCodes = Checks.list(reasonCodes, "reasonCodes");
    reasonReferences = Checks.list(reasonReferences, "reasonReferences");
    diagnoses = Checks.list(diagnoses, "diagnoses");
    specialArrangements = Checks.list(specialArrangements, "specialArrangements");
    locations = Checks.list(locations, "locations");
    extras = extras == null ? Extras.NONE : extras;
  }

  /** A builder with every list empty and every optional component absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this value's components, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.identifiers = new ArrayList<>(identifiers);
    b.status = status;
    b.encounterClass = encounterClass;
    b.types = new ArrayList<>(types);
    b.serviceType = serviceType;
    b.priority = priority;
    b.subject = subject;
    b.episodesOfCare = new ArrayList<>(episodesOfCare);
    b.basedOn = new ArrayList<>(basedOn);
    b.participants = new ArrayList<>(participants);
    b.appointments = new ArrayList<>(appointments);
    b.period = period;
    b.length = length;
    b.reasonCodes = new ArrayList<>(reasonCodes);
    b.reasonReferences = new ArrayList<>(reasonReferences);
    b.diagnoses = new ArrayList<>(diagnoses);
    b.preAdmissionIdentifier = preAdmissionIdentifier;
    b.admissionMethod = admissionMethod;
    b.admissionSource = admissionSource;
    b.origin = origin;
    b.dischargeMethod = dischargeMethod;
    b.dischargeDestination = dischargeDestination;
    b.destination = destination;
    b.specialArrangements = new ArrayList<>(specialArrangements);
    b.legalStatus = legalStatus;
    b.locations = new ArrayList<>(locations);
    b.serviceProvider = serviceProvider;
    b.partOf = partOf;
    b.extras = extras;
    return b;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Encounter[");
    if (id != null) {
      s.append("id, ");
    }
    if (!identifiers.isEmpty()) {
      s.append("identifiers=").append(identifiers.size()).append(", ");
    }
    if (status != null) {
      s.append("status, ");
    }
    if (encounterClass != null) {
      s.append("encounterClass, ");
    }
    if (!types.isEmpty()) {
      s.append("types=").append(types.size()).append(", ");
    }
    if (serviceType != null) {
      s.append("serviceType, ");
    }
    if (priority != null) {
      s.append("priority, ");
    }
    if (subject != null) {
      s.append("subject, ");
    }
    if (!episodesOfCare.isEmpty()) {
      s.append("episodesOfCare=").append(episodesOfCare.size()).append(", ");
    }
    if (!basedOn.isEmpty()) {
      s.append("basedOn=").append(basedOn.size()).append(", ");
    }
    if (!participants.isEmpty()) {
      s.append("participants=").append(participants.size()).append(", ");
    }
    if (!appointments.isEmpty()) {
      s.append("appointments=").append(appointments.size()).append(", ");
    }
    if (period != null) {
      s.append("period, ");
    }
    if (length != null) {
      s.append("length, ");
    }
    if (!reasonCodes.isEmpty()) {
      s.append("reasonCodes=").append(reasonCodes.size()).append(", ");
    }
    if (!reasonReferences.isEmpty()) {
      s.append("reasonReferences=").append(reasonReferences.size()).append(", ");
    }
    if (!diagnoses.isEmpty()) {
      s.append("diagnoses=").append(diagnoses.size()).append(", ");
    }
    if (preAdmissionIdentifier != null) {
      s.append("preAdmissionIdentifier, ");
    }
    if (admissionMethod != null) {
      s.append("admissionMethod, ");
    }
    if (admissionSource != null) {
      s.append("admissionSource, ");
    }
    if (origin != null) {
      s.append("origin, ");
    }
    if (dischargeMethod != null) {
      s.append("dischargeMethod, ");
    }
    if (dischargeDestination != null) {
      s.append("dischargeDestination, ");
    }
    if (destination != null) {
      s.append("destination, ");
    }
    if (!specialArrangements.isEmpty()) {
      s.append("specialArrangements=").append(specialArrangements.size()).append(", ");
    }
    if (legalStatus != null) {
      s.append("legalStatus, ");
    }
    if (!locations.isEmpty()) {
      s.append("locations=").append(locations.size()).append(", ");
    }
    if (serviceProvider != null) {
      s.append("serviceProvider, ");
    }
    if (partOf != null) {
      s.append("partOf, ");
    }
    if (!extras.isEmpty()) {
      s.append("extras, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  /**
   * Builds a {@link Encounter}; validation happens in the record's constructor. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private List<Identifier> identifiers = new ArrayList<>();
    private String status;
    private Coding encounterClass;
    private List<Concept> types = new ArrayList<>();
    private Concept serviceType;
    private Concept priority;
    private Ref subject;
    private List<Ref> episodesOfCare = new ArrayList<>();
    private List<Ref> basedOn = new ArrayList<>();
    private List<EncounterParticipant> participants = new ArrayList<>();
    private List<Ref> appointments = new ArrayList<>();
    private Period period;
    private Quantity length;
    private List<Concept> reasonCodes = new ArrayList<>();
    private List<Ref> reasonReferences = new ArrayList<>();
    private List<EncounterDiagnosis> diagnoses = new ArrayList<>();
    private Identifier preAdmissionIdentifier;
    private Concept admissionMethod;
    private Concept admissionSource;
    private Ref origin;
    private Concept dischargeMethod;
    private Concept dischargeDestination;
    private Ref destination;
    private List<Concept> specialArrangements = new ArrayList<>();
    private Concept legalStatus;
    private List<EncounterLocation> locations = new ArrayList<>();
    private Ref serviceProvider;
    private Ref partOf;
    private Extras extras = Extras.NONE;

    private Builder() {}

    /** Sets the id. */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** Replaces the identifiers. */
    public Builder identifiers(List<Identifier> values) {
      this.identifiers = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the identifiers. */
    public Builder addIdentifier(Identifier value) {
      this.identifiers.add(Checks.notNull(value, "identifiers"));
      return this;
    }

    /** Sets the status. */
    public Builder status(String value) {
      this.status = value;
      return this;
    }

    /** Sets the encounterClass. */
    public Builder encounterClass(Coding value) {
      this.encounterClass = value;
      return this;
    }

    /** Replaces the types. */
    public Builder types(List<Concept> values) {
      this.types = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the types. */
    public Builder addType(Concept value) {
      this.types.add(Checks.notNull(value, "types"));
      return this;
    }

    /** Sets the serviceType. */
    public Builder serviceType(Concept value) {
      this.serviceType = value;
      return this;
    }

    /** Sets the priority. */
    public Builder priority(Concept value) {
      this.priority = value;
      return this;
    }

    /** Sets the subject. */
    public Builder subject(Ref value) {
      this.subject = value;
      return this;
    }

    /** Replaces the episodesOfCare. */
    public Builder episodesOfCare(List<Ref> values) {
      this.episodesOfCare = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the episodesOfCare. */
    public Builder addEpisodeOfCare(Ref value) {
      this.episodesOfCare.add(Checks.notNull(value, "episodesOfCare"));
      return this;
    }

    /** Replaces the basedOn. */
    public Builder basedOn(List<Ref> values) {
      this.basedOn = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the basedOn. */
    public Builder addBasedOn(Ref value) {
      this.basedOn.add(Checks.notNull(value, "basedOn"));
      return this;
    }

    /** Replaces the participants. */
    public Builder participants(List<EncounterParticipant> values) {
      this.participants = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the participants. */
    public Builder addParticipant(EncounterParticipant value) {
      this.participants.add(Checks.notNull(value, "participants"));
      return this;
    }

    /** Replaces the appointments. */
    public Builder appointments(List<Ref> values) {
      this.appointments = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the appointments. */
    public Builder addAppointment(Ref value) {
      this.appointments.add(Checks.notNull(value, "appointments"));
      return this;
    }

    /** Sets the period. */
    public Builder period(Period value) {
      this.period = value;
      return this;
    }

    /** Sets the length. */
    public Builder length(Quantity value) {
      this.length = value;
      return this;
    }

    /** Replaces the reasonCodes. */
    public Builder reasonCodes(List<Concept> values) {
      this.reasonCodes = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the reasonCodes. */
    public Builder addReasonCode(Concept value) {
      this.reasonCodes.add(Checks.notNull(value, "reasonCodes"));
      return this;
    }

    /** Replaces the reasonReferences. */
    public Builder reasonReferences(List<Ref> values) {
      this.reasonReferences = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the reasonReferences. */
    public Builder addReasonReference(Ref value) {
      this.reasonReferences.add(Checks.notNull(value, "reasonReferences"));
      return this;
    }

    /** Replaces the diagnoses. */
    public Builder diagnoses(List<EncounterDiagnosis> values) {
      this.diagnoses = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the diagnoses. */
    public Builder addDiagnosis(EncounterDiagnosis value) {
      this.diagnoses.add(Checks.notNull(value, "diagnoses"));
      return this;
    }

    /** Sets the preAdmissionIdentifier. */
    public Builder preAdmissionIdentifier(Identifier value) {
      this.preAdmissionIdentifier = value;
      return this;
    }

    /** Sets the admissionMethod. */
    public Builder admissionMethod(Concept value) {
      this.admissionMethod = value;
      return this;
    }

    /** Sets the admissionSource. */
    public Builder admissionSource(Concept value) {
      this.admissionSource = value;
      return this;
    }

    /** Sets the origin. */
    public Builder origin(Ref value) {
      this.origin = value;
      return this;
    }

    /** Sets the dischargeMethod. */
    public Builder dischargeMethod(Concept value) {
      this.dischargeMethod = value;
      return this;
    }

    /** Sets the dischargeDestination. */
    public Builder dischargeDestination(Concept value) {
      this.dischargeDestination = value;
      return this;
    }

    /** Sets the destination. */
    public Builder destination(Ref value) {
      this.destination = value;
      return this;
    }

    /** Replaces the specialArrangements. */
    public Builder specialArrangements(List<Concept> values) {
      this.specialArrangements = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the specialArrangements. */
    public Builder addSpecialArrangement(Concept value) {
      this.specialArrangements.add(Checks.notNull(value, "specialArrangements"));
      return this;
    }

    /** Sets the legalStatus. */
    public Builder legalStatus(Concept value) {
      this.legalStatus = value;
      return this;
    }

    /** Replaces the locations. */
    public Builder locations(List<EncounterLocation> values) {
      this.locations = new ArrayList<>(values);
      return this;
    }

    /** Adds one to the locations. */
    public Builder addLocation(EncounterLocation value) {
      this.locations.add(Checks.notNull(value, "locations"));
      return this;
    }

    /** Sets the serviceProvider. */
    public Builder serviceProvider(Ref value) {
      this.serviceProvider = value;
      return this;
    }

    /** Sets the partOf. */
    public Builder partOf(Ref value) {
      this.partOf = value;
      return this;
    }

    /** Sets the extras. */
    public Builder extras(Extras value) {
      this.extras = value;
      return this;
    }

    /**
     * The value; throws {@link IllegalArgumentException} or {@link NullPointerException} if
     * invalid.
     */
    public Encounter build() {
      return new Encounter(
          id,
          identifiers,
          status,
          encounterClass,
          types,
          serviceType,
          priority,
          subject,
          episodesOfCare,
          basedOn,
          participants,
          appointments,
          period,
          length,
          reasonCodes,
          reasonReferences,
          diagnoses,
          preAdmissionIdentifier,
          admissionMethod,
          admissionSource,
          origin,
          dischargeMethod,
          dischargeDestination,
          destination,
          specialArrangements,
          legalStatus,
          locations,
          serviceProvider,
          partOf,
          extras);
    }
  }
}
