package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.koine.core.issue.KoineParseException;
import dev.koine.fhir.Limits;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The element tree runs without HAPI and without Jackson databind: it is loaded here in a class
 * loader that holds only this module's classes, koine-core and jackson-core, and reads and writes
 * FHIR JSON and XML there. The tree's sources (and Limits) are also checked for imports of either.
 */
class TreeIsolationTest {

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void readsAndWritesWithOnlyCoreAndJacksonCore() throws Exception {
    URL[] path = {
      location(FhirNode.class), location(KoineParseException.class), location(JsonFactory.class)
    };
    assertThat(path[0]).isNotEqualTo(path[2]);
    try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
      Class<?> structure = loader.loadClass(FhirStructure.class.getName());
      Object r4 = structure.getMethod("r4").invoke(null);
      Class<?> limits = loader.loadClass(Limits.class.getName());
      Object defaults = limits.getMethod("defaults").invoke(null);
      Object jsonReader =
          loader
              .loadClass(FhirJsonReader.class.getName())
              .getConstructor(structure, limits)
              .newInstance(r4, defaults);
      Object tree =
          jsonReader
              .getClass()
              .getMethod("read", String.class)
              .invoke(
                  jsonReader,
                  "{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":1.50}}");
      Object root = tree.getClass().getMethod("root").invoke(tree);
      Class<?> node = loader.loadClass(FhirNode.class.getName());
      Object xmlWriter =
          loader
              .loadClass(FhirXmlWriter.class.getName())
              .getConstructor(structure, boolean.class)
              .newInstance(r4, false);
      Method writeString = xmlWriter.getClass().getMethod("writeString", node);
      assertThat(writeString.invoke(xmlWriter, root))
          .isEqualTo(
              "<Observation xmlns=\"http://hl7.org/fhir\"><valueQuantity><value value=\"1.50\"/>"
                  + "</valueQuantity></Observation>");
      assertThat(loader.getResource("ca/uhn/fhir/context/FhirContext.class")).isNull();
      assertThat(loader.getResource("com/fasterxml/jackson/databind/ObjectMapper.class")).isNull();
    }
  }

  @Test
  void sourcesImportNeitherHapiNorDatabind() throws IOException {
    Path sources = Path.of("src/main/java/dev/koine/fhir/internal/tree");
    try (Stream<Path> files = Files.walk(sources)) {
      List<Path> java =
          Stream.concat(
                  files.filter(p -> p.toString().endsWith(".java")),
                  Stream.of(Path.of("src/main/java/dev/koine/fhir/Limits.java")))
              .toList();
      assertThat(java).isNotEmpty();
      for (Path p : java) {
        assertThat(Files.readString(p, StandardCharsets.UTF_8))
            .as(p.toString())
            .doesNotContain("import ca.uhn")
            .doesNotContain("import org.hl7.fhir")
            .doesNotContain("jackson.databind");
      }
    }
  }
}
