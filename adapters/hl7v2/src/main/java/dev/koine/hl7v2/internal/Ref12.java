package dev.koine.hl7v2.internal;

import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Referral;
import dev.koine.core.model.Entities;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ServiceRequest;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.List;

/** REF^I12 to and from {@link Referral}: RF1 to the service request, PRD names to practitioners. */
public final class Ref12 {
  private Ref12() {}

  /** RF1-1 referral status (table 0283) and the request status. */
  static final String[][] STATUS = {{"active", "A"}, {"draft", "P"}, {"revoked", "R"}};

  /** RF1-2 referral priority (table 0280) and the request priority. */
  static final String[][] PRIORITY = {{"stat", "S"}, {"asap", "A"}, {"routine", "R"}};

  /** The RF1-6.2 namespace of an NHS e-Referral Service UBRN. */
  static final String E_RS = "e-RS";

  /** Reads a REF^I12. */
  public static Referral read(V2In in) {
    V2Segment rf1 =
        in.first("RF1")
            .orElseThrow(() -> new KoineParseException("RF1", "a REF^I12 needs an RF1 segment"));
    ServiceRequest.Builder r = ServiceRequest.builder().intent("order");
    String status = Types.fromTable(STATUS, in.peek(rf1, 1, 1, 1));
    if (status != null) {
      in.get(rf1, 1);
      r.status(status);
    }
    String priority = Types.fromTable(PRIORITY, in.peek(rf1, 2, 1, 1));
    if (priority != null) {
      in.get(rf1, 2);
      r.priority(priority);
    }
    String id = in.get(rf1, 6, 1);
    if (id != null) {
      String ns = in.get(rf1, 6, 2);
      r.identifiers(
          List.of(
              E_RS.equals(ns)
                  ? Identifier.of(IdentifierSystems.UBRN.fhirUri(), id)
                  : new Identifier(null, id, null, null, null, ns)));
    }
    List<Practitioner> practitioners = new ArrayList<>();
    List<Ref> performers = new ArrayList<>();
    for (V2Segment s : in.all("PRD")) {
      HumanName name = Types.name(in, s, 2, 1, 1);
      if (name != null) {
        Practitioner p =
            Practitioner.builder()
                .id("prd-" + (practitioners.size() + 1))
                .names(List.of(name))
                .build();
        practitioners.add(p);
        Ref ref = Ref.to("Practitioner/" + p.id());
        if (practitioners.size() == 1) {
          r.requester(ref);
        } else {
          performers.add(ref);
        }
      }
    }
    Referral.Builder b = Referral.builder().request(r.performers(performers).build());
    if (in.first("PID").isPresent()) {
      b.patient(PatientSegments.read(in));
    }
    return b.related(Entities.builder().practitioners(practitioners).build()).build();
  }

  /** Writes the body of a REF^I12 (after MSH). */
  public static void write(V2Out out, Referral referral) {
    ServiceRequest r = referral.request();
    V2Out.Seg rf1 = out.segment("RF1");
    rf1.set(1, Types.toTable(STATUS, r.status()));
    rf1.set(2, Types.toTable(PRIORITY, r.priority()));
    if (!r.identifiers().isEmpty()) {
      Identifier id = r.identifiers().get(0);
      rf1.set(6, 1, id.value());
      rf1.set(6, 2, IdentifierSystems.UBRN.fhirUri().equals(id.system()) ? E_RS : id.assigner());
    }
    List<Ref> refs = new ArrayList<>();
    if (r.requester() != null) {
      refs.add(r.requester());
    }
    refs.addAll(r.performers());
    for (Ref ref : refs) {
      for (Practitioner p : referral.related().practitioners()) {
        if (p.id() != null && ("Practitioner/" + p.id()).equals(ref.target())) {
          V2Out.Seg prd = out.segment("PRD").set(1, refs.indexOf(ref) == 0 ? "RP" : "RT");
          if (!p.names().isEmpty()) {
            Types.name(prd, 2, 1, p.names().get(0), 1);
          }
        }
      }
    }
    if (referral.patient() != null) {
      PatientSegments.write(out, referral.patient());
    }
  }
}
