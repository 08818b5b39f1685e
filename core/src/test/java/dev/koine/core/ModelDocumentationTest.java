package dev.koine.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/model.md describes every public type of the model and message packages. */
class ModelDocumentationTest {

  @Test
  void modelDocumentNamesEveryModelAndMessageType() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "model.md"), StandardCharsets.UTF_8);
    List<String> missing;
    try (Stream<Path> files =
        Stream.concat(
            Files.list(Path.of("src/main/java/dev/koine/core/model")),
            Files.list(Path.of("src/main/java/dev/koine/core/message")))) {
      missing =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
              .map(n -> n.substring(0, n.length() - ".java".length()))
              .filter(type -> !doc.contains("`" + type + "`"))
              .toList();
    }
    assertThat(missing).as("types not described in docs/model.md").isEmpty();
  }
}
