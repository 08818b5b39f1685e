package dev.koine.cli.internal;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.Message;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A test-only codec (registered in the test class path's {@code META-INF/services}, never in the
 * jar) that accepts content starting with {@value #MAGIC} and fails with a bug on every call: how
 * the tests reach exit code 3 without a backdoor in the product.
 */
public final class FailingTestCodec implements MessageCodec {
  /** The content this codec accepts. */
  public static final String MAGIC = "KOINE-TEST-BUG";

  @Override
  public Set<WireFormat> formats() {
    return Set.of();
  }

  @Override
  public boolean accepts(byte[] content) {
    return new String(content, StandardCharsets.ISO_8859_1).startsWith(MAGIC);
  }

  @Override
  public Decoded<Message> decode(byte[] content, WireFormat format) {
    throw new IllegalStateException("simulated bug in a codec");
  }

  @Override
  public Encoded encode(Message message, WireFormat format) {
    throw new IllegalStateException("simulated bug in a codec");
  }

  @Override
  public RoundTrip roundTrip(byte[] content, WireFormat format) {
    throw new IllegalStateException("simulated bug in a codec");
  }
}
