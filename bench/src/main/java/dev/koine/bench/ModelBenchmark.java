package dev.koine.bench;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.id.Identifier;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Patient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The cost of building and editing immutable model values. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ModelBenchmark {
  private final Patient patient = buildPatient();

  /** Builds a patient with an identifier, a name and a gender. */
  @Benchmark
  public Patient buildPatient() {
    return Patient.builder()
        .id("patient-1")
        .addIdentifier(Identifier.of("https://fhir.nhs.uk/Id/nhs-number", "9000000009"))
        .addName(new HumanName("official", null, "Demo", List.of("Alex"), List.of(), null, null))
        .gender(AdministrativeGender.FEMALE)
        .genderCode(Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, "female"))
        .build();
  }

  /** Edits one field of an existing patient through toBuilder(). */
  @Benchmark
  public Patient editPatient() {
    return patient.toBuilder().gender(AdministrativeGender.MALE).build();
  }
}
