package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many threads hammer one fresh {@link Terminology} at once, so that lazy pack loading, lookups,
 * validation, translation and reverse translation all race; every answer must be right.
 */
class ConcurrencyTest {

  @Test
  void oneTerminology_manyThreads_sameAnswers() throws Exception {
    Terminology t = Terminology.builder().build(); // fresh: nothing loaded yet
    String gender = "https://fhir.hl7.org.uk/ConceptMap/ConceptMap-UKCore-AdministrativeGender";
    String sex = "https://koine.dev/fhir/ConceptMap/v2-to-fhir-AdministrativeSex";
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int n = 0; n < threads; n++) {
        final int seed = n;
        Callable<Integer> work =
            () -> {
              start.await();
              int checks = 0;
              for (int i = 0; i < 2_000; i++) {
                int k = (i + seed) % 8;
                String code = String.format(Locale.ROOT, "%02d", k + 1);
                assertThat(t.lookup(CodeSystems.NHS_NUMBER_VERIFICATION_STATUS_ENGLAND, code))
                    .isPresent();
                assertThat(t.lookup(CodeSystems.V2_ADMINISTRATIVE_SEX, "F").orElseThrow().display())
                    .isEqualTo("Female");
                assertThat(
                        t.validate(
                                Coding.of(
                                    CodeSystems.ETHNIC_CATEGORY_ENGLAND, k % 2 == 0 ? "A" : "CA"),
                                "https://fhir.hl7.org.uk/ValueSet/UKCore-EthnicCategory")
                            .status())
                    .isEqualTo(
                        k % 2 == 0
                            ? ValidationResult.Status.VALID
                            : ValidationResult.Status.INVALID);
                Translation tr =
                    t.translate(
                        Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, "female"), gender);
                assertThat(tr.targets())
                    .singleElement()
                    .extracting(Translation.Target::code)
                    .isEqualTo("2");
                Translation back =
                    t.reverseTranslate(
                        Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, "other"), sex);
                assertThat(back.matches())
                    .extracting(Translation.Target::code)
                    .containsExactlyInAnyOrder("O", "A", "N");
                checks += 5;
              }
              return checks;
            };
        results.add(pool.submit(work));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(60, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(threads * 2_000 * 5);
    } finally {
      pool.shutdownNow();
    }
  }
}
