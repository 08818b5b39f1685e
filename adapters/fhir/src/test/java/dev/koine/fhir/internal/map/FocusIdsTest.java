package dev.koine.fhir.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FocusIdsTest {
  @Property
  void focusIdsAreTheJdkNameBasedUuids(
      @ForAll String messageId, @ForAll String type, @ForAll @IntRange(min = 0) int index) {
    String expected =
        UUID.nameUUIDFromBytes(
                (messageId + "/" + type + "/" + index).getBytes(StandardCharsets.UTF_8))
            .toString();
    assertThat(FocusIds.uuid(messageId, type, index)).isEqualTo(expected);
  }
}
