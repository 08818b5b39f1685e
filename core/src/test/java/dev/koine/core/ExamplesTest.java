package dev.koine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.examples.Examples;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.Issues;
import dev.koine.core.message.Message;
import dev.koine.core.message.Payload;
import dev.koine.core.validation.MessageValidator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void everyPayloadTypeHasAnExample() {
    Set<Class<?>> types =
        Examples.all().stream().map(m -> m.payload().getClass()).collect(Collectors.toSet());
    assertThat(types).hasSameSizeAs(Payload.class.getPermittedSubclasses());
  }

  @Test
  void everyExampleIsValidForItsFamily() {
    for (Message message : Examples.all()) {
      Issues issues = MessageValidator.instance().validate(message);
      assertThat(issues.filter(i -> i.severity().isError()))
          .as("errors in the %s example", message.payload().typeName())
          .extracting(Issue::toString)
          .isEmpty();
    }
  }
}
