package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitsTest {
  @Test
  void defaults() {
    Limits d = Limits.defaults();
    assertThat(d.maxBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(d.maxDepth()).isEqualTo(100);
    assertThat(d.maxChildren()).isEqualTo(100_000);
    assertThat(d.maxNodes()).isEqualTo(2_000_000);
    assertThat(d.maxStringLength()).isEqualTo(16 * 1024 * 1024);
  }

  @Test
  void withers_changeOneComponent() {
    Limits d = Limits.defaults();
    assertThat(d.withMaxBytes(10)).isEqualTo(new Limits(10, 100, 100_000, 2_000_000, 16 << 20));
    assertThat(d.withMaxDepth(5).maxDepth()).isEqualTo(5);
    assertThat(d.withMaxChildren(6).maxChildren()).isEqualTo(6);
    assertThat(d.withMaxNodes(7).maxNodes()).isEqualTo(7);
    assertThat(d.withMaxStringLength(8).maxStringLength()).isEqualTo(8);
    assertThat(d.withMaxDepth(5).maxBytes()).isEqualTo(d.maxBytes());
  }

  @Test
  void nonPositive_refused() {
    assertThatThrownBy(() -> Limits.defaults().withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> Limits.defaults().withMaxBytes(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
