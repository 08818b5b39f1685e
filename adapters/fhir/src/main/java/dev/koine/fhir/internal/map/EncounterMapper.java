package dev.koine.fhir.internal.map;

import static dev.koine.fhir.internal.map.Datatypes.all;
import static dev.koine.fhir.internal.map.Datatypes.one;

import dev.koine.core.codec.Loss;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.EncounterLocation;
import dev.koine.core.model.EncounterParticipant;
import dev.koine.core.model.Extras;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Encounter (UK Core Encounter R4) to and from the model: identifiers, status, class, types,
 * service type, priority, subject, participants, period, reason codes, hospitalization
 * (pre-admission identifier, origin, admit source, special arrangements, destination, discharge
 * disposition), locations, service provider, part-of. The NHS Data Dictionary admission and
 * discharge methods have no R4 base element: they are the UK Core extensions {@code
 * Extension-UKCore-AdmissionMethod} (on {@code hospitalization}) and {@code
 * Extension-UKCore-DischargeMethod} (on the Encounter), written first among their element's
 * extensions and read when they are first (else they stay carried extensions, so that a round trip
 * keeps every extension at its index). The mental health legal status (a complex UK Core extension)
 * is reported as a loss, as are episodes of care, basedOn, appointments, length, reason references
 * and diagnoses, which this mapping does not write yet. Decoding leaves anything it does not read
 * unconsumed, so it is reported.
 */
public final class EncounterMapper {
  private EncounterMapper() {}

  static final String ADMISSION_METHOD =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-AdmissionMethod";
  static final String DISCHARGE_METHOD =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-DischargeMethod";

  /**
   * The concept of the extension with this url when it is the first extension of {@code parent} and
   * holds only a url and a valueCodeableConcept (marked), else null (left for the extras).
   */
  private static dev.koine.core.code.Concept firstExtension(Dec d, FhirNode parent, String url) {
    FhirNode first = parent.child("extension");
    if (first == null || first.children().size() != 2) {
      return null;
    }
    FhirNode u = first.child("url");
    FhirNode cc = first.child("valueCodeableConcept");
    if (u == null || !url.equals(u.value()) || cc == null) {
      return null;
    }
    dev.koine.core.code.Concept c = Datatypes.concept(d, cc);
    if (c != null) {
      d.mark(first);
      d.mark(u);
    }
    return c;
  }

  private static FhirNode extension(String url, dev.koine.core.code.Concept value) {
    return value == null
        ? null
        : Enc.element("extension")
            .str("url", url)
            .node(Datatypes.concept("valueCodeableConcept", value))
            .build();
  }

  /** Decodes an R4 Encounter. */
  public static Encounter decode(Dec d, FhirNode r, String id) {
    dev.koine.core.code.Concept dischargeMethod = firstExtension(d, r, DISCHARGE_METHOD);
    Encounter.Builder b =
        Encounter.builder()
            .id(id)
            .identifiers(all(d, r, "identifier", Datatypes::identifier))
            .status(d.str(r, "status"))
            .encounterClass(one(d, r, "class", Datatypes::coding))
            .types(all(d, r, "type", Datatypes::concept))
            .serviceType(one(d, r, "serviceType", Datatypes::concept))
            .priority(one(d, r, "priority", Datatypes::concept))
            .subject(one(d, r, "subject", Datatypes::ref))
            .participants(all(d, r, "participant", EncounterMapper::participant))
            .period(one(d, r, "period", Datatypes::period))
            .reasonCodes(all(d, r, "reasonCode", Datatypes::concept))
            .locations(all(d, r, "location", EncounterMapper::location))
            .serviceProvider(one(d, r, "serviceProvider", Datatypes::ref))
            .partOf(one(d, r, "partOf", Datatypes::ref))
            .dischargeMethod(dischargeMethod)
            .extras(
                Values.extras(d, r, dischargeMethod == null ? Set.of() : Set.of(DISCHARGE_METHOD)));
    FhirNode h = d.child(r, "hospitalization");
    if (h != null) {
      b.admissionMethod(firstExtension(d, h, ADMISSION_METHOD))
          .preAdmissionIdentifier(one(d, h, "preAdmissionIdentifier", Datatypes::identifier))
          .origin(one(d, h, "origin", Datatypes::ref))
          .admissionSource(one(d, h, "admitSource", Datatypes::concept))
          .specialArrangements(all(d, h, "specialArrangement", Datatypes::concept))
          .destination(one(d, h, "destination", Datatypes::ref))
          .dischargeDestination(one(d, h, "dischargeDisposition", Datatypes::concept));
    }
    return b.build();
  }

