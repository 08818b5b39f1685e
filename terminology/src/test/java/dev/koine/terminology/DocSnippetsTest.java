package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in {@code docs/terminology.md} is a tagged region of {@link
 * TerminologyDocExamplesTest}, character for character (after removing common indentation), so the
 * documentation's examples are code that runs.
 */
class DocSnippetsTest {
  private static final Path DOC = Path.of("../docs/terminology.md");
  private static final Path SOURCE =
      Path.of("src/test/java/dev/koine/terminology/TerminologyDocExamplesTest.java");

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.isBlank() ? "" : l.substring(indent));
    }
    return String.join("\n", out).strip();
  }

  @Test
  void docSnippets_areTheTestRegions() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("<!-- snippet: (\\w+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
            .matcher(doc);
    int n = 0;
    while (m.find()) {
      String tag = m.group(1);
      int from = source.indexOf("// tag::" + tag + "[]");
      int to = source.indexOf("// end::" + tag + "[]");
      assertThat(from).as("tag %s in the test", tag).isPositive();
      String region = source.substring(source.indexOf('\n', from) + 1, to);
      assertThat(dedent(m.group(2))).as("snippet %s", tag).isEqualTo(dedent(region));
      n++;
    }
    assertThat(n).as("snippets in docs/terminology.md").isEqualTo(7);
  }
}
