package dev.koine.bench;

import dev.koine.core.code.Coding;
import dev.koine.terminology.ConceptMap;
import dev.koine.terminology.ConceptMaps;
import dev.koine.terminology.Terminology;
import dev.koine.terminology.Translation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's speed targets: lookup and translate at least 10 million operations per second on one
 * thread; every bundled pack loaded cold in under 300 ms; a 1,000,000-row CSV map loaded in under 2
 * s (its heap is measured with {@code -prof gc} or by the CSV test's printout).
 */
public class TerminologyBenchmark {

  /** A warm terminology with every bundled pack. */
  @State(Scope.Benchmark)
  public static class Warm {
    Terminology terminology;
    ConceptMap gender;
    Coding male = new Coding("http://terminology.hl7.org/CodeSystem/v2-0001", null, "M", null);
    Coding snomedLike =
        new Coding(
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-AdmissionMethodEngland", null, "21", null);

    @Setup
    public void setUp() {
      terminology = Terminology.bundled();
      terminology.loadAll();
      gender =
          terminology
              .conceptMap("https://koine.dev/fhir/ConceptMap/v2-to-fhir-AdministrativeSex")
              .orElseThrow();
    }
  }

  /** Looks up a code in a bundled UK Core code system. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  @Fork(1)
  public Optional<?> lookup(Warm w) {
    return w.terminology.lookup(w.snomedLike.system(), w.snomedLike.code());
  }

  /** Translates an HL7 v2 table 0001 code with the bundled v2-to-FHIR map. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  @Fork(1)
  public Translation translate(Warm w) {
    return w.gender.translate(w.male);
  }

  /** Loads every bundled pack in a fresh JVM (one shot per fork: a cold start). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public Terminology loadAllPacksCold() {
    Terminology t = Terminology.bundled();
    t.loadAll();
    return t;
  }

  /** A generated CSV map of a million rows, written once per trial. */
  @State(Scope.Benchmark)
  public static class LargeCsv {
    Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
      file = Files.createTempFile("koine-1m-", ".csv");
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(
            "source_system,source_code,source_display,target_system,target_code,target_display,"
                + "equivalence\n");
        for (int i = 0; i < 1_000_000; i++) {
          w.write(
              String.format(
                  Locale.ROOT,
                  "urn:local,L%07d,Local %d,http://snomed.info/sct,%d,Concept %d,equivalent%n",
                  i,
                  i,
                  100000000 + i,
                  i));
        }
      }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /** Loads the million-row CSV map. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Fork(value = 1, jvmArgsAppend = "-Xmx200m")
  public ConceptMap loadMillionRowCsv(LargeCsv csv) {
    return ConceptMaps.load(csv.file);
  }
}
