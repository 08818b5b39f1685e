package dev.koine.fhir.internal.r4;

import static dev.koine.fhir.internal.map.Datatypes.all;
import static dev.koine.fhir.internal.map.Datatypes.one;

import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Observation;
import dev.koine.core.model.ObservationComponent;
import dev.koine.core.model.ObservationStatus;
import dev.koine.core.model.ReferenceRange;
import dev.koine.core.model.Specimen;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.Enc;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.Values;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.Set;

/**
 * R4 resources of NHS England Pathology: Observation (with components and reference ranges),
 * DiagnosticReport and Specimen. Each element the model holds is mapped both ways; the rest stays
 * unmarked on decode and so is reported as a loss.
 */
final class R4Pathology {
  private static final FhirVersion V = FhirVersion.R4;

  private R4Pathology() {}

  // ---- Observation

  static Observation observation(Dec d, FhirNode r, String id) {
    return new Observation(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        all(d, r, "basedOn", Datatypes::ref),
        status(d, r),
        all(d, r, "category", Datatypes::concept),
        one(d, r, "code", Datatypes::concept),
        one(d, r, "subject", Datatypes::ref),
        one(d, r, "encounter", Datatypes::ref),
        Values.choice(d, r, "effective"),
        d.time(r, "issued"),
        all(d, r, "performer", Datatypes::ref),
        Values.choice(d, r, "value"),
        one(d, r, "dataAbsentReason", Datatypes::concept),
        all(d, r, "interpretation", Datatypes::concept),
        all(d, r, "note", Datatypes::note),
        one(d, r, "bodySite", Datatypes::concept),
        one(d, r, "method", Datatypes::concept),
        one(d, r, "specimen", Datatypes::ref),
        one(d, r, "device", Datatypes::ref),
        all(d, r, "referenceRange", R4Pathology::referenceRange),
        all(d, r, "hasMember", Datatypes::ref),
        all(d, r, "derivedFrom", Datatypes::ref),
        all(d, r, "component", R4Pathology::component),
        Values.extras(d, r, Set.of()));
  }

  private static ObservationStatus status(Dec d, FhirNode r) {
    FhirNode s = r.child("status");
    if (s == null || s.value() == null) {
      return null;
    }
    ObservationStatus status = ObservationStatus.fromFhir(s.value()).orElse(null);
    if (status != null) {
      d.mark(s);
    }
    return status;
  }

  private static ReferenceRange referenceRange(Dec d, FhirNode n) {
    return d.attempt(
        "Observation.referenceRange",
        () -> {
          ReferenceRange rr =
              new ReferenceRange(
                  one(d, n, "low", Datatypes::quantity),
                  one(d, n, "high", Datatypes::quantity),
                  one(d, n, "type", Datatypes::concept),
                  all(d, n, "appliesTo", Datatypes::concept),
                  one(d, n, "age", Datatypes::range),
                  d.str(n, "text"));
          d.mark(n);
          return rr;
        });
  }

  private static ObservationComponent component(Dec d, FhirNode n) {
    return d.attempt(
        "Observation.component",
        () -> {
          ObservationComponent c =
              new ObservationComponent(
                  one(d, n, "code", Datatypes::concept),
                  Values.choice(d, n, "value"),
                  one(d, n, "dataAbsentReason", Datatypes::concept),
                  all(d, n, "interpretation", Datatypes::concept),
                  all(d, n, "referenceRange", R4Pathology::referenceRange));
          d.mark(n);
          return c;
        });
  }

  static FhirNode observation(Observation o) {
    Enc e = Enc.resource("resource", "Observation").str("id", o.id());
    Values.extras(e, o.extras(), V);
    return e.each(o.identifiers(), i -> Datatypes.identifier("identifier", i))
        .nodes(Datatypes.refs("basedOn", o.basedOn(), V))
        .str("status", o.status() == null ? null : o.status().fhirCode())
        .nodes(Datatypes.concepts("category", o.categories()))
        .node(Datatypes.concept("code", o.code()))
        .node(Datatypes.ref("subject", o.subject(), V))
        .node(Datatypes.ref("encounter", o.encounter(), V))
        .node(Values.choice("effective", o.effective(), V))
        .instant("issued", o.issued())
        .nodes(Datatypes.refs("performer", o.performers(), V))
        .node(Values.choice("value", o.value(), V))
        .node(Datatypes.concept("dataAbsentReason", o.dataAbsentReason()))
        .nodes(Datatypes.concepts("interpretation", o.interpretations()))
        .each(o.notes(), n -> Datatypes.note("note", n, V))
        .node(Datatypes.concept("bodySite", o.bodySite()))
        .node(Datatypes.concept("method", o.method()))
        .node(Datatypes.ref("specimen", o.specimen(), V))
        .node(Datatypes.ref("device", o.device(), V))
        .each(o.referenceRanges(), R4Pathology::referenceRange)
        .nodes(Datatypes.refs("hasMember", o.hasMembers(), V))
        .nodes(Datatypes.refs("derivedFrom", o.derivedFrom(), V))
        .each(o.components(), R4Pathology::component)
        .build();
  }

