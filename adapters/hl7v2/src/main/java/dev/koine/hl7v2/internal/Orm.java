package dev.koine.hl7v2.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.LabOrder;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ServiceRequest;
import dev.koine.core.model.Specimen;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * ORM^O01 and OML^O21 to and from {@link LabOrder}: ORC + OBR to a service request, OBR-16 to a
 * practitioner, SPM (OML) or OBR-15 (ORM) to a specimen.
 */
public final class Orm {
  private Orm() {}

  /** ORC-5 order status (table 0038) and the request status. */
  static final String[][] ORDER_STATUS = {
    {"active", "IP"}, {"completed", "CM"}, {"revoked", "CA"}, {"on-hold", "HD"}
  };

  /** Table 0070, the specimen source codes of OBR-15.1. */
  static final String SPECIMEN_SOURCE = Types.table("0070");

  /** TQ priority codes (table 0027) and the request priority. */
  static final String[][] PRIORITY = {{"stat", "S"}, {"asap", "A"}, {"routine", "R"}};

  /**
   * Whether the message has an OBR, the segment each request of a {@link LabOrder} is read from; an
   * order of other segments only (a pharmacy ORM of ORC/RXO) is carried as other content instead.
   */
  public static boolean accepts(V2In in) {
    return in.first("OBR").isPresent();
  }

  /** Reads an ORM^O01 or OML^O21. */
  public static LabOrder read(V2In in, boolean oml) {
    List<ServiceRequest.Builder> requests = new ArrayList<>();
    List<List<Ref>> specimenRefs = new ArrayList<>();
    List<Practitioner> practitioners = new ArrayList<>();
    List<Specimen> specimens = new ArrayList<>();
    V2Segment orc = null;
    V2Segment tq1 = null;
    for (V2Segment s : in.message().segments()) {
      switch (s.id()) {
        case "ORC" -> orc = s;
        case "TQ1" -> tq1 = s;
        case "OBR" -> {
          in.consumeIf(s, 1, 1, 1, 1, Integer.toString(requests.size() + 1));
          ServiceRequest.Builder r = ServiceRequest.builder().intent("order");
          List<Identifier> ids = new ArrayList<>();
          addId(in, orc, s, 2, "PLAC", ids);
          addId(in, orc, s, 3, "FILL", ids);
          r.identifiers(ids);
          if (orc != null) {
            in.consumeIf(orc, 1, 1, 1, 1, "NW");
            String status = Types.fromTable(ORDER_STATUS, in.peek(orc, 5, 1, 1));
            if (status != null) {
              in.get(orc, 5);
              r.status(status);
            }
            priority(in, orc, 7, 6, r);
            r.authoredOn(Types.ts(in, orc, 9));
          }
          if (tq1 != null) {
            in.consumeIf(tq1, 1, 1, 1, 1, "1");
            priority(in, tq1, 9, 1, r);
          }
          r.code(Types.concept(in, s, 4, 1, null));
          Practitioner p = Xcn.practitioner(in, s, 16, 1, "obr16-" + (requests.size() + 1));
          if (p != null) {
            practitioners.add(p);
            r.requester(Ref.to("Practitioner/" + p.id()));
          }
          List<Ref> refs = new ArrayList<>();
          String code = oml ? null : in.get(s, 15, 1, 1, 1);
          if (code != null) {
            Concept source = Concept.of(SPECIMEN_SOURCE, code, in.get(s, 15, 1, 1, 2));
            String id = "spm-" + (specimens.size() + 1);
            specimens.add(Specimen.builder().id(id).type(source).build());
            refs.add(Ref.to("Specimen/" + id));
          }
          requests.add(r);
          specimenRefs.add(refs);
          orc = null;
          tq1 = null;
        }
        case "SPM" -> {
          if (requests.isEmpty()) {
            continue;
          }
          List<Ref> refs = specimenRefs.get(specimenRefs.size() - 1);
          in.consumeIf(s, 1, 1, 1, 1, Integer.toString(refs.size() + 1));
          String id = "spm-" + (specimens.size() + 1);
          Specimen.Builder sp = Specimen.builder().id(id).type(Types.concept(in, s, 4, 1, null));
          PartialDateTime collected = Types.ts(in, s, 17);
          if (collected != null) {
            sp.collected(new Value.TimeValue("dateTime", collected));
          }
          specimens.add(sp.build());
          refs.add(Ref.to("Specimen/" + id));
        }
        default -> {}
      }
    }
    if (requests.isEmpty()) {
      throw new KoineParseException("OBR", "an order message needs an OBR");
    }
    LabOrder.Builder b = LabOrder.builder();
    for (int i = 0; i < requests.size(); i++) {
      b.addRequest(requests.get(i).specimens(specimenRefs.get(i)).build());
    }
    if (in.first("PID").isPresent()) {
      b.patient(PatientSegments.read(in));
    }
    return b.related(Entities.builder().practitioners(practitioners).specimens(specimens).build())
        .build();
  }

