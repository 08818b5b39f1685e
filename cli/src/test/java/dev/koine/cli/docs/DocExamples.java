package dev.koine.cli.docs;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.Message;
import dev.koine.core.message.Payload;
import dev.koine.core.model.Address;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.EncounterLocation;
import dev.koine.core.model.EncounterParticipant;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Location;
import dev.koine.core.model.Note;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Ref;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The examples of {@link dev.koine.core.examples.Examples} with more fields set, so that the
 * generated tables cover more of the model: a fuller patient (telecom, address, ethnic category,
 * managing organisation) in every payload, and per payload type the fields a real message of its
 * family usually has (identifiers, requester, performers, notes, reasons, encounter details). The
 * additions are synthetic; a field the examples set is never changed.
 */
public final class DocExamples {
  private DocExamples() {}

  private static final String PRACTITIONER = "practitioner-1";

  /** The example with the additions for its payload type. */
  public static Message enrich(Message example) {
    Payload p = example.payload();
    Object patient = p instanceof Acknowledgement ? null : component(p, "patient");
    if (patient != null) {
      p = (Payload) with(p, "patient", patient(patient));
    }
    p =
        switch (p.typeName()) {
          case "Referral" -> referral(p);
          case "LabOrder" -> labOrder(p);
          case "LabReport" -> labReport(p);
          case "PatientEvent" -> patientEvent(p);
          case "BookingRequest" -> booking(p);
          default -> p;
        };
    return Message.of(example.envelope(), p);
  }

  private static PartialDateTime at(String fhir) {
    return PartialDateTime.parseFhir(fhir);
  }

  private static Object patient(Object patient) {
    Object p = patient;
    p = with(p, "active", Boolean.TRUE);
    p = with(p, "telecom", List.of(new ContactPoint("phone", "01632 960000", "home", null, null)));
    p =
        with(
            p,
            "addresses",
            List.of(
                new Address(
                    "home",
                    null,
                    null,
                    List.of("1 Demo Street"),
                    "Leeds",
                    null,
                    null,
                    "LS1 4AP",
                    "GB",
                    null)));
    p =
        with(
            p,
            "ethnicCategory",
            Concept.of(CodeSystems.ETHNIC_CATEGORY_ENGLAND, "A", "British, Mixed British"));
    return with(p, "managingOrganisation", Ref.to("org-sender"));
  }

  private static Practitioner practitioner() {
    return Practitioner.builder()
        .id(PRACTITIONER)
        .addIdentifier(Identifier.of("https://fhir.hl7.org.uk/Id/gmc-number", "C1234567"))
        .addName(
            new HumanName("official", null, "Carer", List.of("Sam"), List.of("Dr"), null, null))
        .build();
  }

  private static Object withPractitioner(Object payload) {
    Object related = component(payload, "related");
    Object entities = with(related, "practitioners", List.of(practitioner()));
    return with(payload, "related", entities);
  }

  private static Payload referral(Payload p) {
    Object request = component(p, "request");
    request = with(request, "identifiers", List.of(identifier("referral", "REF0001")));
    request = with(request, "priority", "urgent");
    request =
        with(request, "code", Concept.of(CodeSystems.SNOMED_CT, "3457005", "Patient referral"));
    request = with(request, "requester", Ref.to(PRACTITIONER));
    request = with(request, "reasonCodes", List.of(Concept.text("Chest pain")));
    request = with(request, "occurrence", Value.dateTime(at("2026-11-23T12:00:00+00:00")));
    request = with(request, "notes", List.of(new Note("Walks with a stick", null, null, null)));
    request = with(request, "patientInstruction", "Bring your medication");
    return (Payload) withPractitioner(with(p, "request", request));
  }

  private static Payload labOrder(Payload p) {
    @SuppressWarnings("unchecked")
    List<Object> requests = (List<Object>) component(p, "requests");
    Object request = requests.get(0);
    request = with(request, "identifiers", List.of(identifier("placer-order", "ORD0001")));
    request = with(request, "requisition", identifier("requisition", "REQ0001"));
    request = with(request, "priority", "routine");
    request = with(request, "authoredOn", at("2026-11-23T09:20:00+00:00"));
    request = with(request, "requester", Ref.to(PRACTITIONER));
    request = with(request, "reasonCodes", List.of(Concept.text("Tiredness")));
    request = with(request, "notes", List.of(new Note("Fasting sample", null, null, null)));
    return (Payload) withPractitioner(with(p, "requests", List.of(request)));
  }

