package dev.koine.hl7v2.internal;

import dev.koine.core.code.Concept;
import dev.koine.core.model.Address;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.EncounterParticipant;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Ref;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * ROL (role, HL7 v2.4 chapter 12; v2-to-FHIR IG map "ROL[Encounter-PractitionerRole]") in an ADT
 * message to and from encounter participants: ROL-3 role (table 0443) → participant type, ROL-4
 * person (XCN) → a {@link Practitioner} {@code rol-<n>} in the related entities, ROL-5/ROL-6 role
 * begin/end → participant period, ROL-11 office address → practitioner addresses, ROL-12 phone →
 * practitioner telecom. ROL-1 (role instance id) and ROL-2 (action code) have no place in the model
 * and stay located losses; so does a ROL without a person, or any ROL when the message has no PV1
 * (no encounter to take part in).
 */
final class Roles {
  private Roles() {}

  /** The practitioner id prefix of ROL persons. */
  static final String ID = "rol-";

  /** HL7 table 0443 (provider role), the default system of ROL-3. */
  static final String ROLE = Types.table("0443");

  /** Reads every ROL with a person into practitioners and participants. */
  static void read(
      V2In in, List<Practitioner> practitioners, List<EncounterParticipant> participants) {
    int n = 0;
    for (V2Segment s : in.all("ROL")) {
      n++;
      Practitioner p = Xcn.practitioner(in, s, 4, 1, ID + n);
      if (p == null) {
        continue;
      }
      List<Address> addresses = new ArrayList<>();
      for (int r = 1; r <= in.reps(s, 11); r++) {
        Address a = Types.xad(in, s, 11, r);
        if (a != null) {
          addresses.add(a);
        }
      }
      List<ContactPoint> telecom = new ArrayList<>();
      for (int r = 1; r <= in.reps(s, 12); r++) {
        ContactPoint c = Types.xtn(in, s, 12, r);
        if (c != null) {
          telecom.add(c);
        }
      }
      practitioners.add(p.toBuilder().addresses(addresses).telecom(telecom).build());
      Concept role = Types.conceptNamed(in, s, 3, 1, ROLE);
      PartialDateTime start = Types.ts(in, s, 5);
      PartialDateTime end = Types.ts(in, s, 6);
      participants.add(
          new EncounterParticipant(
              role == null ? List.of() : List.of(role),
              start == null && end == null ? null : new Period(start, end),
              new Ref("Practitioner/" + p.id(), "Practitioner", null, null)));
    }
  }

  /** Whether a participant was read from (and is written to) a ROL segment. */
  static boolean isRole(EncounterParticipant p) {
    return p.individual() != null
        && p.individual().target() != null
        && p.individual().target().startsWith("Practitioner/" + ID);
  }

  /** Writes a ROL for every role participant whose practitioner is in the related entities. */
  static void write(V2Out out, Encounter e, Entities related) {
    for (EncounterParticipant p : e.participants()) {
      if (!isRole(p)) {
        continue;
      }
      Practitioner who = Adt.find(related, p.individual());
      if (who == null) {
        continue;
      }
      V2Out.Seg rol = out.segment("ROL");
      if (!p.types().isEmpty()) {
        Types.concept(rol, 3, 1, p.types().get(0), null); // HL70443 written out
      }
      Xcn.write(rol, 4, 1, who);
      if (p.period() != null) {
        Types.ts(rol, 5, p.period().start());
        Types.ts(rol, 6, p.period().end());
      }
      for (int i = 0; i < who.addresses().size(); i++) {
        Types.xad(rol, 11, i + 1, who.addresses().get(i));
      }
      for (int i = 0; i < who.telecom().size(); i++) {
        Types.xtn(rol, 12, i + 1, who.telecom().get(i));
      }
    }
  }
}
