package dev.koine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes N HL7 v2 files for {@code bench/compare-cli}: copies of four ADT^A01 and ORU^R01 messages
 * (Koine's ITK ADT and trust ORU, and the Microsoft FHIR-Converter corpus samples {@code
 * ADT-A01-01} and {@code ORU-R01-RMGEAD}), taken in turn, each with its own MSH-10 control id.
 */
public final class GenerateV2Files {
  /** The messages copied, in turn. */
  static final List<String> SOURCES =
      List.of(
          Payloads.ADT_A01,
          Payloads.ORU_R01,
          "hl7v2/ms-fhir-converter/ADT-A01-01.hl7",
          "hl7v2/ms-fhir-converter/ORU-R01-RMGEAD.hl7");

  private GenerateV2Files() {}

  /** This message with MSH-10 set to {@code controlId}. */
  static String withControlId(String message, String controlId) {
    char sep = message.charAt(3);
    int end = message.length();
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\r' || c == '\n') {
        end = i;
        break;
      }
    }
    String msh = message.substring(0, end);
    String[] fields = msh.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
    if (fields.length < 10) {
      throw new IllegalArgumentException("MSH has no MSH-10");
    }
    fields[9] = controlId;
    return String.join(String.valueOf(sep), fields) + message.substring(end);
  }

  /**
   * Writes the files.
   *
   * @param args the output folder and the number of files (default 2000)
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Files.createDirectories(dir);
    String[] texts = new String[SOURCES.size()];
    String[] names = new String[SOURCES.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = new String(Payloads.resource(SOURCES.get(i)), StandardCharsets.ISO_8859_1);
      String s = SOURCES.get(i);
      names[i] = s.substring(s.lastIndexOf('/') + 1, s.length() - ".hl7".length());
    }
    for (int i = 0; i < n; i++) {
      int k = i % texts.length;
      String id = String.format(Locale.ROOT, "BENCH%06d", i);
      Files.write(
          dir.resolve(String.format(Locale.ROOT, "%06d-%s.hl7", i, names[k])),
          withControlId(texts[k], id).getBytes(StandardCharsets.ISO_8859_1));
    }
    System.err.printf(Locale.ROOT, "wrote %d HL7 v2 files to %s%n", n, dir);
  }
}