  private static Payload labReport(Payload p) {
    @SuppressWarnings("unchecked")
    List<Object> reports = (List<Object>) component(p, "reports");
    Object report = reports.get(0);
    report = with(report, "identifiers", List.of(identifier("lab-report", "LR0001")));
    report =
        with(
            report,
            "categories",
            List.of(
                Concept.of("http://terminology.hl7.org/CodeSystem/v2-0074", "HM", "Hematology")));
    report = with(report, "effective", Value.dateTime(at("2026-11-23T08:00:00+00:00")));
    report = with(report, "performers", List.of(Ref.to("org-sender")));
    report = with(report, "conclusion", "Normal full blood count");
    Object related = component(p, "related");
    @SuppressWarnings("unchecked")
    List<Object> observations = (List<Object>) component(related, "observations");
    Object obs = observations.get(0);
    obs =
        with(
            obs,
            "categories",
            List.of(
                Concept.of(
                    "http://terminology.hl7.org/CodeSystem/observation-category",
                    "laboratory",
                    "Laboratory")));
    obs = with(obs, "effective", Value.dateTime(at("2026-11-23T08:00:00+00:00")));
    obs = with(obs, "issued", at("2026-11-23T10:55:00+00:00"));
    obs = with(obs, "performers", List.of(Ref.to("org-sender")));
    obs =
        with(
            obs,
            "interpretations",
            List.of(Concept.of(CodeSystems.V3_OBSERVATION_INTERPRETATION, "N", "Normal")));
    obs = with(obs, "notes", List.of(new Note("Sample slightly haemolysed", null, null, null)));
    related = with(related, "observations", List.of(obs));
    return (Payload) with(with(p, "reports", List.of(report)), "related", related);
  }

  private static Payload patientEvent(Payload p) {
    Object e = component(p, "encounter");
    e = with(e, "identifiers", List.of(identifier("visit", "V0001")));
    e =
        with(
            e,
            "types",
            List.of(
                Concept.of(CodeSystems.SNOMED_CT, "183452005", "Emergency hospital admission")));
    e =
        with(
            e,
            "participants",
            List.of(
                new EncounterParticipant(
                    List.of(
                        Concept.of(
                            "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                            "ATND",
                            "attender")),
                    null,
                    Ref.to(PRACTITIONER))));
    e = with(e, "period", Period.from(at("2026-11-23T08:15:00+00:00")));
    e = with(e, "reasonCodes", List.of(Concept.text("Chest pain")));
    e =
        with(
            e,
            "admissionSource",
            Concept.of(CodeSystems.SOURCE_OF_ADMISSION_ENGLAND, "19", "Usual place of residence"));
    e =
        with(
            e,
            "locations",
            List.of(new EncounterLocation(Ref.to("location-1"), "active", null, null)));
    p = (Payload) with(p, "encounter", e);
    p = (Payload) with(p, "occurredAt", at("2026-11-23T08:10:00+00:00"));
    p = (Payload) with(p, "operator", Ref.to(PRACTITIONER));
    Object related = component(withPractitioner(p), "related");
    related =
        with(
            related,
            "locations",
            List.of(Location.builder().id("location-1").name("Ward 1").build()));
    return (Payload) with(p, "related", related);
  }

  private static Payload booking(Payload p) {
    Object a = component(p, "appointment");
    a = with(a, "identifiers", List.of(identifier("appointment", "APT0001")));
    a = with(a, "serviceTypes", List.of(Concept.text("Cardiology clinic")));
    a = with(a, "description", "Follow-up appointment");
    a = with(a, "minutesDuration", 15);
    a = with(a, "created", at("2026-11-23T09:20:00+00:00"));
    a = with(a, "comment", "Wheelchair access needed");
    return (Payload) with(p, "appointment", a);
  }

  private static Identifier identifier(String kind, String value) {
    return Identifier.of("https://fhir.example-trust.nhs.uk/Id/" + kind, value);
  }

  /** The value of a record component. */
  static Object component(Object record, String name) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        try {
          return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException(name, e);
        }
      }
    }
    throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
  }

  /** A copy of a record with one component replaced, through the canonical constructor. */
  static Object with(Object record, String name, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    boolean found = false;
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      if (components[i].getName().equals(name)) {
        args[i] = value;
        found = true;
      } else {
        args[i] = component(record, components[i].getName());
      }
    }
    if (!found) {
      throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
    }
    try {
      return record.getClass().getDeclaredConstructor(types).newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          record.getClass().getSimpleName() + "." + name + " refused", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(record.getClass().getName(), e);
    }
  }
}
