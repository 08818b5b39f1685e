package dev.koine.hl7v2.internal;

import dev.koine.core.id.Identifier;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Practitioner;
import dev.koine.hl7v2.V2Segment;
import java.util.List;

/** XCN (a person with an id and a name) to and from a {@link Practitioner}. */
final class Xcn {
  private Xcn() {}

  /** A practitioner with this id from an XCN repetition, null if empty. */
  static Practitioner practitioner(V2In in, V2Segment s, int f, int r, String id) {
    Identifier identifier = Types.idWith(in, s, f, r, 1, 9, 13);
    HumanName name = Types.name(in, s, f, r, 2);
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
    }
  }
}