  private static FhirNode referenceRange(ReferenceRange r) {
    return Enc.element("referenceRange")
        .node(Datatypes.quantity("low", r.low()))
        .node(Datatypes.quantity("high", r.high()))
        .node(Datatypes.concept("type", r.type()))
        .nodes(Datatypes.concepts("appliesTo", r.appliesTo()))
        .node(Datatypes.range("age", r.age()))
        .str("text", r.text())
        .build();
  }

  private static FhirNode component(ObservationComponent c) {
    return Enc.element("component")
        .node(Datatypes.concept("code", c.code()))
        .node(Values.choice("value", c.value(), V))
        .node(Datatypes.concept("dataAbsentReason", c.dataAbsentReason()))
        .nodes(Datatypes.concepts("interpretation", c.interpretations()))
        .each(c.referenceRanges(), R4Pathology::referenceRange)
        .build();
  }

  // ---- DiagnosticReport

  static DiagnosticReport report(Dec d, FhirNode r, String id) {
    return new DiagnosticReport(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        all(d, r, "basedOn", Datatypes::ref),
        d.str(r, "status"),
        all(d, r, "category", Datatypes::concept),
        one(d, r, "code", Datatypes::concept),
        one(d, r, "subject", Datatypes::ref),
        one(d, r, "encounter", Datatypes::ref),
        Values.choice(d, r, "effective"),
        d.time(r, "issued"),
        all(d, r, "performer", Datatypes::ref),
        all(d, r, "resultsInterpreter", Datatypes::ref),
        all(d, r, "specimen", Datatypes::ref),
        all(d, r, "result", Datatypes::ref),
        d.str(r, "conclusion"),
        all(d, r, "conclusionCode", Datatypes::concept),
        all(d, r, "presentedForm", Datatypes::attachment),
        Values.extras(d, r, Set.of()));
  }

  static FhirNode report(DiagnosticReport x) {
    Enc e = Enc.resource("resource", "DiagnosticReport").str("id", x.id());
    Values.extras(e, x.extras(), V);
    return e.each(x.identifiers(), i -> Datatypes.identifier("identifier", i))
        .nodes(Datatypes.refs("basedOn", x.basedOn(), V))
        .str("status", x.status())
        .nodes(Datatypes.concepts("category", x.categories()))
        .node(Datatypes.concept("code", x.code()))
        .node(Datatypes.ref("subject", x.subject(), V))
        .node(Datatypes.ref("encounter", x.encounter(), V))
        .node(Values.choice("effective", x.effective(), V))
        .instant("issued", x.issued())
        .nodes(Datatypes.refs("performer", x.performers(), V))
        .nodes(Datatypes.refs("resultsInterpreter", x.resultsInterpreters(), V))
        .nodes(Datatypes.refs("specimen", x.specimens(), V))
        .nodes(Datatypes.refs("result", x.results(), V))
        .str("conclusion", x.conclusion())
        .nodes(Datatypes.concepts("conclusionCode", x.conclusionCodes()))
        .each(x.presentedForms(), a -> Datatypes.attachment("presentedForm", a))
        .build();
  }

  // ---- Specimen

  static Specimen specimen(Dec d, FhirNode r, String id) {
    FhirNode c = r.child("collection");
    Specimen s =
        new Specimen(
            id,
            all(d, r, "identifier", Datatypes::identifier),
            one(d, r, "accessionIdentifier", Datatypes::identifier),
            d.str(r, "status"),
            one(d, r, "type", Datatypes::concept),
            one(d, r, "subject", Datatypes::ref),
            d.time(r, "receivedTime"),
            all(d, r, "parent", Datatypes::ref),
            all(d, r, "request", Datatypes::ref),
            one(d, c, "collector", Datatypes::ref),
            Values.choice(d, c, "collected"),
            one(d, c, "quantity", Datatypes::quantity),
            one(d, c, "method", Datatypes::concept),
            one(d, c, "bodySite", Datatypes::concept),
            all(d, r, "condition", Datatypes::concept),
            all(d, r, "note", Datatypes::note),
            Values.extras(d, r, Set.of()));
    if (c != null) {
      d.mark(c);
    }
    return s;
  }

  static FhirNode specimen(Specimen s) {
    Enc e = Enc.resource("resource", "Specimen").str("id", s.id());
    Values.extras(e, s.extras(), V);
    return e.each(s.identifiers(), i -> Datatypes.identifier("identifier", i))
        .node(Datatypes.identifier("accessionIdentifier", s.accessionIdentifier()))
        .str("status", s.status())
        .node(Datatypes.concept("type", s.type()))
        .node(Datatypes.ref("subject", s.subject(), V))
        .time("receivedTime", s.receivedTime())
        .nodes(Datatypes.refs("parent", s.parents(), V))
        .nodes(Datatypes.refs("request", s.requests(), V))
        .node(
            Enc.element("collection")
                .node(Datatypes.ref("collector", s.collector(), V))
                .node(Values.choice("collected", s.collected(), V))
                .node(Datatypes.quantity("quantity", s.collectedQuantity()))
                .node(Datatypes.concept("method", s.collectionMethod()))
                .node(Datatypes.concept("bodySite", s.collectionBodySite()))
                .build())
        .nodes(Datatypes.concepts("condition", s.conditions()))
        .each(s.notes(), n -> Datatypes.note("note", n, V))
        .build();
  }
}
