package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FhirStructureTest {

  private static String committed(String file) throws IOException {
    try (InputStream in = FhirStructure.class.getResourceAsStream("/dev/koine/fhir/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void check(FhirContext ctx, String label, String file) throws IOException {
    String generated = StructureMetadataGenerator.generate(ctx, label);
    if (Boolean.getBoolean("koine.regenerate")) {
      Files.writeString(Path.of("src/main/resources/dev/koine/fhir", file), generated);
    }
    assertThat(committed(file))
        .as("%s is stale: run the tests with -Dkoine.regenerate=true and commit", file)
        .isEqualTo(generated);
  }

  @Test
  void r4MetadataFileIsUpToDate() throws IOException {
    check(FhirContext.forR4Cached(), "R4", "structure-r4.txt");
  }

  @Test
  void stu3MetadataFileIsUpToDate() throws IOException {
    check(FhirContext.forDstu3Cached(), "STU3", "structure-stu3.txt");
  }
}
