package dev.koine.fhir.internal.r4;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.codec.Loss;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.model.Appointment;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ServiceRequest;
import dev.koine.fhir.internal.map.BinaryMapper;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.EncounterMapper;
import dev.koine.fhir.internal.map.EntityMapper;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.PatientMapper;
import dev.koine.fhir.internal.stu3.Stu3Document;
import dev.koine.fhir.internal.tree.FhirNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R4 message bundles: the MessageHeader to the envelope, then the payload by its focus. Done: BaRS
 * referral (servicerequest-request, focus ServiceRequest), BaRS booking (focus Appointment, {@link
 * R4Booking}), R4 Acknowledgement Framework replies (MessageHeader.response.code, {@link R4Ack})
 * and NHS England Pathology (event family NHSE_PATHOLOGY: focus DiagnosticReports to LabReport,
 * focus ServiceRequests to LabOrder) and ITK3 document messages converted to R4 (focus a nested
 * document Bundle, {@link CareDocument}). Other messages decode to null (the codec then makes them
 * OtherContent); other payloads are refused on encode with an IllegalArgumentException.
 */
final class R4Messages {
  private static final FhirVersion V = FhirVersion.R4;

  /** The R4 mapper, for the document mapping shared with STU3. */
  private static final R4Mapper MAPPER = new R4Mapper();

  private R4Messages() {}

  static Message decode(Dec d, MessageBundle bundle) {
    if (!"message".equals(bundle.type()) || bundle.entries().isEmpty()) {
      return null;
    }
    MessageBundle.Entry headerEntry = bundle.entries().get(0);
    if (!"MessageHeader".equals(headerEntry.type())) {
      return null;
    }
    Envelope env =
        d.attempt("Bundle.entry[0].resource", () -> R4Header.decode(d, bundle, headerEntry));
    if (env == null) {
      return null;
    }
    if (R4Ack.isAck(headerEntry)) {
      Correlation c = env.correlation();
      Message ack =
          R4Ack.decode(
              d,
              bundle,
              env.toBuilder().correlation(c == null ? null : c.withoutResponseCode()).build(),
              headerEntry);
      if (ack != null) {
        return ack;
      }
    }
    if (env.family() == Family.NHSE_PATHOLOGY) {
      Message lab = pathology(d, bundle, env, headerEntry);
      if (lab != null) {
        return lab;
      }
    }
    if (env.event() != null
        && CodeSystems.BARS_MESSAGE_EVENT.equals(env.event().system())
        && RESPONSE_EVENT.equals(env.event().code())) {
      Message response = referralResponse(d, bundle, env, headerEntry);
      if (response != null) {
        return response;
      }
    }
    MessageBundle.Entry focus = bundle.byId(R4Header.firstFocus(headerEntry.resource()));
    if (focus != null && "Bundle".equals(focus.type())) {
      Message document = document(d, bundle, env, headerEntry, focus);
      if (document != null) {
        return document;
      }
    }
    if (focus != null && "ServiceRequest".equals(focus.type())) {
      return referral(d, bundle, env, headerEntry, focus);
    }
    if (focus != null && "Appointment".equals(focus.type())) {
      return booking(d, bundle, env, headerEntry, focus);
    }
    if (R4PatientEvent.isNotification(env)) {
      return R4PatientEvent.decode(d, bundle, env, headerEntry);
    }
    return null;
  }

  /**
   * An ITK3 document message written in R4 (a converted ITK3 message): the header's single focus is
   * a plain reference to a nested document Bundle, decoded as the STU3 mapping does ({@link
   * Stu3Document#decodeMessage}); null (nothing taken) otherwise.
   */
  private static Message document(
      Dec d,
      MessageBundle bundle,
      Envelope env,
      MessageBundle.Entry header,
      MessageBundle.Entry focus) {
    if (!focusIsExactly(header, focus)) {
      return null;
    }
    CareDocument doc =
        Stu3Document.decodeMessage(d, bundle, env, List.of(Ref.to(focus.id())), MAPPER);
    if (doc == null) {
      return null;
    }
    R4Header.focusIs(d, header.resource(), focus.id());
    return Message.of(env, doc);
  }