  private static EncounterParticipant participant(Dec d, FhirNode n) {
    d.mark(n);
    return new EncounterParticipant(
        all(d, n, "type", Datatypes::concept),
        one(d, n, "period", Datatypes::period),
        one(d, n, "individual", Datatypes::ref));
  }

  private static EncounterLocation location(Dec d, FhirNode n) {
    d.mark(n);
    return new EncounterLocation(
        one(d, n, "location", Datatypes::ref),
        d.str(n, "status"),
        one(d, n, "physicalType", Datatypes::concept),
        one(d, n, "period", Datatypes::period));
  }

  /** Encodes an Encounter as an R4 entry resource, adding what R4 cannot carry to losses. */
  public static FhirNode encode(Encounter e, FhirVersion v, List<Loss> losses) {
    String at = "Encounter" + (e.id() == null ? "" : "[" + e.id() + "]");
    lose(losses, at, "legalStatus", e.legalStatus() != null);
    lose(losses, at, "episodesOfCare", !e.episodesOfCare().isEmpty());
    lose(losses, at, "basedOn", !e.basedOn().isEmpty());
    lose(losses, at, "appointments", !e.appointments().isEmpty());
    lose(losses, at, "length", e.length() != null);
    lose(losses, at, "reasonReferences", !e.reasonReferences().isEmpty());
    lose(losses, at, "diagnoses", !e.diagnoses().isEmpty());
    Enc h =
        Enc.element("hospitalization")
            .node(extension(ADMISSION_METHOD, e.admissionMethod()))
            .node(Datatypes.identifier("preAdmissionIdentifier", e.preAdmissionIdentifier()))
            .node(Datatypes.ref("origin", e.origin(), v))
            .node(Datatypes.concept("admitSource", e.admissionSource()))
            .nodes(Datatypes.concepts("specialArrangement", e.specialArrangements()))
            .node(Datatypes.ref("destination", e.destination(), v))
            .node(Datatypes.concept("dischargeDisposition", e.dischargeDestination()));
    List<FhirNode> participants = new ArrayList<>();
    for (EncounterParticipant p : e.participants()) {
      participants.add(
          Enc.element("participant")
              .nodes(Datatypes.concepts("type", p.types()))
              .node(Datatypes.period("period", p.period()))
              .node(Datatypes.ref("individual", p.individual(), v))
              .build());
    }
    List<FhirNode> locations = new ArrayList<>();
    for (EncounterLocation l : e.locations()) {
      locations.add(
          Enc.element("location")
              .node(Datatypes.ref("location", l.location(), v))
              .str("status", l.status())
              .node(Datatypes.concept("physicalType", l.physicalType()))
              .node(Datatypes.period("period", l.period()))
              .build());
    }
    Extras x = e.extras();
    Enc r = Enc.resource("resource", "Encounter").str("id", e.id());
    Values.extras(r, x.withExtensions(List.of()), v);
    r.node(extension(DISCHARGE_METHOD, e.dischargeMethod()));
    for (dev.koine.core.model.Extension ext : x.extensions()) {
      r.node(Values.extension("extension", ext, v));
    }
    return r.each(e.identifiers(), i -> Datatypes.identifier("identifier", i))
        .str("status", e.status())
        .node(Datatypes.coding("class", e.encounterClass()))
        .nodes(Datatypes.concepts("type", e.types()))
        .node(Datatypes.concept("serviceType", e.serviceType()))
        .node(Datatypes.concept("priority", e.priority()))
        .node(Datatypes.ref("subject", e.subject(), v))
        .nodes(participants)
        .node(Datatypes.period("period", e.period()))
        .nodes(Datatypes.concepts("reasonCode", e.reasonCodes()))
        .node(h.isEmpty() ? null : h.build())
        .nodes(locations)
        .node(Datatypes.ref("serviceProvider", e.serviceProvider(), v))
        .node(Datatypes.ref("partOf", e.partOf(), v))
        .build();
  }

  private static void lose(List<Loss> losses, String at, String field, boolean present) {
    if (present) {
      losses.add(new Loss(at + "." + field, "not written to FHIR R4 by this mapping"));
    }
  }
}
