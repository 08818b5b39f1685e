package dev.koine.fhir.internal.stu3;

import static dev.koine.fhir.internal.map.Datatypes.all;
import static dev.koine.fhir.internal.map.Datatypes.one;

import dev.koine.core.code.Concept;
import dev.koine.core.codec.Loss;
import dev.koine.core.message.LabReport;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Note;
import dev.koine.core.model.Observation;
import dev.koine.core.model.ObservationStatus;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ReferenceRange;
import dev.koine.core.model.ServiceRequest;
import dev.koine.core.model.Specimen;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.Enc;
import dev.koine.fhir.internal.map.EntityMapper;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.PatientMapper;
import dev.koine.fhir.internal.map.Values;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ITK National Pathology (ITK012M) results: the DiagnosticReports of the message are the {@link
 * LabReport} reports, the first Patient is its patient, and Observations, Specimens,
 * ProcedureRequests (as ServiceRequests) and the shared actors are its related entities. STU3
 * differences: DiagnosticReport {@code category} and Observation {@code interpretation} hold one
 * concept, {@code DiagnosticReport.performer} is a block whose {@code actor} is the performer,
 * Observation {@code comment} is one text-only note, {@code related} of type {@code has-member} /
 * {@code derived-from} are the hasMembers / derivedFrom, and the ProcedureRequest {@code
 * requester.agent} / {@code requester.onBehalfOf} are the requester / requesterOnBehalfOf.
 */
final class Stu3Lab {
  private static final FhirVersion V = FhirVersion.STU3;

  private Stu3Lab() {}

  /** Decodes the payload of an ITK012M message, or null when it has no DiagnosticReport. */
  static LabReport decode(Dec d, MessageBundle b) {
    List<DiagnosticReport> reports = new ArrayList<>();
    Entities.Builder related = Entities.builder();
    Patient patient = null;
    for (MessageBundle.Entry e : b.entries()) {
      if (b.isTaken(e) || e.type() == null) {
        continue;
      }
      FhirNode r = e.resource();
      String id = e.id();
      if ("DiagnosticReport".equals(e.type())) {
        EntityMapper.take(d, b, e, () -> report(d, r, id), reports::add);
      } else if ("Patient".equals(e.type()) && patient == null) {
        patient = EntityMapper.take(d, b, e, () -> PatientMapper.decode(d, r, id), null);
      } else {
        entityInto(d, b, e, related);
      }
    }
    if (reports.isEmpty()) {
      return null;
    }
    Patient p = patient;
    return d.attempt("Bundle", () -> new LabReport(reports, p, related.build()));
  }

  /**
   * Decodes one entry of a type STU3 maps to a typed entity into {@code out}: DiagnosticReport,
   * Observation, Specimen, ProcedureRequest, else the shared actor types of {@link EntityMapper}.
   */
  static void entityInto(Dec d, MessageBundle b, MessageBundle.Entry e, Entities.Builder out) {
    FhirNode r = e.resource();
    String id = e.id();
    switch (e.type()) {
      case "DiagnosticReport":
        EntityMapper.take(d, b, e, () -> report(d, r, id), out::addDiagnosticReport);
        break;
      case "Observation":
        EntityMapper.take(d, b, e, () -> observation(d, r, id), out::addObservation);
        break;
      case "Specimen":
        EntityMapper.take(d, b, e, () -> specimen(d, r, id), out::addSpecimen);
        break;
      case "ProcedureRequest":
        EntityMapper.take(d, b, e, () -> request(d, r, id), out::addServiceRequest);
        break;
      default:
        EntityMapper.decodeInto(d, b, e, out);
        break;
    }
  }

  /** Encodes the payload resources of a lab report. */
  static List<FhirNode> encode(LabReport l, List<Loss> losses) {
    List<FhirNode> out = new ArrayList<>();
    for (DiagnosticReport r : l.reports()) {
      out.add(report(r, losses));
    }
    if (l.patient() != null) {
      out.add(PatientMapper.encode(l.patient(), V, losses));
    }
    Entities x = l.related();
    x.observations().forEach(o -> out.add(observation(o, losses)));
    x.specimens().forEach(s -> out.add(specimen(s, losses)));
    x.serviceRequests().forEach(s -> out.add(request(s, losses)));
    EntityMapper.encode(x, V, out, losses);
    int other =
        x.size()
            - x.observations().size()
            - x.specimens().size()
            - x.serviceRequests().size()
            - x.otherPatients().size()
            - x.organisations().size()
            - x.practitioners().size()
            - x.practitionerRoles().size()
            - x.locations().size()
            - x.services().size()
            - x.relatedPersons().size()
            - x.devices().size()
            - x.others().size();
    if (other > 0) {
      losses.add(new Loss("LabReport.related", "entities with no ITK012M place"));
    }
    return out;
  }