  /** Whether the header's focus is exactly one plain reference to {@code focus}. */
  private static boolean focusIsExactly(MessageBundle.Entry header, MessageBundle.Entry focus) {
    List<FhirNode> foci = header.resource().children("focus");
    if (foci.size() != 1 || foci.get(0).children().size() != 1 || focus.id() == null) {
      return false;
    }
    FhirNode ref = foci.get(0).child("reference");
    return ref != null && MessageBundle.referenceTo(focus.id()).equals(ref.value());
  }

  /**
   * BaRS booking-request: the focus Appointment, taken only whole and only when the header's focus
   * is exactly the one reference to it (else the message stays untyped, nothing lost).
   */
  private static Message booking(
      Dec d,
      MessageBundle bundle,
      Envelope env,
      MessageBundle.Entry header,
      MessageBundle.Entry focus) {
    if (!focusIsExactly(header, focus)) {
      return null;
    }
    Appointment appointment =
        R4Booking.takeWhole(
            d, bundle, focus, () -> R4Booking.appointment(d, focus.resource(), focus.id()), null);
    if (appointment == null) {
      return null;
    }
    R4Header.focusIs(d, header.resource(), focus.id());
    Patient patient = patient(d, bundle, null);
    return Message.of(env, new BookingRequest(appointment, patient, related(d, bundle)));
  }

  /** The BaRS event of a reply to a referral or validation request. */
  static final String RESPONSE_EVENT = "servicerequest-response";

  /**
   * BaRS servicerequest-response: at most one ServiceRequest (the request as the receiver updated
   * it, taken whole), the header's focus kept when it names something other than that request (a
   * validation response focuses on the receiver's Encounter). A focus that is not a plain reference
   * to a bundle entry, or several ServiceRequests, leave the message untyped (nothing lost).
   */
  /**
   * The entry a referral response's request is read from: the ServiceRequest the focus names, else
   * the one written first after the header (where Koine writes it when the focus is something
   * else); null if neither, or if it has no id (a request is named by its id).
   */
  private static MessageBundle.Entry requestEntry(
      MessageBundle bundle, MessageBundle.Entry header) {
    MessageBundle.Entry named = bundle.byId(R4Header.firstFocus(header.resource()));
    MessageBundle.Entry candidate = null;
    if (named != null && "ServiceRequest".equals(named.type())) {
      candidate = named;
    } else if (header.resource().child("focus") != null
        && bundle.entries().size() > 1
        && "ServiceRequest".equals(bundle.entries().get(1).type())) {
      candidate = bundle.entries().get(1);
    }
    return candidate == null || candidate.id() == null ? null : candidate;
  }

  private static Message referralResponse(
      Dec d, MessageBundle bundle, Envelope env, MessageBundle.Entry header) {
    MessageBundle.Entry candidate = requestEntry(bundle, header);
    ServiceRequest request = null;
    if (candidate != null) {
      MessageBundle.Entry e = candidate;
      request =
          EntityMapper.take(
              d, bundle, e, () -> R4ServiceRequest.decode(d, e.resource(), e.id()), null);
      if (request == null) {
        return null;
      }
    }
    List<Ref> focus = List.of();
    if (request == null
        || header.resource().children("focus").size() != 1
        || !R4Header.focusIs(d, header.resource(), request.id())) {
      focus = Datatypes.all(d, header.resource(), "focus", Datatypes::ref);
    }
    Patient patient =
        patient(
            d,
            bundle,
            request == null || request.subject() == null ? null : request.subject().target());
    return Message.of(env, new ReferralResponse(request, null, patient, related(d, bundle), focus));
  }

  private static Message referral(
      Dec d,
      MessageBundle bundle,
      Envelope env,
      MessageBundle.Entry header,
      MessageBundle.Entry focus) {
    ServiceRequest request =
        EntityMapper.take(
            d, bundle, focus, () -> R4ServiceRequest.decode(d, focus.resource(), focus.id()), null);
    if (request == null) {
      return null;
    }
    R4Header.focusIs(d, header.resource(), focus.id());
    Patient patient =
        patient(d, bundle, request.subject() == null ? null : request.subject().target());
    Entities related = related(d, bundle);
    return Message.of(env, new Referral(request, patient, related));
  }

