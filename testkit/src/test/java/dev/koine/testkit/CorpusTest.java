package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The corpus helper lists classpath folders from directories and from jars. */
class CorpusTest {

  @TempDir Path temp;

  @Test
  void listsTheFilesOfADirectoryWithTheExtensionInAnyCaseSortedByName() {
    List<Corpus.Entry> files = Corpus.files("corpus/sample", "json").toList();
    assertThat(files).extracting(Corpus.Entry::name).containsExactly("a.json", "nested/b.JSON");
    assertThat(files.get(1).resource()).isEqualTo("corpus/sample/nested/b.JSON");
    assertThat(files.get(1).text()).contains("Ó Súilleabháin");
    assertThat(files.get(1).extension()).isEqualTo("json");
    assertThat(files.get(0).toString()).isEqualTo("a.json");
  }

  @Test
  void skipsProvenanceNotesAndAcceptsEveryExtensionWhenNoneIsGiven() {
    assertThat(Corpus.files("corpus/sample").map(Corpus.Entry::name))
        .containsExactly("a.json", "c.hl7", "nested/b.JSON");
    assertThat(Corpus.files("/corpus/sample/", ".hl7").map(Corpus.Entry::name))
        .containsExactly("c.hl7");
  }

  @Test
  void entriesHandOutCopies() throws IOException {
    Corpus.Entry a = Corpus.files("corpus/sample", "json").findFirst().orElseThrow();
    byte[] bytes = a.bytes();
    bytes[0] = 'X';
    assertThat(a.text()).startsWith("{");
    assertThat(a.stream().readAllBytes()).isEqualTo(a.content().toArray());
  }

  @Test
  void aMissingFolderIsAnError() {
    assertThatThrownBy(() -> Corpus.files("corpus/no-such-folder", "json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no classpath folder corpus/no-such-folder");
  }

  private Path jar(String... namesAndContents) throws IOException {
    Path jar = temp.resolve("corpus.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out)) {
      for (String dir :
          List.of("corpus/", "corpus/sample/", "corpus/sample/deep/", "corpus/samplex/")) {
        j.putNextEntry(new JarEntry(dir));
        j.closeEntry();
      }
      for (int i = 0; i < namesAndContents.length; i += 2) {
        j.putNextEntry(new JarEntry(namesAndContents[i]));
        j.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        j.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void listsTheFilesOfAFolderInsideAJar() throws IOException {
    Path jar =
        jar(
            "corpus/sample/x.json", "{\"x\":1}",
            "corpus/sample/deep/y.json", "{\"y\":2}",
            "corpus/sample/_SOURCE.txt", "source",
            "corpus/sample/z.xml", "<z/>",
            "corpus/samplex/w.json", "{}");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      List<Corpus.Entry> files = Corpus.files(loader, "corpus/sample", "json").toList();
      assertThat(files).extracting(Corpus.Entry::name).containsExactly("deep/y.json", "x.json");
      assertThat(files.get(1).text()).isEqualTo("{\"x\":1}");
      assertThat(files.get(1).resource()).isEqualTo("corpus/sample/x.json");
    }
  }

  @Test
  void mergesTheFolderFromEveryClasspathEntry() throws IOException {
    Path jar = jar("corpus/sample/from-jar.json", "{}");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      assertThat(Corpus.files(loader, "corpus/sample", "json").map(Corpus.Entry::name))
          .containsExactly("a.json", "from-jar.json", "nested/b.JSON");
    }
  }

  @Test
  void listsClassFilesOfTheCoreModule() {
    assertThat(Corpus.files(getClass().getClassLoader(), "dev/koine/core/model", "class"))
        .extracting(Corpus.Entry::name)
        .contains("Patient.class", "Value$Primitive.class");
  }

  @TestFactory
  Stream<DynamicTest> oneDynamicTestPerCorpusFile() {
    return Corpus.files("corpus/sample", "json")
        .map(f -> DynamicTest.dynamicTest(f.name(), () -> assertThat(f.text()).startsWith("{")));
  }
}
