package dev.koine.core.codec;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issues;
import dev.koine.core.message.Message;
import dev.koine.core.model.Bytes;
import java.util.List;
import java.util.Set;

/**
 * The shape every adapter offers: decode bytes to a message with its findings and losses, encode a
 * message to bytes. Implementations are thread-safe, hold no per-call state and cap hostile input.
 */
public interface MessageCodec {
  /** The formats this codec reads and writes. */
  Set<WireFormat> formats();

  /** True if the content looks like one of this codec's formats (cheap sniffing, no full parse). */
  boolean accepts(byte[] content);

  /**
   * Decodes a message; the format is told from the content.
   *
   * @throws dev.koine.core.issue.KoineParseException if the content cannot be read at all
   */
  default Decoded<Message> decode(byte[] content) {
    return decode(content, null);
  }

  /**
   * Decodes a message in a given format (e.g. from {@code --from} or {@code --fhir-version}), or
   * told from the content when {@code format} is null.
   *
   * @throws dev.koine.core.issue.KoineParseException if the content cannot be read at all
   */
  Decoded<Message> decode(byte[] content, WireFormat format);

  /**
   * Encodes a message in a format of this codec. Content the format cannot carry is returned as
   * losses, never dropped silently.
   *
   * @throws IllegalArgumentException if the format is not one of {@link #formats()}
   */
  Encoded encode(Message message, WireFormat format);

  /**
   * Decodes the content, encodes the message back in the same format and compares the two at the
   * level of leaf values.
   *
   * @throws dev.koine.core.issue.KoineParseException if the content cannot be read at all
   */
  RoundTrip roundTrip(byte[] content, WireFormat format);

  /**
   * An encoding, what it could not carry, and what it changed on the way without losing it.
   *
   * @param content the bytes
   * @param losses model content with no place in the format
   * @param issues information about the encoding that is not a loss, such as a code translated
   *     through a concept map into the code system the format binds (with the map as provenance)
   */
  record Encoded(Bytes content, List<Loss> losses, Issues issues) {
    public Encoded {
      Checks.notNull(content, "content");
      losses = Checks.list(losses, "losses");
      issues = issues == null ? Issues.none() : issues;
    }

    /** An encoding with no issues. */
    public Encoded(Bytes content, List<Loss> losses) {
      this(content, losses, Issues.none());
    }

    /** An encoding of these bytes (copied) and losses. */
    public static Encoded of(byte[] content, List<Loss> losses) {
      return new Encoded(Bytes.of(content), losses);
    }

    /** An encoding of these bytes (copied), losses and issues. */
    public static Encoded of(byte[] content, List<Loss> losses, Issues issues) {
      return new Encoded(Bytes.of(content), losses, issues);
    }
  }
}