  /**
   * NHS England Pathology: the focus DiagnosticReports make a {@link LabReport}, else the focus
   * ServiceRequests make a {@link LabOrder} (the event code alone does not tell: the older SNOMED
   * 371528001 event is used for both).
   */
  private static Message pathology(
      Dec d, MessageBundle bundle, Envelope env, MessageBundle.Entry header) {
    List<MessageBundle.Entry> reports = focusOf(bundle, header, "DiagnosticReport");
    if (!reports.isEmpty()) {
      List<DiagnosticReport> out = new ArrayList<>();
      for (MessageBundle.Entry e : reports) {
        DiagnosticReport r =
            EntityMapper.take(
                d, bundle, e, () -> R4Pathology.report(d, e.resource(), e.id()), out::add);
        if (r != null) {
          R4Header.focusIs(d, header.resource(), e.id());
        }
      }
      if (out.isEmpty()) {
        return null;
      }
      Patient patient =
          patient(d, bundle, out.get(0).subject() == null ? null : out.get(0).subject().target());
      return Message.of(env, new LabReport(out, patient, related(d, bundle)));
    }
    List<MessageBundle.Entry> requests = focusOf(bundle, header, "ServiceRequest");
    List<ServiceRequest> out = new ArrayList<>();
    for (MessageBundle.Entry e : requests) {
      ServiceRequest r =
          EntityMapper.take(
              d, bundle, e, () -> R4ServiceRequest.decode(d, e.resource(), e.id()), out::add);
      if (r != null) {
        R4Header.focusIs(d, header.resource(), e.id());
      }
    }
    if (out.isEmpty()) {
      return null;
    }
    Patient patient =
        patient(d, bundle, out.get(0).subject() == null ? null : out.get(0).subject().target());
    return Message.of(env, new LabOrder(out, patient, related(d, bundle)));
  }

