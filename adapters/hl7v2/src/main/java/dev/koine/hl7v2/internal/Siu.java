package dev.koine.hl7v2.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.model.Appointment;
import dev.koine.core.model.AppointmentParticipant;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Location;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Ref;
import dev.koine.core.time.PartialDateTime;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * SIU^S12 to and from {@link BookingRequest}: SCH to the appointment, AIS to service types, AIP to
 * practitioner participants, AIL to location participants. RGS is structure only: the first group's
 * set id "1" is re-derived; anything else in it is carried verbatim.
 */
public final class Siu {
  private Siu() {}

  /** SCH-25 filler status codes (table 0278) and the appointment status. */
  static final String[][] STATUS = {
    {"booked", "Booked"},
    {"pending", "Pending"},
    {"cancelled", "Cancelled"},
    {"fulfilled", "Complete"},
    {"noshow", "Noshow"},
    {"waitlist", "Waitlist"}
  };

  /** The participant status every AIP/AIL participant is read with. */
  static final String ACCEPTED = "accepted";

  /** Reads an SIU^S12. */
  public static BookingRequest read(V2In in) {
    V2Segment sch =
        in.first("SCH")
            .orElseThrow(() -> new KoineParseException("SCH", "an SIU^S12 needs an SCH segment"));
    Appointment.Builder a = Appointment.builder();
    List<Identifier> ids = new ArrayList<>();
    id(in, sch, 1, "PLAC", ids);
    id(in, sch, 2, "FILL", ids);
    a.identifiers(ids);
    // the writer re-derives the first resource group's RGS-1 set id
    in.first("RGS").ifPresent(rgs -> in.consumeIf(rgs, 1, 1, 1, 1, "1"));
    a.start(ts(in, sch, 11, 4));
    a.end(ts(in, sch, 11, 5));
    String status = Types.fromTable(STATUS, in.peek(sch, 25, 1, 1));
    if (status != null) {
      in.get(sch, 25, 1);
      a.status(status);
    }
    List<Concept> services = new ArrayList<>();
    List<AppointmentParticipant> participants = new ArrayList<>();
    List<Practitioner> practitioners = new ArrayList<>();
    List<Location> locations = new ArrayList<>();
    for (V2Segment s : in.message().segments()) {
      switch (s.id()) {
        case "AIS" -> {
          in.consumeIf(s, 1, 1, 1, 1, Integer.toString(services.size() + 1));
          Concept c = Types.concept(in, s, 3, 1, null);
          if (c != null) {
            services.add(c);
          }
        }
        case "AIP" -> {
          in.consumeIf(s, 1, 1, 1, 1, Integer.toString(practitioners.size() + 1));
          Practitioner p = Xcn.practitioner(in, s, 3, 1, "aip-" + (practitioners.size() + 1));
          if (p != null) {
            practitioners.add(p);
            participants.add(participant("Practitioner/" + p.id()));
          }
        }
        case "AIL" -> {
          in.consumeIf(s, 1, 1, 1, 1, Integer.toString(locations.size() + 1));
          String name = in.get(s, 3, 1);
          if (name != null) {
            Location l = Location.builder().id("ail-" + (locations.size() + 1)).name(name).build();
            locations.add(l);
            participants.add(participant("Location/" + l.id()));
          }
        }
        default -> {}
      }
    }
    a.serviceTypes(services).participants(participants);
    BookingRequest.Builder b = BookingRequest.builder().appointment(a.build());
    if (in.first("PID").isPresent()) {
      b.patient(PatientSegments.read(in));
    }
    return b.related(Entities.builder().practitioners(practitioners).locations(locations).build())
        .build();
  }

  private static AppointmentParticipant participant(String target) {
    return new AppointmentParticipant(List.of(), Ref.to(target), null, ACCEPTED, null);
  }

  private static PartialDateTime ts(V2In in, V2Segment s, int f, int c) {
    String text = in.peek(s, f, 1, c);
    if (text.isEmpty()) {
      return null;
    }
    try {
      PartialDateTime t = PartialDateTime.parseV2(text);
      in.get(s, f, 1, c, 1);
      return t;
    } catch (KoineParseException e) {
      return null;
    }
  }

  static void id(V2In in, V2Segment s, int f, String type, List<Identifier> ids) {
    String value = in.get(s, f, 1);
    if (value != null) {
      ids.add(
          new Identifier(
              null,
              value,
              Concept.of(CodeSystems.V2_IDENTIFIER_TYPE, type, null),
              null,
              null,
              in.get(s, f, 2)));
    }
  }

  static Identifier byType(List<Identifier> ids, String type) {
    for (Identifier id : ids) {
      if (id.type() != null && type.equals(Types.codeOf(id.type()))) {
        return id;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------ encode

  /** Writes the body of an SIU^S12 (after MSH). */
  public static void write(V2Out out, BookingRequest booking) {
    Appointment a = booking.appointment();
    V2Out.Seg sch = out.segment("SCH");
    for (String[] t : new String[][] {{"1", "PLAC"}, {"2", "FILL"}}) {
      Identifier id = byType(a.identifiers(), t[1]);
      if (id != null) {
        sch.set(Integer.parseInt(t[0]), 1, id.value())
            .set(Integer.parseInt(t[0]), 2, id.assigner());
      }
    }
    if (a.start() != null && a.start().isV2Representable()) {
      sch.set(11, 4, a.start().toV2());
    }
    if (a.end() != null && a.end().isV2Representable()) {
      sch.set(11, 5, a.end().toV2());
    }
    sch.set(25, 1, Types.toTable(STATUS, a.status()));
    if (booking.patient() != null) {
      PatientSegments.write(out, booking.patient());
    }
    Entities related = booking.related();
    out.segment("RGS").set(1, "1");
    int n = 0;
    for (Concept c : a.serviceTypes()) {
      Types.concept(out.segment("AIS").set(1, Integer.toString(++n)), 3, 1, c, null);
    }
    n = 0;
    for (AppointmentParticipant p : a.participants()) {
      String target = p.actor() == null ? null : p.actor().target();
      for (Practitioner pr : related.practitioners()) {
        if (pr.id() != null && ("Practitioner/" + pr.id()).equals(target)) {
          Xcn.write(out.segment("AIP").set(1, Integer.toString(++n)), 3, 1, pr);
        }
      }
    }
    n = 0;
    for (AppointmentParticipant p : a.participants()) {
      String target = p.actor() == null ? null : p.actor().target();
      for (Location l : related.locations()) {
        if (l.id() != null && ("Location/" + l.id()).equals(target)) {
          out.segment("AIL").set(1, Integer.toString(++n)).set(3, 1, l.name());
        }
      }
    }
  }
}
