package dev.koine.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BytesProperties {
  @Property
  void a_range_is_the_copy_of_those_bytes(
      @ForAll byte[] data, @ForAll @IntRange(max = 64) int a, @ForAll @IntRange(max = 64) int b) {
    int from = Math.min(Math.min(a, b), data.length);
    int to = Math.min(Math.max(a, b), data.length);
    Bytes range = Bytes.of(data, from, to - from);
    assertThat(range).isEqualTo(Bytes.of(Arrays.copyOfRange(data, from, to)));
    byte[] before = range.toArray();
    Arrays.fill(data, (byte) 7);
    assertThat(range.toArray()).isEqualTo(before); // a copy, not a view
  }

  @Property
  void a_range_outside_the_array_is_refused(
      @ForAll byte[] data, @ForAll @IntRange(min = 1, max = 8) int past) {
    assertThatThrownBy(() -> Bytes.of(data, data.length, past))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Bytes.of(data, -past, 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