  /** The entries of this type named by the header's focus references, in focus order. */
  private static List<MessageBundle.Entry> focusOf(
      MessageBundle bundle, MessageBundle.Entry header, String type) {
    List<MessageBundle.Entry> out = new ArrayList<>();
    for (FhirNode f : header.resource().children("focus")) {
      FhirNode ref = f.child("reference");
      if (ref == null || ref.value() == null) {
        continue;
      }
      MessageBundle.Entry e = bundle.byId(MessageBundle.targetOf(ref.value()));
      if (e != null && type.equals(e.type()) && !out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The patient entry named by {@code target}, else the first Patient entry; taken. */
  private static Patient patient(Dec d, MessageBundle bundle, String target) {
    MessageBundle.Entry e = bundle.byId(target);
    if (e == null || !"Patient".equals(e.type())) {
      e = bundle.first("Patient");
    }
    if (e == null) {
      return null;
    }
    MessageBundle.Entry entry = e;
    return EntityMapper.take(
        d, bundle, entry, () -> PatientMapper.decode(d, entry.resource(), entry.id()), null);
  }

  /** Every entry not yet taken whose type has a place in {@link Entities}. */
  private static Entities related(Dec d, MessageBundle bundle) {
    Entities.Builder b = Entities.builder();
    relatedInto(d, bundle, b);
    return b.build();
  }

  /**
   * Decodes every untaken entry whose type has a typed place in {@link Entities} into {@code b}.
   */
  static void relatedInto(Dec d, MessageBundle bundle, Entities.Builder b) {
    for (MessageBundle.Entry e : bundle.untaken()) {
      if (!EntityMapper.decodeInto(d, bundle, e, b) && e.type() != null) {
        switch (e.type()) {
          case "ServiceRequest":
            EntityMapper.take(
                d,
                bundle,
                e,
                () -> R4ServiceRequest.decode(d, e.resource(), e.id()),
                b::addServiceRequest);
            break;
          case "Observation":
            EntityMapper.take(
                d,
                bundle,
                e,
                () -> R4Pathology.observation(d, e.resource(), e.id()),
                b::addObservation);
            break;
          case "Specimen":
            EntityMapper.take(
                d, bundle, e, () -> R4Pathology.specimen(d, e.resource(), e.id()), b::addSpecimen);
            break;
          case "Encounter":
            // typed only whole (else carried verbatim): UK Core Encounters in BaRS messages
            R4Booking.takeWhole(
                d,
                bundle,
                e,
                () -> EncounterMapper.decode(d, e.resource(), e.id()),
                b::addEncounter);
            break;
          case "Appointment":
            R4Booking.takeWhole(
                d,
                bundle,
                e,
                () -> R4Booking.appointment(d, e.resource(), e.id()),
                b::addAppointment);
            break;
          case "Slot":
            R4Booking.takeWhole(
                d, bundle, e, () -> R4Booking.slot(d, e.resource(), e.id()), b::addSlot);
            break;
          case "DiagnosticReport":
            EntityMapper.take(
                d,
                bundle,
                e,
                () -> R4Pathology.report(d, e.resource(), e.id()),
                b::addDiagnosticReport);
            break;
          default:
            break;
        }
      }
    }
  }

  static FhirNode encode(Message message, List<Loss> losses) {
    Envelope env = message.envelope();
    if (message.payload() instanceof PatientEvent p) {
      return R4PatientEvent.encode(message, p, losses);
    }
    if (message.payload() instanceof Referral r) {
      return message(
          env,
          List.of(r.request().id()),
          List.of(R4ServiceRequest.encode(r.request())),
          r.patient(),
          r.related(),
          losses);
    }
    if (message.payload() instanceof ReferralResponse r) {
      return referralResponse(env, r, losses);
    }
    if (message.payload() instanceof LabReport r) {
      List<String> focus = new ArrayList<>();
      List<FhirNode> reports = new ArrayList<>();
      r.reports().forEach(x -> focus.add(focusId(x.id())));
      r.reports().forEach(x -> reports.add(R4Pathology.report(x)));
      return message(env, focus, reports, r.patient(), r.related(), losses);
    }
    if (message.payload() instanceof LabOrder r) {
      List<String> focus = new ArrayList<>();
      List<FhirNode> requests = new ArrayList<>();
      r.requests().forEach(x -> focus.add(focusId(x.id())));
      r.requests().forEach(x -> requests.add(R4ServiceRequest.encode(x)));
      return message(env, focus, requests, r.patient(), r.related(), losses);
    }
    if (message.payload() instanceof BookingRequest r) {
      String id = r.appointment().id();
      if (id == null) {
        throw new IllegalArgumentException("a booking's appointment needs an id to be the focus");
      }
      return message(
          env,
          List.of(id),
          List.of(R4Booking.appointment(r.appointment())),
          r.patient(),
          r.related(),
          losses);
    }
    if (message.payload() instanceof Acknowledgement a) {
      List<FhirNode> resources = new ArrayList<>();
      R4Ack.encode(env, a, resources, losses);
      return MessageBundle.write("message", R4Header.bundleInfo(env), resources, V);
    }
    if (message.payload() instanceof CareDocument doc) {
      // an ITK3 document message (ITK003D..ITK007C) converted to R4: the same nesting
      if (!doc.kind().itkEvent().equals(Optional.of(env.event().code()))) {
        losses.add(new Loss("CareDocument.kind", "the ITK3 event names the document kind"));
      }
      return messageWithFocus(
          env,
          List.of(Stu3Document.focus(env, doc)),
          List.of(Stu3Document.encodeInner(env, doc, MAPPER, losses)),
          null,
          Entities.empty(),
          losses);
    }
    throw new IllegalArgumentException(
        "FHIR R4 encoding of this payload is not available yet: " + message.payload());
  }

  /**
   * A message Bundle: the MessageHeader of {@code env} naming {@code focus}, the payload's own
   * resources, the patient (if any), then the related entities.
   */
  static FhirNode message(
      Envelope env,
      List<String> focus,
      List<FhirNode> payload,
      Patient patient,
      Entities related,
      List<Loss> losses) {
    List<Ref> refs = new ArrayList<>();
    focus.forEach(f -> refs.add(Ref.to(f)));
    return messageWithFocus(env, refs, payload, patient, related, losses);
  }

  /** {@link #message} with focus references written whole (type, identifier, display). */
  static FhirNode messageWithFocus(
      Envelope env,
      List<Ref> focus,
      List<FhirNode> payload,
      Patient patient,
      Entities related,
      List<Loss> losses) {
    List<FhirNode> resources = new ArrayList<>();
    resources.add(R4Header.encodeWithFocus(env, focus, null, losses));
    resources.addAll(payload);
    if (patient != null) {
      resources.add(PatientMapper.encode(patient, V, losses));
    }
    related(related, resources, losses);
    return MessageBundle.write("message", R4Header.bundleInfo(env), resources, V);
  }

  private static FhirNode referralResponse(Envelope env, ReferralResponse r, List<Loss> losses) {
    if (r.outcome() != null) {
      losses.add(
          new Loss(
              "ReferralResponse.outcome",
              "no R4 BaRS element (the outcome travels in a related CarePlan or Task)"));
    }
    List<Ref> focus = r.focus();
    if (focus.isEmpty() && r.request() != null) {
      if (r.request().id() == null) {
        throw new IllegalArgumentException(
            "a referral response's request needs an id to be the focus");
      }
      focus = List.of(Ref.to(r.request().id()));
    }
    FhirNode written =
        messageWithFocus(
            env,
            focus,
            r.request() == null ? List.of() : List.of(R4ServiceRequest.encode(r.request())),
            r.patient(),
            r.related(),
            losses);
    if (r.request() == null) {
      // the wire form cannot tell a related ServiceRequest in the request's place from the request
      MessageBundle back = MessageBundle.of(written);
      if (requestEntry(back, back.entries().get(0)) != null) {
        losses.add(
            new Loss(
                "ReferralResponse.related.serviceRequests",
                "with no request, the ServiceRequest the focus names or written first after the"
                    + " header is read back as the request"));
      }
    }
    return written;
  }

  /** A focus target: a payload resource without an id cannot be the focus. */
  private static String focusId(String id) {
    if (id == null) {
      throw new IllegalArgumentException("a pathology focus resource needs an id");
    }
    return id;
  }

  /**
   * The components of {@link Entities} that {@link #related} writes; every other one is checked by
   * {@link #hasUnmapped}, which refuses to load when the two disagree (a component added to the
   * model must be placed in one or the other).
   */
  private static final Set<String> WRITTEN =
      Set.of(
          "otherPatients",
          "organisations",
          "practitioners",
          "practitionerRoles",
          "locations",
          "services",
          "relatedPersons",
          "devices",
          "serviceRequests",
          "observations",
          "specimens",
          "diagnosticReports",
          "appointments",
          "slots",
          "encounters",
          "documents",
          "others");

  private static final Set<String> UNMAPPED =
      Set.of(
          "conditions", "procedures", "medications", "allergies", "carePlans", "consents", "flags");

  static {
    Set<String> all = new HashSet<>();
    for (RecordComponent c : Entities.class.getRecordComponents()) {
      all.add(c.getName());
    }
    Set<String> placed = new HashSet<>(WRITTEN);
    placed.addAll(UNMAPPED);
    if (!all.equals(placed)) {
      throw new IllegalStateException(
          "R4Messages.related does not place every component of Entities: " + all);
    }
  }

  /**
   * Whether the entities hold any type R4 messages do not write ({@link #UNMAPPED}): read directly,
   * where a copy of the entities with every written list emptied, compared with the empty entities,
   * was a sixth of writing the related resources.
   */
  private static boolean hasUnmapped(Entities x) {
    return !x.conditions().isEmpty()
        || !x.procedures().isEmpty()
        || !x.medications().isEmpty()
        || !x.allergies().isEmpty()
        || !x.carePlans().isEmpty()
        || !x.consents().isEmpty()
        || !x.flags().isEmpty();
  }

  static void related(Entities x, List<FhirNode> out, List<Loss> losses) {
    x.documents().forEach(a -> out.add(BinaryMapper.encode(a, V, losses)));
    EntityMapper.encode(x, V, out, losses);
    x.serviceRequests().forEach(s -> out.add(R4ServiceRequest.encode(s)));
    x.observations().forEach(o -> out.add(R4Pathology.observation(o)));
    x.specimens().forEach(o -> out.add(R4Pathology.specimen(o)));
    x.diagnosticReports().forEach(o -> out.add(R4Pathology.report(o)));
    x.appointments().forEach(o -> out.add(R4Booking.appointment(o)));
    x.slots().forEach(o -> out.add(R4Booking.slot(o)));
    x.encounters().forEach(o -> out.add(EncounterMapper.encode(o, V, losses)));
    if (hasUnmapped(x)) {
      losses.add(new Loss("Message.payload.related", "entity types not mapped to R4 yet"));
    }
  }
}