  private static void priority(V2In in, V2Segment s, int f, int c, ServiceRequest.Builder r) {
    String p = Types.fromTable(PRIORITY, in.peek(s, f, 1, c));
    if (p != null) {
      in.get(s, f, 1, c, 1);
      r.priority(p);
    }
  }

  private static void addId(
      V2In in, V2Segment orc, V2Segment obr, int f, String type, List<Identifier> ids) {
    String value = orc == null ? null : in.get(orc, f, 1);
    String authority = orc == null ? null : in.get(orc, f, 2);
    if (value == null) {
      value = in.get(obr, f, 1);
      authority = in.get(obr, f, 2);
    } else {
      in.consumeIf(obr, f, 1, 1, 1, value);
      if (authority != null) {
        in.consumeIf(obr, f, 1, 2, 1, authority);
      }
    }
    if (value != null) {
      ids.add(
          new Identifier(
              null,
              value,
              Concept.of(CodeSystems.V2_IDENTIFIER_TYPE, type, null),
              null,
              null,
              authority));
    }
  }

  // ------------------------------------------------------------------------ encode

  /** Writes the body of an ORM^O01 or OML^O21 (after MSH). */
  public static void write(V2Out out, LabOrder order, boolean oml) {
    if (order.patient() != null) {
      PatientSegments.write(out, order.patient());
    }
    Entities related = order.related();
    int n = 0;
    for (ServiceRequest r : order.requests()) {
      V2Out.Seg orc = out.segment("ORC").set(1, "NW");
      Identifier placer = byType(r, "PLAC");
      Identifier filler = byType(r, "FILL");
      orc.set(5, Types.toTable(ORDER_STATUS, r.status()));
      if (!oml) {
        orc.set(7, 1, 6, 1, Types.toTable(PRIORITY, r.priority()));
      }
      Types.ts(orc, 9, r.authoredOn());
      if (oml && r.priority() != null) {
        out.segment("TQ1").set(1, "1").set(9, Types.toTable(PRIORITY, r.priority()));
      }
      V2Out.Seg obr = out.segment("OBR").set(1, Integer.toString(++n));
      for (V2Out.Seg seg : List.of(orc, obr)) {
        if (placer != null) {
          seg.set(2, 1, placer.value()).set(2, 2, placer.assigner());
        }
        if (filler != null) {
          seg.set(3, 1, filler.value()).set(3, 2, filler.assigner());
        }
      }
      Types.concept(obr, 4, 1, r.code(), null);
      if (r.requester() != null) {
        for (Practitioner p : related.practitioners()) {
          if (p.id() != null && ("Practitioner/" + p.id()).equals(r.requester().target())) {
            Xcn.write(obr, 16, 1, p);
          }
        }
      }
      int m = 0;
      for (Ref ref : r.specimens()) {
        for (Specimen sp : related.specimens()) {
          if (sp.id() != null && ("Specimen/" + sp.id()).equals(ref.target())) {
            if (oml) {
              V2Out.Seg spm = out.segment("SPM").set(1, Integer.toString(++m));
              Types.concept(spm, 4, 1, sp.type(), null);
              if (sp.collected() instanceof Value.TimeValue t) {
                Types.ts(spm, 17, t.time());
              }
            } else if (m++ == 0 && sp.type() != null && !sp.type().codings().isEmpty()) {
              obr.set(15, 1, 1, 1, sp.type().codings().get(0).code());
              obr.set(15, 1, 1, 2, sp.type().codings().get(0).display());
            }
          }
        }
      }
    }
  }

  private static Identifier byType(ServiceRequest r, String type) {
    for (Identifier id : r.identifiers()) {
      if (id.type() != null && type.equals(Types.codeOf(id.type()))) {
        return id;
      }
    }
    return null;
  }
}
