package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.model.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every model and message type has a public generator in ModelArbitraries or MessageArbitraries.
 */
class CompletenessTest {

  private static List<Class<?>> typesIn(String packagePath) throws ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    for (Corpus.Entry e :
        Corpus.files(CompletenessTest.class.getClassLoader(), packagePath, "class").toList()) {
      String name = e.name();
      if (name.contains("$") || name.contains("/") || name.startsWith("package-info")) {
        continue;
      }
      String className = packagePath.replace('/', '.') + "." + name.substring(0, name.length() - 6);
      types.add(Class.forName(className));
    }
    return types;
  }

  @Test
  void everyRecordEnumAndSealedTypeOfTheModelAndMessagesHasAGenerator() throws Exception {
    Set<Class<?>> generated = Samples.byType().keySet();
    List<Class<?>> expected = new ArrayList<>();
    for (String pkg : List.of("dev/koine/core/model", "dev/koine/core/message")) {
      for (Class<?> type : typesIn(pkg)) {
        if (type.isRecord() || type.isEnum() || type.isSealed() || type == Bytes.class) {
          expected.add(type);
        }
      }
    }
    assertThat(expected).hasSizeGreaterThan(80);
    assertThat(generated).containsAll(expected);
  }
}
