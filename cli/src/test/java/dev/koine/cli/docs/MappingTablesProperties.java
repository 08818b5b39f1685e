package dev.koine.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.cli.docs.MappingTables.Form;
import dev.koine.core.message.Message;
import dev.koine.testkit.MessageArbitraries;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invariants the table generator relies on, for any message the testkit generates. */
class MappingTablesProperties {

  @Provide
  Arbitrary<Message> messages() {
    return MessageArbitraries.messages();
  }

  /**
   * Every probe copy is a valid message (built by the canonical constructors), differs from the
   * original, and keeps its payload type; the probe paths are distinct and rooted at the envelope
   * or the payload type.
   */
  @Property(tries = 50)
  void probesChangeOneLeafOfAValidMessage(@ForAll("messages") Message m) {
    Set<String> paths = new HashSet<>();
    for (ModelProbes.Probe probe : ModelProbes.of(m)) {
      assertThat(paths.add(probe.path())).as(probe.path()).isTrue();
      assertThat(probe.path())
          .satisfiesAnyOf(
              p -> assertThat(p).startsWith("Envelope."),
              p -> assertThat(p).startsWith(m.payload().typeName() + "."));
      for (Message copy : probe.candidates()) {
        assertThat(copy).as(probe.path()).isNotEqualTo(m);
        assertThat(copy.payload().getClass()).as(probe.path()).isEqualTo(m.payload().getClass());
      }
    }
  }

  /**
   * Encoding the same message twice gives the same leaves in every form that takes it, so every
   * difference a table records comes from the probe's change.
   */
  @Property(tries = 30)
  void encodingIsDeterministic(@ForAll("messages") Message m) {
    for (Form form : Form.values()) {
      Optional<WireLeaves> first = leaves(m, form);
      if (first.isPresent()) {
        WireLeaves second = leaves(m, form).orElseThrow();
        assertThat(first.get().differences(second)).as(form.title()).isEmpty();
        assertThat(first.get().values()).as(form.title()).isNotEmpty();
      }
    }
  }

  private static Optional<WireLeaves> leaves(Message m, Form form) {
    try {
      return Optional.of(MappingTables.leaves(m, form));
    } catch (IllegalArgumentException notInThisForm) {
      return Optional.empty();
    }
  }
}
