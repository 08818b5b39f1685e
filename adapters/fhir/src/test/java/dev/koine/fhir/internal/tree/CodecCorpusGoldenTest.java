package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Message;
import dev.koine.fhir.FhirCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The golden corpus of the codec: every FHIR file of the test corpus is decoded to the model and
 * round-tripped (decode, encode to the same format, compare leaves), and its outcome — payload
 * type, status, leaf and lost counts, the issue codes — is compared with {@code
 * golden/fhir-corpus-roundtrip.txt}. Any change fails the test; run with {@code
 * -Dkoine.golden.update=true} to rewrite the manifest, then review the diff.
 */
class CodecCorpusGoldenTest {
  private static final String NAME = "fhir-corpus-roundtrip.txt";

  @Test
  void everyCorpusFileHasItsRecordedOutcome() {
    FhirCodec codec = new FhirCodec();
    StringBuilder out = new StringBuilder();
    int leaves = 0;
    int lost = 0;
    int files = 0;
    for (CorpusFile f : CorpusFile.all()) {
      byte[] bytes = f.bytes();
      files++;
      out.append(f.path()).append(' ');
      try {
        Decoded<Message> d = codec.decode(bytes, null);
        RoundTrip rt = codec.roundTrip(bytes, null);
        TreeSet<String> codes = new TreeSet<>();
        for (Issue i : d.issues().all()) {
          codes.add(i.code().name());
        }
        leaves += rt.leaves();
        lost += rt.lost();
        out.append(d.value().payload().typeName())
            .append(' ')
            .append(rt.lost() == 0 ? "LOSSLESS" : "LOSSY")
            .append(" leaves=")
            .append(rt.leaves())
            .append(" lost=")
            .append(rt.lost())
            .append(' ')
            .append(codes)
            .append('\n');
      } catch (KoineParseException e) {
        out.append("FAILED ").append(e.location()).append('\n');
      }
    }
    out.append("TOTAL files=")
        .append(files)
        .append(" leaves=")
        .append(leaves)
        .append(" lost=")
        .append(lost)
        .append('\n');
    assertThat(files).isGreaterThan(300);
    check(out.toString());
  }

  private static void check(String actual) {
    if (Boolean.getBoolean("koine.golden.update")) {
      try {
        Path file = Paths.get("src/test/resources/golden", NAME);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (InputStream in = CodecCorpusGoldenTest.class.getResourceAsStream("/golden/" + NAME)) {
      assertThat(in).as("golden manifest %s exists", NAME).isNotNull();
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(actual).as("golden manifest %s", NAME).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
