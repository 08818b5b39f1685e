package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.issue.KoineParseException;
import dev.koine.fhir.Limits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader vouches that {@link UnknownElements} has nothing to find only when that is so,
 * which lets a decode skip the walk: checked on every JSON file of the test corpus (the walk's
 * findings on a vouched tree are none) and on small trees with each kind of finding.
 */
class UnknownElementsTest {
  private static FhirTree read(byte[] json, FhirStructure s) {
    return new FhirJsonReader(s, Limits.defaults()).read(json);
  }

  @Test
  void aVouchedCorpusTreeHasNoFindingsAndMostTreesAreVouched() {
    int vouched = 0;
    int json = 0;
    for (CorpusFile f : CorpusFile.all()) {
      if (!f.json()) {
        continue;
      }
      FhirTree t;
      try {
        t = read(f.bytes(), f.structure());
      } catch (KoineParseException e) {
        continue; // the corpus' broken files
      }
      json++;
      List<?> walked = UnknownElements.find(t.root(), f.structure());
      List<?> vouchedFor = t.unknownElements(f.structure());
      if (vouchedFor.isEmpty() && !walked.isEmpty()) {
        assertThat(walked).as("%s was vouched for", f).isEmpty();
      }
      assertThat(vouchedFor).as("%s", f).isEqualTo(walked);
      if (t.defined()) {
        vouched++;
      }
    }
    assertThat(json).isGreaterThan(100);
    assertThat(vouched).as("vouched for, of %d", json).isGreaterThan(json / 2);
  }

  @Test
  void eachKindOfFindingStopsTheReaderVouching() {
    for (String body :
        List.of(
            "{\"resourceType\": \"Patient\", \"colour\": \"blue\"}",
            "{\"resourceType\": \"Patient\", \"gender\": \"\"}",
            "{\"resourceType\": \"Patient\", \"id\": \"urn:uuid:1\"}",
            // a resource where the definitions hold none, and none where they hold one
            "{\"resourceType\": \"List\", \"entry\": [{\"resourceType\": \"Patient\","
                + " \"gender\": \"male\"}]}",
            "{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": {\"id\": \"a\"}}]}")) {
      FhirTree t = read(body.getBytes(StandardCharsets.UTF_8), FhirStructure.r4());
      assertThat(t.defined()).as(body).isFalse();
      assertThat(t.unknownElements(FhirStructure.r4())).as(body).isNotEmpty();
    }
    FhirTree clean =
        read(
            "{\"resourceType\": \"Patient\", \"id\": \"a-1.2\", \"gender\": \"male\"}"
                .getBytes(StandardCharsets.UTF_8),
            FhirStructure.r4());
    assertThat(clean.unknownElements(FhirStructure.r4())).isEmpty();
  }
}
