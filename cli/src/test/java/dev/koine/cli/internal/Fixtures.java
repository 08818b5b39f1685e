package dev.koine.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and builds input files from the bundled examples. */
final class Fixtures {
  private Fixtures() {}

  /** The outcome of one run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs with this many worker threads (1: sequential). */
  static Run runWithThreads(int threads, String... args) {
    int before = FileCommand.threadsOverride;
    FileCommand.threadsOverride = threads;
    try {
      return run(args);
    } finally {
      FileCommand.threadsOverride = before;
    }
  }

  static byte[] example(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/examples/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The HL7 v2 ADT^A01 example (segments end with CR) with MSH-10 replaced. */
  static String adt(String controlId) {
    return new String(example("ITK-ADT-A01.hl7"), StandardCharsets.UTF_8)
        .replace("ITK00001", controlId);
  }

  /** The BaRS referral example on one line (an NDJSON record). */
  static String referralLine() {
    return new String(example("bars-validation-request.json"), StandardCharsets.UTF_8)
        .replaceAll("\\s*\\R\\s*", " ")
        .strip();
  }

  /** A batch file of n ADT messages (ITK00001...) with FHS/BHS...BTS/FTS. */
  static String batch(int n) {
    StringBuilder sb = new StringBuilder("FHS|^~\\&|PAS|RX1\rBHS|^~\\&|PAS|RX1\r");
    for (int i = 1; i <= n; i++) {
      sb.append(adt(String.format(java.util.Locale.ROOT, "ITK%05d", i)));
    }
    return sb.append("BTS|").append(n).append("\rFTS|1\r").toString();
  }

  static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
