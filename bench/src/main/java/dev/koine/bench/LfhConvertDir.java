package dev.koine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Converts every file of a folder with the LinuxForHealth converter, one R4 JSON file out per
 * input, as a plain Java main (the peer of {@code koine convert --to fhir-r4-json --out DIR} in
 * {@code bench/compare-cli}). Its jars come from {@value LfhConverter#LIB_PROPERTY}.
 */
public final class LfhConvertDir {
  private LfhConvertDir() {}

  /**
   * Converts the folder.
   *
   * @param args the input folder and the output folder
   */
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    List<Path> files;
    try (Stream<Path> s = Files.list(in)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    long start = System.nanoTime();
    int ok = 0;
    int failed = 0;
    try (LfhConverter converter = LfhConverter.fromDefaultLocation()) {
      for (Path f : files) {
        try {
          String json =
              converter.convert(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
          String name = f.getFileName().toString();
          Files.writeString(out.resolve(name + ".r4.json"), json, StandardCharsets.UTF_8);
          ok++;
        } catch (RuntimeException e) {
          failed++;
        }
      }
    }
    System.err.printf(
        Locale.ROOT,
        "lfh: %d converted, %d failed, %.1f s%n",
        ok,
        failed,
        (System.nanoTime() - start) / 1e9);
    System.exit(failed == 0 ? 0 : 1);
  }
}
