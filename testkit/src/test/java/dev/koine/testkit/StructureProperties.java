package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.message.Message;
import dev.koine.core.model.Entities;
import dev.koine.core.time.PartialDateTime;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Deep checks over whole generated messages: every list is unmodifiable, every text is clean, every
 * date-time is one both FHIR and HL7 v2 carry exactly.
 */
class StructureProperties {

  @Provide
  Arbitrary<Message> messages() {
    return MessageArbitraries.messages();
  }

  @Provide
  Arbitrary<Entities> entities() {
    return ModelArbitraries.entities();
  }

  @Property(tries = 200)
  void everyListInAMessageIsUnmodifiable(@ForAll("messages") Message message) {
    int[] lists = {0};
    Graph.walk(
        message,
        o -> {
          if (o instanceof List<?> list) {
            lists[0]++;
            assertThatThrownBy(() -> list.add(null))
                .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
          }
        });
    assertThat(lists[0]).isPositive();
  }

  @Property(tries = 200)
  void everyListInEntitiesIsUnmodifiable(@ForAll("entities") Entities entities) {
    Graph.walk(
        entities,
        o -> {
          if (o instanceof List<?> list && !list.isEmpty()) {
            assertThatThrownBy(() -> list.remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
          }
        });
  }

  private static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  @Property(tries = 200)
  void everyTextInAMessageIsNonBlankUnpaddedAndFreeOfControlCharacters(
      @ForAll("messages") Message message) {
    Graph.walk(
        message,
        o -> {
          if (o instanceof String s) {
            assertThat(s).isNotBlank();
            assertThat(s.strip()).isEqualTo(s);
            assertThat(s.chars().noneMatch(Character::isISOControl)).as("no control").isTrue();
            assertThat(hasUnpairedSurrogate(s)).as("unpaired surrogate").isFalse();
          }
        });
  }

  @Property(tries = 200)
  void everyDateTimeInAMessageIsCarriedExactlyByFhirAndHl7v2(@ForAll("messages") Message message) {
    int[] times = {0};
    Graph.walk(
        message,
        o -> {
          if (o instanceof PartialDateTime t) {
            times[0]++;
            assertThat(t.isFhirRepresentable()).isTrue();
            assertThat(t.isV2Representable()).isTrue();
            assertThat(PartialDateTime.parseFhir(t.toFhir())).isEqualTo(t);
            assertThat(PartialDateTime.parseV2(t.toV2()).toFhir()).isEqualTo(t.toFhir());
            Statistics.collect(t.precision());
          }
        });
  }
}
