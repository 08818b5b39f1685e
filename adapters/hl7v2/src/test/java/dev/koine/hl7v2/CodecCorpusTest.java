package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every corpus file through {@link Hl7v2Codec}: it decodes without an internal error (a {@link
 * KoineParseException} only for message types without a mapping, which the manifest lists), and the
 * number of losses and of leaves lost by a round trip per file is golden ({@code
 * golden/corpus-losses.txt}): any change fails.
 */
class CodecCorpusTest {
  private final Hl7v2Codec codec = new Hl7v2Codec();

  @Test
  void corpusDecodesWithGoldenLossCounts() throws IOException {
    StringBuilder manifest = new StringBuilder();
    int decoded = 0;
    for (Path file : Corpus.files()) {
      String name = Corpus.name(file);
      if (Corpus.notEr7().containsKey(name)) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      assertThat(codec.accepts(bytes)).as(name).isTrue();
      try {
        Decoded<Message> d = codec.decode(bytes, WireFormat.HL7V2);
        RoundTrip rt = codec.roundTrip(bytes, WireFormat.HL7V2);
        assertThat(rt.leaves()).as(name).isEqualTo(d.leaves());
        for (String location : Unmapped.locations(d)) {
          assertThat(location).as(name).doesNotContain("|");
        }
        decoded++;
        manifest
            .append(name)
            .append('\t')
            .append(d.value().payload().typeName())
            .append("\tleaves=")
            .append(d.leaves())
            .append("\tlosses=")
            .append(d.losses().size())
            .append("\tcarried=")
            .append(Unmapped.locations(d).size() - d.losses().size())
            .append("\troundtrip-lost=")
            .append(rt.lost())
            .append('\n');
      } catch (KoineParseException e) {
        manifest.append(name).append("\tNOT MAPPED\t").append(e.getMessage()).append('\n');
      }
    }
    assertThat(decoded).isGreaterThan(20);
    Golden.check("corpus-losses.txt", manifest.toString());
  }
}
