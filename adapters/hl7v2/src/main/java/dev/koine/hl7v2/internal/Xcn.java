package dev.koine.hl7v2.internal;

import dev.koine.core.id.Identifier;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Practitioner;
import dev.koine.hl7v2.V2Segment;
import java.util.List;

/** XCN (a person with an id and a name) to and from a {@link Practitioner}. */
final class Xcn {
  private Xcn() {}

  /** XCN.10 name type code (HL7 table 0200) ⇄ HumanName.use, as for XPN.7. */
  static final String[][] NAME_TYPE = {
    {"official", "L"}, {"usual", "D"}, {"nickname", "N"}, {"maiden", "M"}, {"anonymous", "S"}
  };

  /** A practitioner with this id from an XCN repetition, null if empty. */
  static Practitioner practitioner(V2In in, V2Segment s, int f, int r, String id) {
    Identifier identifier = Types.idWith(in, s, f, r, 1, 9, 13);
    HumanName name = Types.name(in, s, f, r, 2);
    String use = Types.fromTable(NAME_TYPE, in.peek(s, f, r, 10));
    if (name != null && use != null) {
      in.get(s, f, r, 10, 1);
      name =
          new HumanName(
              use,
              name.text(),
              name.family(),
              name.given(),
              name.prefixes(),
              name.suffixes(),
              name.period());
    }
    if (identifier == null && name == null) {
      return null;
    }
    return Practitioner.builder()
        .id(id)
        .identifiers(identifier == null ? List.of() : List.of(identifier))
        .names(name == null ? List.of() : List.of(name))
        .build();
  }

  /** Writes a practitioner as XCN. */
  static void write(V2Out.Seg seg, int f, int r, Practitioner p) {
    if (!p.identifiers().isEmpty()) {
      Types.idWith(seg, f, r, p.identifiers().get(0), 1, 9, 13);
    }
    if (!p.names().isEmpty()) {
      Types.name(seg, f, r, p.names().get(0), 2);
      seg.set(f, r, 10, 1, Types.toTable(NAME_TYPE, p.names().get(0).use()));
    }
  }
}
