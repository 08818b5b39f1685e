package dev.koine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.issue.IssueCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** docs/validation.md lists every issue code with its default severity. */
class ValidationDocumentationTest {
  @Test
  void everyIssueCodeIsDocumentedWithItsSeverity() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "validation.md"), StandardCharsets.UTF_8);
    assertThat(Arrays.stream(IssueCode.values()))
        .allSatisfy(
            code ->
                assertThat(doc)
                    .as("docs/validation.md row for %s", code)
                    .contains("| `" + code.name() + "` | " + code.defaultSeverity() + " |"));
  }
}