  // ---- DiagnosticReport

  static DiagnosticReport report(Dec d, FhirNode r, String id) {
    List<Ref> performers = new ArrayList<>();
    for (FhirNode p : r.children("performer")) {
      if (p.child("role") == null && p.child("actor") != null) {
        Ref actor = one(d, p, "actor", Datatypes::ref);
        if (actor != null) {
          d.mark(p);
          performers.add(actor);
        }
      }
    }
    return new DiagnosticReport(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        all(d, r, "basedOn", Datatypes::ref),
        d.str(r, "status"),
        all(d, r, "category", Datatypes::concept),
        one(d, r, "code", Datatypes::concept),
        one(d, r, "subject", Datatypes::ref),
        null,
        Values.choice(d, r, "effective"),
        d.time(r, "issued"),
        performers,
        List.of(),
        all(d, r, "specimen", Datatypes::ref),
        all(d, r, "result", Datatypes::ref),
        d.str(r, "conclusion"),
        all(d, r, "codedDiagnosis", Datatypes::concept),
        all(d, r, "presentedForm", Datatypes::attachment),
        Values.extras(d, r, Set.of()));
  }

  static FhirNode report(DiagnosticReport r, List<Loss> losses) {
    Enc e = Enc.resource("resource", "DiagnosticReport").str("id", r.id());
    Values.extras(e, r.extras(), V);
    if (r.categories().size() > 1) {
      losses.add(new Loss("DiagnosticReport.categories", "STU3 has one category"));
    }
    lose(losses, "DiagnosticReport.encounter", r.encounter() != null);
    lose(losses, "DiagnosticReport.resultsInterpreters", !r.resultsInterpreters().isEmpty());
    return e.each(r.identifiers(), i -> Datatypes.identifier("identifier", i))
        .nodes(Datatypes.refs("basedOn", r.basedOn(), V))
        .str("status", r.status())
        .node(Datatypes.concept("category", first(r.categories())))
        .node(Datatypes.concept("code", r.code()))
        .node(Datatypes.ref("subject", r.subject(), V))
        .node(Values.choice("effective", r.effective(), V))
        .instant("issued", r.issued())
        .each(
            r.performers(),
            p -> Enc.element("performer").node(Datatypes.ref("actor", p, V)).build())
        .nodes(Datatypes.refs("specimen", r.specimens(), V))
        .nodes(Datatypes.refs("result", r.results(), V))
        .str("conclusion", r.conclusion())
        .nodes(Datatypes.concepts("codedDiagnosis", r.conclusionCodes()))
        .each(r.presentedForms(), a -> Datatypes.attachment("presentedForm", a))
        .build();
  }

  // ---- Observation

  static Observation observation(Dec d, FhirNode r, String id) {
    FhirNode st = r.child("status");
    ObservationStatus status = null;
    if (st != null && st.value() != null) {
      status = ObservationStatus.fromFhir(st.value()).orElse(null);
      if (status != null) {
        d.mark(st);
      }
    }
    List<Note> notes = new ArrayList<>();
    String comment = d.str(r, "comment");
    if (comment != null) {
      notes.add(new Note(comment, null, null, null));
    }
    List<Ref> members = new ArrayList<>();
    List<Ref> derived = new ArrayList<>();
    for (FhirNode rel : r.children("related")) {
      FhirNode type = rel.child("type");
      String t = type == null ? null : type.value();
      List<Ref> sink = "has-member".equals(t) ? members : "derived-from".equals(t) ? derived : null;
      if (sink == null || rel.child("target") == null) {
        continue;
      }
      Ref target = one(d, rel, "target", Datatypes::ref);
      if (target != null) {
        d.mark(type);
        d.mark(rel);
        sink.add(target);
      }
    }
    return new Observation(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        all(d, r, "basedOn", Datatypes::ref),
        status,
        all(d, r, "category", Datatypes::concept),
        one(d, r, "code", Datatypes::concept),
        one(d, r, "subject", Datatypes::ref),
        null,
        Values.choice(d, r, "effective"),
        d.time(r, "issued"),
        all(d, r, "performer", Datatypes::ref),
        Values.choice(d, r, "value"),
        one(d, r, "dataAbsentReason", Datatypes::concept),
        all(d, r, "interpretation", Datatypes::concept),
        notes,
        one(d, r, "bodySite", Datatypes::concept),
        one(d, r, "method", Datatypes::concept),
        one(d, r, "specimen", Datatypes::ref),
        one(d, r, "device", Datatypes::ref),
        all(d, r, "referenceRange", Stu3Lab::range),
        members,
        derived,
        List.of(),
        Values.extras(d, r, Set.of()));
  }

