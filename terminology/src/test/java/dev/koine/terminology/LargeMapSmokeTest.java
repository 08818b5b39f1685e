package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.Coding;
import dev.koine.terminology.internal.ElementTable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A 100,000-row local CSV map: loads, translates every row, and reports its load time and heap
 * (printed, not asserted: timing belongs to the JMH benchmarks). The bench module measures the
 * 1,000,000-row target.
 */
class LargeMapSmokeTest {
  static final int ROWS = 100_000;

  static byte[] csv(int rows) {
    StringBuilder sb =
        new StringBuilder(rows * 120)
            .append(
                "source_system,source_code,source_display,target_system,target_code,"
                    + "target_display,equivalence\n");
    for (int i = 0; i < rows; i++) {
      sb.append("https://trust.example.nhs.uk/CodeSystem/lab,LAB")
          .append(i)
          .append(",\"Local test ")
          .append(i)
          .append(", serum\",http://snomed.info/sct,")
          .append(100_000_000L + (i % 5000) * 7L)
          .append(",Observable entity ")
          .append(i % 5000)
          .append(',')
          .append(i % 10 == 0 ? "wider" : "equivalent")
          .append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void hundredThousandRows_loadAndTranslate() {
    byte[] bytes = csv(ROWS);
    long before = usedHeap();
    long t0 = System.nanoTime();
    ConceptMap map =
        ConceptMaps.readCsv(
            new ByteArrayInputStream(bytes), "large.csv", "urn:koine:test:large", null);
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    long heap = usedHeap() - before;
    long retained = ((ElementTable) map.groups().get(0).elements()).retainedBytes();
    assertThat(map.size()).isEqualTo(ROWS);
    long t1 = System.nanoTime();
    for (int i = 0; i < ROWS; i++) {
      Translation t =
          map.translate(Coding.of("https://trust.example.nhs.uk/CodeSystem/lab", "LAB" + i));
      assertThat(t.targets()).hasSize(1);
      assertThat(t.targets().get(0).code())
          .isEqualTo(String.valueOf(100_000_000L + (i % 5000) * 7L));
    }
    long translateMs = (System.nanoTime() - t1) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "LargeMapSmokeTest: %d rows (%d KB CSV) loaded in %d ms; heap retained ~%d KB"
            + " (%d bytes/row, index estimate %d KB); %d translations in %d ms%n",
        ROWS,
        bytes.length / 1024,
        loadMs,
        heap / 1024,
        heap / ROWS,
        retained / 1024,
        ROWS,
        translateMs);
    assertThat(map.version()).startsWith("sha256:");
  }
}
