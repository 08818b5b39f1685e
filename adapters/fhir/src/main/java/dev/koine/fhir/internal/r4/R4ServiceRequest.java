package dev.koine.fhir.internal.r4;

import static dev.koine.fhir.internal.map.Datatypes.all;
import static dev.koine.fhir.internal.map.Datatypes.one;

import dev.koine.core.model.ServiceRequest;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.Enc;
import dev.koine.fhir.internal.map.EncodeLosses;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.Values;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.Set;

/**
 * R4 ServiceRequest (BaRS referral/validation request, NHS England Pathology test request). {@code
 * requester} is mapped; {@code requesterOnBehalfOf} has no R4 element (STU3 only).
 */
final class R4ServiceRequest {
  private static final FhirVersion V = FhirVersion.R4;

  private R4ServiceRequest() {}

  static ServiceRequest decode(Dec d, FhirNode r, String id) {
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
        all(d, r, "orderDetail", Datatypes::concept),
        one(d, r, "subject", Datatypes::ref),
        one(d, r, "encounter", Datatypes::ref),
        Values.choice(d, r, "occurrence"),
        d.time(r, "authoredOn"),
        one(d, r, "requester", Datatypes::ref),
        null,
        one(d, r, "performerType", Datatypes::concept),
        all(d, r, "performer", Datatypes::ref),
        all(d, r, "locationReference", Datatypes::ref),
        all(d, r, "reasonCode", Datatypes::concept),
        all(d, r, "reasonReference", Datatypes::ref),
        all(d, r, "supportingInfo", Datatypes::ref),
        all(d, r, "specimen", Datatypes::ref),
        all(d, r, "bodySite", Datatypes::concept),
        all(d, r, "note", Datatypes::note),
        d.str(r, "patientInstruction"),
        Values.extras(d, r, Set.of()));
  }

  static FhirNode encode(ServiceRequest s) {
    if (s.requesterOnBehalfOf() != null) {
      EncodeLosses.report(
          "ServiceRequest.requesterOnBehalfOf", "no R4 element (STU3 requester.onBehalfOf)");
    }
    Enc e = Enc.resource("resource", "ServiceRequest").str("id", s.id());
    Values.extras(e, s.extras(), V);
    return e.each(s.identifiers(), i -> Datatypes.identifier("identifier", i))
        .nodes(Datatypes.refs("basedOn", s.basedOn(), V))
        .nodes(Datatypes.refs("replaces", s.replaces(), V))
        .node(Datatypes.identifier("requisition", s.requisition()))
        .str("status", s.status())
        .str("intent", s.intent())
        .nodes(Datatypes.concepts("category", s.categories()))
        .str("priority", s.priority())
        .bool("doNotPerform", s.doNotPerform())
        .node(Datatypes.concept("code", s.code()))
        .nodes(Datatypes.concepts("orderDetail", s.orderDetails()))
        .node(Datatypes.ref("subject", s.subject(), V))
        .node(Datatypes.ref("encounter", s.encounter(), V))
        .node(Values.choice("occurrence", s.occurrence(), V))
        .time("authoredOn", s.authoredOn())
        .node(Datatypes.ref("requester", s.requester(), V))
        .node(Datatypes.concept("performerType", s.performerType()))
        .nodes(Datatypes.refs("performer", s.performers(), V))
        .nodes(Datatypes.refs("locationReference", s.locations(), V))
        .nodes(Datatypes.concepts("reasonCode", s.reasonCodes()))
        .nodes(Datatypes.refs("reasonReference", s.reasonReferences(), V))
        .nodes(Datatypes.refs("supportingInfo", s.supportingInfo(), V))
        .nodes(Datatypes.refs("specimen", s.specimens(), V))
        .nodes(Datatypes.concepts("bodySite", s.bodySites()))
        .each(s.notes(), n -> Datatypes.note("note", n, V))
        .str("patientInstruction", s.patientInstruction())
        .build();
  }
}