  private static ReferenceRange range(Dec d, FhirNode n) {
    return d.attempt(
        "Observation.referenceRange",
        () -> {
          ReferenceRange x =
              new ReferenceRange(
                  one(d, n, "low", Datatypes::quantity),
                  one(d, n, "high", Datatypes::quantity),
                  one(d, n, "type", Datatypes::concept),
                  all(d, n, "appliesTo", Datatypes::concept),
                  one(d, n, "age", Datatypes::range),
                  d.str(n, "text"));
          d.mark(n);
          return x;
        });
  }

  static FhirNode observation(Observation o, List<Loss> losses) {
    Enc e = Enc.resource("resource", "Observation").str("id", o.id());
    Values.extras(e, o.extras(), V);
    lose(losses, "Observation.encounter", o.encounter() != null);
    lose(losses, "Observation.interpretations", o.interpretations().size() > 1);
    lose(losses, "Observation.components", !o.components().isEmpty());
    String comment = null;
    if (!o.notes().isEmpty()) {
      Note n = o.notes().get(0);
      if (o.notes().size() == 1
          && n.authorName() == null
          && n.author() == null
          && n.time() == null) {
        comment = n.text();
      } else {
        losses.add(new Loss("Observation.notes", "STU3 has one text-only comment"));
      }
    }
    List<FhirNode> related = new ArrayList<>();
    for (Ref m : o.hasMembers()) {
      related.add(related("has-member", m));
    }
    for (Ref m : o.derivedFrom()) {
      related.add(related("derived-from", m));
    }
    return e.each(o.identifiers(), i -> Datatypes.identifier("identifier", i))
        .nodes(Datatypes.refs("basedOn", o.basedOn(), V))
        .str("status", o.status() == null ? null : o.status().fhirCode())
        .nodes(Datatypes.concepts("category", o.categories()))
        .node(Datatypes.concept("code", o.code()))
        .node(Datatypes.ref("subject", o.subject(), V))
        .node(Values.choice("effective", o.effective(), V))
        .instant("issued", o.issued())
        .nodes(Datatypes.refs("performer", o.performers(), V))
        .node(Values.choice("value", o.value(), V))
        .node(Datatypes.concept("dataAbsentReason", o.dataAbsentReason()))
        .node(Datatypes.concept("interpretation", first(o.interpretations())))
        .str("comment", comment)
        .node(Datatypes.concept("bodySite", o.bodySite()))
        .node(Datatypes.concept("method", o.method()))
        .node(Datatypes.ref("specimen", o.specimen(), V))
        .node(Datatypes.ref("device", o.device(), V))
        .each(
            o.referenceRanges(),
            x ->
                Enc.element("referenceRange")
                    .node(Datatypes.quantity("low", x.low()))
                    .node(Datatypes.quantity("high", x.high()))
                    .node(Datatypes.concept("type", x.type()))
                    .nodes(Datatypes.concepts("appliesTo", x.appliesTo()))
                    .node(Datatypes.range("age", x.age()))
                    .str("text", x.text())
                    .build())
        .nodes(related)
        .build();
  }

  private static FhirNode related(String type, Ref target) {
    return Enc.element("related")
        .str("type", type)
        .node(Datatypes.ref("target", target, V))
        .build();
  }

  // ---- Specimen

  static Specimen specimen(Dec d, FhirNode r, String id) {
    FhirNode c = r.child("collection");
    Ref collector = null;
    dev.koine.core.model.Value collected = null;
    dev.koine.core.model.Quantity quantity = null;
    Concept method = null;
    Concept site = null;
    if (c != null) {
      d.mark(c);
      collector = one(d, c, "collector", Datatypes::ref);
      collected = Values.choice(d, c, "collected");
      quantity = one(d, c, "quantity", Datatypes::quantity);
      method = one(d, c, "method", Datatypes::concept);
      site = one(d, c, "bodySite", Datatypes::concept);
    }
    return new Specimen(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        one(d, r, "accessionIdentifier", Datatypes::identifier),
        d.str(r, "status"),
        one(d, r, "type", Datatypes::concept),
        one(d, r, "subject", Datatypes::ref),
        d.time(r, "receivedTime"),
        all(d, r, "parent", Datatypes::ref),
        all(d, r, "request", Datatypes::ref),
        collector,
        collected,
        quantity,
        method,
        site,
        List.of(),
        all(d, r, "note", Datatypes::note),
        Values.extras(d, r, Set.of()));
  }

