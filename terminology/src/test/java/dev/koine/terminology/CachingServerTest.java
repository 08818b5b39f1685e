package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.code.Coding;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingServerTest {

  /** A server that counts its calls and fails for code "boom". */
  static final class CountingServer implements TerminologyServer {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public ValidationResult validateCode(Coding coding, String valueSetUrl) {
      calls.incrementAndGet();
      if (coding.code().equals("boom")) {
        throw new IllegalStateException("server down");
      }
      return ValidationResult.valid();
    }

    @Override
    public Optional<ConceptDefinition> lookup(String system, String code) {
      calls.incrementAndGet();
      return Optional.empty();
    }

    @Override
    public Translation translate(Coding coding, String conceptMapUrl) {
      calls.incrementAndGet();
      return new Translation(coding, List.of(), conceptMapUrl, null);
    }
  }

  @Test
  void remembersAnswers_evictsTheLeastRecentlyUsed_doesNotRememberFailures() {
    CountingServer counting = new CountingServer();
    TerminologyServer cached = TerminologyServer.caching(counting, 2);
    Coding a = Coding.of("http://snomed.info/sct", "1");
    Coding b = Coding.of("http://snomed.info/sct", "2");
    Coding c = Coding.of("http://snomed.info/sct", "3");
    cached.validateCode(a, "vs");
    cached.validateCode(a, "vs");
    assertThat(counting.calls).hasValue(1);
    cached.validateCode(b, "vs");
    cached.validateCode(a, "vs"); // a is now most recent
    cached.validateCode(c, "vs"); // evicts b
    assertThat(counting.calls).hasValue(3);
    cached.validateCode(a, "vs");
    assertThat(counting.calls).hasValue(3);
    cached.validateCode(b, "vs");
    assertThat(counting.calls).hasValue(4);
    cached.lookup("s", "x");
    cached.lookup("s", "x");
    cached.translate(a, "map");
    cached.translate(a, "map");
    assertThat(counting.calls).hasValue(6);
    Coding boom = Coding.of("s", "boom");
    assertThatThrownBy(() -> cached.validateCode(boom, "vs")).hasMessage("server down");
    assertThatThrownBy(() -> cached.validateCode(boom, "vs")).hasMessage("server down");
    assertThat(counting.calls).hasValue(8);
    assertThat(cached.name()).isEqualTo("counting");
    assertThatThrownBy(() -> TerminologyServer.caching(counting, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
