package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.message.Referral;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.junit.jupiter.api.Test;

/**
 * The testkit sample of docs/getting-started.md is the region below: jqwik runs it, and a test
 * checks that the document still contains it verbatim.
 */
class GettingStartedExampleProperties {

  // region testkit
  @Property(tries = 200)
  @Domain(NhsDomain.class)
  void everyReferralSurvivesMyMapping(@ForAll Referral referral) {
    Referral mapped = referral.toBuilder().build(); // your mapping here
    assertThat(mapped).isEqualTo(referral);
  }

  // endregion

  @Test
  void gettingStartedContainsTheSampleVerbatim() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/dev/koine/testkit/GettingStartedExampleProperties.java"),
            StandardCharsets.UTF_8);
    String start = "// region testkit\n";
    int from = source.indexOf(start) + start.length();
    int to = source.indexOf("  // endregion", from);
    List<String> lines = List.of(source.substring(from, to).split("\n", -1));
    String snippet =
        lines.stream()
            .map(l -> l.length() >= 2 ? l.substring(2) : l.strip())
            .collect(Collectors.joining("\n"))
            .strip();
    String doc =
        Files.readString(Path.of("..", "docs", "getting-started.md"), StandardCharsets.UTF_8);
    assertThat(normalise(doc)).contains(normalise(snippet));
  }

  private static String normalise(String text) {
    return Stream.of(text.split("\n")).map(String::stripTrailing).collect(Collectors.joining("\n"));
  }
}