  static FhirNode specimen(Specimen s, List<Loss> losses) {
    Enc e = Enc.resource("resource", "Specimen").str("id", s.id());
    Values.extras(e, s.extras(), V);
    lose(losses, "Specimen.conditions", !s.conditions().isEmpty());
    Enc c =
        Enc.element("collection")
            .node(Datatypes.ref("collector", s.collector(), V))
            .node(Values.choice("collected", s.collected(), V))
            .node(Datatypes.quantity("quantity", s.collectedQuantity()))
            .node(Datatypes.concept("method", s.collectionMethod()))
            .node(Datatypes.concept("bodySite", s.collectionBodySite()));
    return e.each(s.identifiers(), i -> Datatypes.identifier("identifier", i))
        .node(Datatypes.identifier("accessionIdentifier", s.accessionIdentifier()))
        .str("status", s.status())
        .node(Datatypes.concept("type", s.type()))
        .node(Datatypes.ref("subject", s.subject(), V))
        .time("receivedTime", s.receivedTime())
        .nodes(Datatypes.refs("parent", s.parents(), V))
        .nodes(Datatypes.refs("request", s.requests(), V))
        .node(c.isEmpty() ? null : c.build())
        .each(s.notes(), n -> Datatypes.note("note", n, V))
        .build();
  }

  // ---- ProcedureRequest

  static ServiceRequest request(Dec d, FhirNode r, String id) {
    FhirNode q = r.child("requester");
    Ref agent = null;
    Ref onBehalfOf = null;
    if (q != null) {
      d.mark(q);
      agent = one(d, q, "agent", Datatypes::ref);
      onBehalfOf = one(d, q, "onBehalfOf", Datatypes::ref);
    }
    return new ServiceRequest(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        all(d, r, "basedOn", Datatypes::ref),
        all(d, r, "replaces", Datatypes::ref),
        one(d, r, "requisition", Datatypes::identifier),
        d.str(r, "status"),
        d.str(r, "intent"),
        all(d, r, "category", Datatypes::concept),
        d.str(r, "priority"),
        d.bool(r, "doNotPerform"),
        one(d, r, "code", Datatypes::concept),
        List.of(),
        one(d, r, "subject", Datatypes::ref),
        null,
        Values.choice(d, r, "occurrence"),
        d.time(r, "authoredOn"),
        agent,
        onBehalfOf,
        one(d, r, "performerType", Datatypes::concept),
        all(d, r, "performer", Datatypes::ref),
        List.of(),
        all(d, r, "reasonCode", Datatypes::concept),
        all(d, r, "reasonReference", Datatypes::ref),
        all(d, r, "supportingInfo", Datatypes::ref),
        all(d, r, "specimen", Datatypes::ref),
        all(d, r, "bodySite", Datatypes::concept),
        all(d, r, "note", Datatypes::note),
        null,
        Values.extras(d, r, Set.of()));
  }

  static FhirNode request(ServiceRequest s, List<Loss> losses) {
    Enc e = Enc.resource("resource", "ProcedureRequest").str("id", s.id());
    Values.extras(e, s.extras(), V);
    lose(losses, "ServiceRequest.orderDetails", !s.orderDetails().isEmpty());
    lose(losses, "ServiceRequest.encounter", s.encounter() != null);
    lose(losses, "ServiceRequest.performers", s.performers().size() > 1);
    lose(losses, "ServiceRequest.locations", !s.locations().isEmpty());
    lose(losses, "ServiceRequest.patientInstruction", s.patientInstruction() != null);
    Enc q =
        Enc.element("requester")
            .node(Datatypes.ref("agent", s.requester(), V))
            .node(Datatypes.ref("onBehalfOf", s.requesterOnBehalfOf(), V));
    return e.each(s.identifiers(), i -> Datatypes.identifier("identifier", i))
        .nodes(Datatypes.refs("basedOn", s.basedOn(), V))
        .nodes(Datatypes.refs("replaces", s.replaces(), V))
        .node(Datatypes.identifier("requisition", s.requisition()))
        .str("status", s.status())
        .str("intent", s.intent())
        .str("priority", s.priority())
        .bool("doNotPerform", s.doNotPerform())
        .nodes(Datatypes.concepts("category", s.categories()))
        .node(Datatypes.concept("code", s.code()))
        .node(Datatypes.ref("subject", s.subject(), V))
        .node(Values.choice("occurrence", s.occurrence(), V))
        .time("authoredOn", s.authoredOn())
        .node(q.isEmpty() ? null : q.build())
        .node(Datatypes.concept("performerType", s.performerType()))
        .node(Datatypes.ref("performer", first(s.performers()), V))
        .nodes(Datatypes.concepts("reasonCode", s.reasonCodes()))
        .nodes(Datatypes.refs("reasonReference", s.reasonReferences(), V))
        .nodes(Datatypes.refs("supportingInfo", s.supportingInfo(), V))
        .nodes(Datatypes.refs("specimen", s.specimens(), V))
        .nodes(Datatypes.concepts("bodySite", s.bodySites()))
        .each(s.notes(), n -> Datatypes.note("note", n, V))
        .build();
  }

  private static <T> T first(List<T> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  private static void lose(List<Loss> losses, String path, boolean lost) {
    if (lost) {
      losses.add(new Loss(path, "no STU3 ITK012M element"));
    }
  }
}
