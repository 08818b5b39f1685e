package dev.koine.fhir.internal.r4;

import static dev.koine.fhir.internal.map.Datatypes.all;
import static dev.koine.fhir.internal.map.Datatypes.one;

import dev.koine.core.model.Appointment;
import dev.koine.core.model.AppointmentParticipant;
import dev.koine.core.model.Slot;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.Enc;
import dev.koine.fhir.internal.map.EntityMapper;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.Values;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * R4 Appointment and Slot (BaRS booking-request, UK Core). Every element of both resources has a
 * model field; an entry is taken only when its whole resource was consumed ({@link #takeWhole}), so
 * a resource with content the model cannot hold stays carried verbatim instead of losing it.
 */
final class R4Booking {
  private static final FhirVersion V = FhirVersion.R4;

  private R4Booking() {}

  /**
   * Maps an entry's resource and takes the entry only if nothing in the resource was left
   * unconsumed; returns null (entry untaken, nothing marked) otherwise.
   */
  static <T> T takeWhole(
      Dec d, MessageBundle bundle, MessageBundle.Entry e, Supplier<T> mapper, Consumer<T> sink) {
    return EntityMapper.takeWhole(d, bundle, e, mapper, sink);
  }

  static Appointment appointment(Dec d, FhirNode r, String id) {
    return new Appointment(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        d.str(r, "status"),
        one(d, r, "cancelationReason", Datatypes::concept),
        all(d, r, "serviceCategory", Datatypes::concept),
        all(d, r, "serviceType", Datatypes::concept),
        all(d, r, "specialty", Datatypes::concept),
        one(d, r, "appointmentType", Datatypes::concept),
        all(d, r, "reasonCode", Datatypes::concept),
        all(d, r, "reasonReference", Datatypes::ref),
        d.integer(r, "priority"),
        d.str(r, "description"),
        all(d, r, "supportingInformation", Datatypes::ref),
        d.time(r, "start"),
        d.time(r, "end"),
        d.integer(r, "minutesDuration"),
        all(d, r, "slot", Datatypes::ref),
        d.time(r, "created"),
        d.str(r, "comment"),
        d.str(r, "patientInstruction"),
        all(d, r, "basedOn", Datatypes::ref),
        all(d, r, "participant", R4Booking::participant),
        all(d, r, "requestedPeriod", Datatypes::period),
        Values.extras(d, r, Set.of()));
  }

  private static AppointmentParticipant participant(Dec d, FhirNode n) {
    return d.attempt(
        "Appointment.participant",
        () -> {
          AppointmentParticipant p =
              new AppointmentParticipant(
                  all(d, n, "type", Datatypes::concept),
                  one(d, n, "actor", Datatypes::ref),
                  d.str(n, "required"),
                  d.str(n, "status"),
                  one(d, n, "period", Datatypes::period));
          d.mark(n);
          return p;
        });
  }

  static FhirNode appointment(Appointment a) {
    Enc e = Enc.resource("resource", "Appointment").str("id", a.id());
    Values.extras(e, a.extras(), V);
    return e.each(a.identifiers(), i -> Datatypes.identifier("identifier", i))
        .str("status", a.status())
        .node(Datatypes.concept("cancelationReason", a.cancelationReason()))
        .nodes(Datatypes.concepts("serviceCategory", a.serviceCategories()))
        .nodes(Datatypes.concepts("serviceType", a.serviceTypes()))
        .nodes(Datatypes.concepts("specialty", a.specialties()))
        .node(Datatypes.concept("appointmentType", a.appointmentType()))
        .nodes(Datatypes.concepts("reasonCode", a.reasonCodes()))
        .nodes(Datatypes.refs("reasonReference", a.reasonReferences(), V))
        .integer("priority", a.priority())
        .str("description", a.description())
        .nodes(Datatypes.refs("supportingInformation", a.supportingInfo(), V))
        .time("start", a.start())
        .time("end", a.end())
        .integer("minutesDuration", a.minutesDuration())
        .nodes(Datatypes.refs("slot", a.slots(), V))
        .time("created", a.created())
        .str("comment", a.comment())
        .str("patientInstruction", a.patientInstruction())
        .nodes(Datatypes.refs("basedOn", a.basedOn(), V))
        .each(
            a.participants(),
            p ->
                Enc.element("participant")
                    .nodes(Datatypes.concepts("type", p.types()))
                    .node(Datatypes.ref("actor", p.actor(), V))
                    .str("required", p.required())
                    .str("status", p.status())
                    .node(Datatypes.period("period", p.period()))
                    .build())
        .each(a.requestedPeriods(), p -> Datatypes.period("requestedPeriod", p))
        .build();
  }

  static Slot slot(Dec d, FhirNode r, String id) {
    return new Slot(
        id,
        all(d, r, "identifier", Datatypes::identifier),
        all(d, r, "serviceCategory", Datatypes::concept),
        all(d, r, "serviceType", Datatypes::concept),
        all(d, r, "specialty", Datatypes::concept),
        one(d, r, "appointmentType", Datatypes::concept),
        one(d, r, "schedule", Datatypes::ref),
        d.str(r, "status"),
        d.time(r, "start"),
        d.time(r, "end"),
        d.bool(r, "overbooked"),
        d.str(r, "comment"),
        Values.extras(d, r, Set.of()));
  }

  static FhirNode slot(Slot s) {
    Enc e = Enc.resource("resource", "Slot").str("id", s.id());
    Values.extras(e, s.extras(), V);
    return e.each(s.identifiers(), i -> Datatypes.identifier("identifier", i))
        .nodes(Datatypes.concepts("serviceCategory", s.serviceCategories()))
        .nodes(Datatypes.concepts("serviceType", s.serviceTypes()))
        .nodes(Datatypes.concepts("specialty", s.specialties()))
        .node(Datatypes.concept("appointmentType", s.appointmentType()))
        .node(Datatypes.ref("schedule", s.schedule(), V))
        .str("status", s.status())
        .time("start", s.start())
        .time("end", s.end())
        .bool("overbooked", s.overbooked())
        .str("comment", s.comment())
        .build();
  }
}
