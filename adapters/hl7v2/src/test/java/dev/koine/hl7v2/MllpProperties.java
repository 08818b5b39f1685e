package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** MLLP framing: frame/unframe identity, streaming of several frames, limits, bad streams. */
class MllpProperties {

  @Provide
  Arbitrary<byte[]> payloads() {
    return Arbitraries.bytes()
        .filter(b -> b != Mllp.START_BLOCK && b != Mllp.END_BLOCK)
        .array(byte[].class)
        .ofMaxSize(300);
  }

  @Property
  void unwrap_inverts_frame(@ForAll("payloads") byte[] payload) {
    byte[] framed = Mllp.frame(payload);
    assertThat(Mllp.isFramed(framed)).isTrue();
    assertThat(Mllp.unwrapIfFramed(framed)).isEqualTo(payload);
  }

  @Property
  void unframed_bytes_pass_through(@ForAll("payloads") byte[] payload) {
    if (payload.length > 0) {
      assertThat(Mllp.unwrapIfFramed(payload)).isSameAs(payload);
    }
  }

  @Property(tries = 300)
  void a_stream_of_frames_gives_each_payload_back(
      @ForAll("frameLists") List<byte[]> payloads, @ForAll("gaps") String gap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : payloads) {
      Mllp.write(out, p);
      out.write(gap.getBytes(StandardCharsets.US_ASCII));
    }
    List<byte[]> read = new ArrayList<>();
    try (Mllp.FrameReader reader = Mllp.reader(new TrickleInputStream(out.toByteArray()))) {
      for (Optional<byte[]> p = reader.next(); p.isPresent(); p = reader.next()) {
        read.add(p.get());
      }
      assertThat(reader.framesRead()).isEqualTo(payloads.size());
    }
    assertThat(read).hasSameSizeAs(payloads);
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i)).isEqualTo(payloads.get(i));
    }
  }

  @Provide
  Arbitrary<List<byte[]>> frameLists() {
    return payloads().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<String> gaps() {
    return Arbitraries.of("", "", "\r", "\n", "\r\n", " ");
  }

  @Property(tries = 200)
  void a_truncated_stream_is_a_parse_error(
      @ForAll("frameLists") List<byte[]> payloads, @ForAll("payloads") byte[] last) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : payloads) {
      out.writeBytes(Mllp.frame(p));
    }
    byte[] framed = Mllp.frame(last);
    out.write(framed, 0, framed.length - 2); // cut before the end block
    assertThatThrownBy(
            () -> {
              try (Mllp.FrameReader reader =
                  Mllp.reader(new ByteArrayInputStream(out.toByteArray()))) {
                while (reader.next().isPresent()) {
                  // read on
                }
              }
            })
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("frame " + (payloads.size() + 1));
  }

  @Property(tries = 100)
  void an_oversized_frame_names_the_limit(@ForAll("payloads") byte[] payload) throws IOException {
    if (payload.length < 2) {
      return;
    }
    Limits limits = Limits.builder().maxMessageBytes(payload.length - 1).build();
    try (Mllp.FrameReader reader =
        Mllp.reader(new ByteArrayInputStream(Mllp.frame(payload)), limits)) {
      assertThatThrownBy(reader::next)
          .isInstanceOfSatisfying(
              LimitExceededException.class,
              e -> assertThat(e.setting()).isEqualTo("Limits.maxMessageBytes"));
    }
  }

  @Example
  void junk_between_frames_is_an_error() {
    byte[] bytes = concat(Mllp.frame(new byte[] {'M'}), new byte[] {'x'});
    assertThatThrownBy(
            () -> {
              try (Mllp.FrameReader reader = Mllp.reader(new ByteArrayInputStream(bytes))) {
                reader.next();
                reader.next();
              }
            })
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("start block");
  }

  @Example
  void unwrap_rejects_broken_frames() {
    assertThatThrownBy(() -> Mllp.unwrapIfFramed(new byte[] {0x0B, 'M', 'S', 'H'}))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("end block");
    byte[] two = concat(Mllp.frame(new byte[] {'A'}), Mllp.frame(new byte[] {'B'}));
    assertThatThrownBy(() -> Mllp.unwrapIfFramed(two)).isInstanceOf(KoineParseException.class);
    assertThat(Mllp.unwrapIfFramed(new byte[] {0x0B, 'A', 0x1C})).containsExactly('A');
  }

  @Example
  void a_framed_message_parses_after_unwrapping() {
    V2Message message = V2Message.parse("MSH|^~\\&|A|B|||||ADT^A01|1|P|2.4\rPID|1\r");
    V2Message back = V2Message.parse(Mllp.unwrapIfFramed(Mllp.frame(message)));
    assertThat(back.encode()).isEqualTo(message.encode());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** Gives out at most 3 bytes per read, to exercise buffer refills. */
  private static final class TrickleInputStream extends InputStream {
    private final byte[] bytes;
    private int position;

    TrickleInputStream(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 3), bytes.length - position);
      System.arraycopy(bytes, position, b, off, n);
      position += n;
      return n;
    }
  }
}
