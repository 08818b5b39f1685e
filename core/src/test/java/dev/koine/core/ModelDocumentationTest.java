package dev.koine.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/model.md describes every public type of the model and message packages. */
class ModelDocumentationTest {

  @Test
  void modelDocumentNamesEveryModelAndMessageType() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "model.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (String pkg : List.of("model", "message")) {
      try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/koine/core", pkg))) {
        files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
            .map(n -> n.substring(0, n.length() - ".java".length()))
            .filter(type -> !doc.contains("`" + type + "`"))
            .forEach(missing::add);
      }
    }
    assertThat(missing).as("types not described in docs/model.md").isEmpty();
  }
}
