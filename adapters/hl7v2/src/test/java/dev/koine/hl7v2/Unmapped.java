package dev.koine.hl7v2;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import java.util.ArrayList;
import java.util.List;

/** What a decode did not type: its losses and the locations it carried verbatim. */
final class Unmapped {
  private Unmapped() {}

  /** The locations of the losses and of the {@code CARRIED_VERBATIM} issues, in order. */
  static List<String> locations(Decoded<?> d) {
    List<String> out = new ArrayList<>();
    for (Loss l : d.losses()) {
      out.add(l.location());
    }
    for (Issue i : d.issues().all()) {
      if (i.code() == IssueCode.CARRIED_VERBATIM) {
        out.add(i.location());
      }
    }
    return out;
  }
}
