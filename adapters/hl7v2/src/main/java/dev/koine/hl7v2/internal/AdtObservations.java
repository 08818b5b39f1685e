package dev.koine.hl7v2.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Concept;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Observation;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Quantity;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ReferenceRange;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.hl7v2.V2Segment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * OBX in ADT messages (HL7 v2.4 chapter 3, ADT_A01 {@code [{OBX}]}; v2-to-FHIR IG map
 * "OBX[Observation]") to and from the {@link Observation}s of a patient event's related entities:
 * OBX-3 code, OBX-5 value ({@code NM} with OBX-6 units → Quantity, {@code ST TX FT} → string,
 * {@code CE CWE} → Concept), OBX-7 reference range text, OBX-8 abnormal flags (table 0078), OBX-11
 * result status (table 0085), OBX-14 observation time → effective, OBX-16 responsible observer
 * (XCN) → performer {@link Practitioner}s {@code obx-<n>-16} (then {@code obx-<n>-16-<r>} for
 * further repetitions). OBX-2 is written back from the value kind ({@code NM}, {@code ST}, {@code
 * CWE}), so a {@code TX}, {@code FT} or {@code CE} value type stays a located loss; an OBX without
 * an OBX-3 code, and other value types, stay losses whole.
 */
final class AdtObservations {
  private AdtObservations() {}

  private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  /** Reads every OBX with a code; OBX-16 persons are added to {@code practitioners}. */
  static List<Observation> read(V2In in, List<Practitioner> practitioners) {
    List<Observation> list = new ArrayList<>();
    for (V2Segment s : in.all("OBX")) {
      if (in.peek(s, 3, 1, 1).isBlank() && in.peek(s, 3, 1, 2).isBlank()) {
        continue;
      }
      in.consumeIf(s, 1, 1, 1, 1, Integer.toString(list.size() + 1));
      Observation.Builder o = Observation.builder().code(Types.concept(in, s, 3, 1, null));
      o.value(value(in, s, in.peek(s, 2, 1, 1)));
      String range = in.get(s, 7);
      if (range != null) {
        o.referenceRanges(List.of(new ReferenceRange(null, null, null, List.of(), null, range)));
      }
      List<Concept> flags = new ArrayList<>();
      for (int r = 1; r <= in.reps(s, 8); r++) {
        Concept flag = Types.concept(in, s, 8, r, CodeSystems.V2_ABNORMAL_FLAGS);
        if (flag != null) {
          flags.add(flag);
        }
      }
      o.interpretations(flags);
      String status = in.peek(s, 11, 1, 1);
      for (int i = 0; i < Oru.RESULT_STATUS_CODES.length; i++) {
        if (Oru.RESULT_STATUS_CODES[i].equals(status)) {
          in.get(s, 11);
          o.status(Oru.RESULT_STATUS[i]);
        }
      }
      PartialDateTime effective = Types.ts(in, s, 14);
      if (effective != null) {
        o.effective(new Value.TimeValue("dateTime", effective));
      }
      o.extras(Oru.analysisTime(in, s));
      List<Ref> performers = new ArrayList<>();
      for (int r = 1; r <= in.reps(s, 16); r++) {
        String id = "obx-" + (list.size() + 1) + "-16" + (r == 1 ? "" : "-" + r);
        Practitioner observer = Xcn.practitioner(in, s, 16, r, id);
        if (observer != null) {
          practitioners.add(observer);
          performers.add(new Ref("Practitioner/" + id, "Practitioner", null, null));
        }
      }
      Ref organisation = Oru.performingOrganisation(in, s);
      if (organisation != null) {
        performers.add(organisation);
      }
      o.performers(performers);
      list.add(o.build());
    }
    return list;
  }

  private static Value value(V2In in, V2Segment s, String type) {
    switch (type) {
      case "NM":
        {
          String text = in.peek(s, 5, 1, 1);
          if (!NUMBER.matcher(text).matches()) {
            return null;
          }
          in.get(s, 5);
          in.get(s, 2);
          String code = in.get(s, 6, 1);
          String unit = in.get(s, 6, 2);
          String system = null;
          String name = in.peek(s, 6, 1, 3);
          if (!name.isEmpty() && Types.systemOf(name).isPresent()) {
            in.get(s, 6, 3);
            system = Types.systemOf(name).get();
          }
          return new Value.QuantityValue(
              "Quantity", new Quantity(new BigDecimal(text), null, unit, system, code));
        }
      case "ST":
      case "TX":
      case "FT":
        {
          String text = in.get(s, 5, 1, 1, 1);
          if (text != null) {
            in.consumeIf(s, 2, 1, 1, 1, "ST");
          }
          return text == null ? null : new Value.Primitive("string", text);
        }
      case "CE":
      case "CWE":
        {
          Concept c = Types.concept(in, s, 5, 1, null);
          if (c != null) {
            in.consumeIf(s, 2, 1, 1, 1, "CWE");
          }
          return c == null ? null : new Value.ConceptValue(c);
        }
      default:
        return null;
    }
  }

  /** Writes an OBX for every observation (after PV1/PV2). */
  static void write(V2Out out, List<Observation> observations, Entities related) {
    int n = 0;
    for (Observation o : observations) {
      V2Out.Seg obx = out.segment("OBX").set(1, Integer.toString(++n));
      Value v = o.value();
      if (v instanceof Value.QuantityValue q && q.quantity().comparator() == null) {
        Quantity qty = q.quantity();
        obx.set(2, "NM");
        obx.set(5, qty.value() == null ? null : qty.value().toPlainString());
        obx.set(6, 1, qty.code());
        obx.set(6, 2, qty.unit());
        if (qty.system() != null) {
          obx.set(6, 3, Types.nameOf(qty.system()));
        }
      } else if (v instanceof Value.Primitive p && p.type().equals("string")) {
        obx.set(2, "ST");
        obx.set(5, p.text());
      } else if (v instanceof Value.ConceptValue c) {
        obx.set(2, "CWE");
        Types.concept(obx, 5, 1, c.concept(), null);
      }
      Types.concept(obx, 3, 1, o.code(), null);
      if (!o.referenceRanges().isEmpty()) {
        obx.set(7, o.referenceRanges().get(0).text());
      }
      for (int i = 0; i < o.interpretations().size(); i++) {
        Types.concept(obx, 8, i + 1, o.interpretations().get(i), CodeSystems.V2_ABNORMAL_FLAGS);
      }
      for (int i = 0; i < Oru.RESULT_STATUS.length; i++) {
        if (Oru.RESULT_STATUS[i] == o.status()) {
          obx.set(11, Oru.RESULT_STATUS_CODES[i]);
        }
      }
      Oru.analysisTime(obx, o.extras());
      if (o.effective() instanceof Value.TimeValue t) {
        Types.ts(obx, 14, t.time());
      }
      for (Ref performer : o.performers()) {
        Practitioner who = Adt.find(related, performer);
        if (who != null) {
          Xcn.write(obx, 16, obx.reps(16) + 1, who);
        }
      }
      Oru.performingOrganisation(obx, o.performers());
    }
  }
}
