package dev.koine.terminology.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.terminology.ResourceFormat;
import dev.koine.terminology.TerminologyResource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled packs ({@code packs/packs.bin}) and their readable listing ({@code packs/index.tsv})
 * must describe exactly the bundled source files: every resource decoded from {@code packs.bin}
 * equals the one parsed from its FHIR XML/JSON or CSV source. When packs change, regenerate both
 * with {@code mvn -pl terminology test -Dtest=PackIndexTest -Dkoine.updatePackIndex=true} and
 * commit them.
 */
class PackIndexTest {
  private static final String HEADER =
      "# Koine bundled terminology packs: kind, url, version, source format, source path (under"
          + " packs/), v2 table.\n# Compiled into packs.bin by PackIndexTest"
          + " (-Dkoine.updatePackIndex=true); do not edit by hand.\n";

  /** A source resource. */
  record Source(
      String kind,
      String url,
      String version,
      String format,
      String path,
      String table,
      TerminologyResource resource) {
    String line() {
      return String.join(
          "\t",
          kind,
          url,
          version == null ? "-" : version,
          format,
          path,
          table == null ? "-" : table);
    }
  }

  static Path packsDir() throws URISyntaxException {
    return Path.of(PackIndexTest.class.getResource(PackRegistry.BASE + PackRegistry.BINARY).toURI())
        .getParent();
  }

  static List<Source> scan(Path packs) throws IOException {
    List<Source> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(packs)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String rel = packs.relativize(f).toString().replace('\\', '/');
      String name = f.getFileName().toString();
      if (name.startsWith("_") || name.equals(PackRegistry.BINARY) || name.equals("index.tsv")) {
        continue;
      }
      if (name.endsWith(".csv")) {
        V2Sheet sheet;
        try (InputStream in = Files.newInputStream(f)) {
          sheet = V2Sheet.read(ResourceReader.utf8(in), name);
        }
        out.add(
            new Source(
                "ConceptMap",
                sheet.map().url(),
                sheet.map().version(),
                "v2-sheet",
                rel,
                null,
                sheet.map()));
        for (Map.Entry<String, String> t : V2Sheet.TABLES.entrySet()) {
          if (t.getValue().equals(V2Sheet.sheetName(name))) {
            TerminologyResource table = sheet.table(t.getKey(), name);
            out.add(
                new Source(
                    "CodeSystem",
                    table.url(),
                    table.version(),
                    "v2-table",
                    rel,
                    t.getKey(),
                    table));
          }
        }
        continue;
      }
      boolean json = name.endsWith(".json");
      TerminologyResource r;
      try (InputStream in = Files.newInputStream(f)) {
        r =
            ResourceReader.readFhir(
                in, json ? ResourceFormat.FHIR_JSON : ResourceFormat.FHIR_XML, rel);
      }
      out.add(
          new Source(
              r.getClass().getSimpleName(),
              r.url(),
              r.version(),
              json ? "fhir-json" : "fhir-xml",
              rel,
              null,
              r));
    }
    return out;
  }

  @Test
  void compiledPacks_matchTheSourceFiles() throws Exception {
    Path packs = packsDir();
    List<Source> sources = scan(packs);
    Set<String> keys = new HashSet<>();
    StringBuilder index = new StringBuilder(HEADER);
    List<PackRegistry.Entry> entries = new ArrayList<>();
    List<byte[]> encoded = new ArrayList<>();
    for (Source s : sources) {
      assertThat(keys.add(s.kind() + " " + s.url()))
          .as("one bundled %s per URL: %s", s.kind(), s.url())
          .isTrue();
      index.append(s.line()).append('\n');
      entries.add(new PackRegistry.Entry(s.kind(), s.url(), s.version(), s.path(), 0, 0));
      encoded.add(PackCodec.encode(s.resource()));
    }
    byte[] binary = PackRegistry.compile(entries, encoded);

    if (Boolean.getBoolean("koine.updatePackIndex")) {
      Path src = Path.of("src/main/resources/dev/koine/terminology/packs");
      Files.writeString(src.resolve("index.tsv"), index.toString(), StandardCharsets.UTF_8);
      Files.write(src.resolve(PackRegistry.BINARY), binary);
      Files.writeString(packs.resolve("index.tsv"), index.toString(), StandardCharsets.UTF_8);
      Files.write(packs.resolve(PackRegistry.BINARY), binary);
    }

    assertThat(Files.readString(packs.resolve("index.tsv"), StandardCharsets.UTF_8))
        .as("packs/index.tsv is stale: run with -Dkoine.updatePackIndex=true and commit it")
        .isEqualTo(index.toString());
    PackRegistry committed =
        PackRegistry.of(Files.readAllBytes(packs.resolve(PackRegistry.BINARY)));
    assertThat(committed.entries()).hasSize(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      PackRegistry.Entry e = committed.entries().get(i);
      assertThat(e.kind() + " " + e.url()).isEqualTo(s.kind() + " " + s.url());
      assertThat(committed.load(e))
          .as("packs.bin is stale for %s: run with -Dkoine.updatePackIndex=true", s.path())
          .isEqualTo(s.resource());
    }
    assertThat(Files.readAllBytes(packs.resolve(PackRegistry.BINARY)))
        .as("packs.bin is stale: run with -Dkoine.updatePackIndex=true and commit it")
        .isEqualTo(binary);
  }
}
