package dev.koine.hl7v2;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * MLLP, the Minimal Lower Layer Protocol framing of HL7 v2 over TCP (HL7 v2.5.1 Implementation
 * Guide, appendix C): a frame is the start block {@code 0x0B}, the message bytes, the end block
 * {@code 0x1C} and a carriage return {@code 0x0D}.
 *
 * <p>Stateless static methods, thread-safe; a {@link FrameReader} belongs to one thread.
 */
public final class Mllp {
  private Mllp() {}

  /** The start block {@code 0x0B} (vertical tab). */
  public static final byte START_BLOCK = 0x0B;

  /** The end block {@code 0x1C} (file separator). */
  public static final byte END_BLOCK = 0x1C;

  /** The carriage return {@code 0x0D} that follows the end block. */
  public static final byte CARRIAGE_RETURN = 0x0D;

  /**
   * Wraps a payload in one frame.
   *
   * @throws IllegalArgumentException if the payload holds a start or end block byte
   */
  public static byte[] frame(byte[] payload) {
    Checks.notNull(payload, "payload");
    for (byte b : payload) {
      Checks.require(
          b != START_BLOCK && b != END_BLOCK, "an MLLP payload must not hold 0x0B or 0x1C");
    }
    byte[] framed = new byte[payload.length + 3];
    framed[0] = START_BLOCK;
    System.arraycopy(payload, 0, framed, 1, payload.length);
    framed[payload.length + 1] = END_BLOCK;
    framed[payload.length + 2] = CARRIAGE_RETURN;
    return framed;
  }

  /** Wraps a message's {@linkplain V2Message#encodeBytes() bytes} in one frame. */
  public static byte[] frame(V2Message message) {
    return frame(Checks.notNull(message, "message").encodeBytes());
  }

  /** Writes one frame to a stream (not flushed). */
  public static void write(OutputStream out, byte[] payload) throws IOException {
    Checks.notNull(out, "out");
    out.write(frame(payload));
  }

  /** Whether the bytes start with the start block. */
  public static boolean isFramed(byte[] bytes) {
    return Checks.notNull(bytes, "bytes").length > 0 && bytes[0] == START_BLOCK;
  }

  /**
   * The payload of one frame if the bytes are framed, else the bytes themselves (the same array).
   * The carriage return after the end block may be missing; line breaks after it are allowed.
   *
   * @throws KoineParseException if the bytes start a frame but do not hold exactly one frame
   */
  public static byte[] unwrapIfFramed(byte[] bytes) {
    if (!isFramed(bytes)) {
      return bytes;
    }
    int end = -1;
    for (int i = 1; i < bytes.length; i++) {
      if (bytes[i] == END_BLOCK) {
        end = i;
        break;
      }
      if (bytes[i] == START_BLOCK) {
        throw new KoineParseException("byte " + i, "a start block inside an MLLP frame");
      }
    }
    if (end < 0) {
      throw new KoineParseException(
          "byte " + bytes.length, "the MLLP frame has no end block (0x1C)");
    }
    for (int i = end + 1; i < bytes.length; i++) {
      if (bytes[i] != CARRIAGE_RETURN && bytes[i] != '\n') {
        throw new KoineParseException(
            "byte " + i,
            "bytes after the MLLP end block: more than one frame? read them with Mllp.reader");
      }
    }
    return Arrays.copyOfRange(bytes, 1, end);
  }

  /** A frame reader over a stream with the default limits. */
  public static FrameReader reader(InputStream in) {
    return reader(in, Limits.defaults());
  }

  /**
   * A frame reader over a stream; each payload may have at most {@link Limits#maxMessageBytes()}
   * bytes.
   */
  public static FrameReader reader(InputStream in, Limits limits) {
    return new FrameReader(Checks.notNull(in, "in"), Checks.notNull(limits, "limits"));
  }

  /**
   * Reads MLLP frames one after the other from a stream, buffering at most one payload. Line breaks
   * and spaces between frames are skipped; anything else outside a frame is an error. Not
   * thread-safe; closing it closes the stream.
   */
  public static final class FrameReader implements Closeable {
    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private long offset;
    private int frames;

    private FrameReader(InputStream in, Limits limits) {
      this.in = in;
      this.maxBytes = limits.maxMessageBytes();
    }

    /** The number of frames read so far. */
    public int framesRead() {
      return frames;
    }

    /**
     * The payload of the next frame, or empty at the end of the stream.
     *
     * @throws KoineParseException if the stream holds something other than frames, or ends inside a
     *     frame
     * @throws LimitExceededException if a payload is larger than {@link Limits#maxMessageBytes()}
     * @throws IOException if the stream fails
     */
    public Optional<byte[]> next() throws IOException {
      int b = read();
      while (b == CARRIAGE_RETURN || b == '\n' || b == ' ' || b == '\t') {
        b = read();
      }
      if (b < 0) {
        return Optional.empty();
      }
      int number = frames + 1;
      if (b != START_BLOCK) {
        throw new KoineParseException(
            "frame " + number + ", byte " + (offset - 1), "expected the MLLP start block 0x0B");
      }
      byte[] payload = new byte[256];
      int size = 0;
      while (true) {
        b = read();
        if (b < 0) {
          throw new KoineParseException(
              "frame " + number + ", byte " + offset,
              "the stream ended inside an MLLP frame (no end block 0x1C)");
        }
        if (b == END_BLOCK) {
          break;
        }
        if (b == START_BLOCK) {
          throw new KoineParseException(
              "frame " + number + ", byte " + (offset - 1), "a start block inside an MLLP frame");
        }
        if (size >= maxBytes) {
          throw new LimitExceededException(
              "frame " + number, "Limits.maxMessageBytes", maxBytes, size + 1L);
        }
        if (size == payload.length) {
          payload = Arrays.copyOf(payload, (int) Math.min(Integer.MAX_VALUE - 8, size * 2L));
        }
        payload[size++] = (byte) b;
      }
      if (peek() == CARRIAGE_RETURN) {
        read();
      }
      frames++;
      return Optional.of(Arrays.copyOf(payload, size));
    }

    private int read() throws IOException {
      if (position == limit && !fill()) {
        return -1;
      }
      offset++;
      return buffer[position++] & 0xFF;
    }

    private int peek() throws IOException {
      if (position == limit && !fill()) {
        return -1;
      }
      return buffer[position] & 0xFF;
    }

    private boolean fill() throws IOException {
      int n = in.read(buffer, 0, buffer.length);
      while (n == 0) {
        n = in.read(buffer, 0, buffer.length);
      }
      if (n < 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    }

    /** Closes the underlying stream. */
    @Override
    public void close() throws IOException {
      in.close();
    }

    /** No content: {@code FrameReader[3 frames read]}. */
    @Override
    public String toString() {
      return "FrameReader[" + frames + " frames read]";
    }
  }
}
