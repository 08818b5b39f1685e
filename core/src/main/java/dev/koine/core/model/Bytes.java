package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import java.util.Arrays;
import java.util.Base64;

/**
 * An immutable byte sequence (a PDF, an image, a hash) with value equality. {@link #toString()}
 * gives the length only.
 */
public final class Bytes {
  private final byte[] data;

  private Bytes(byte[] data) {
    this.data = data;
  }

  /** A copy of these bytes. */
  public static Bytes of(byte[] data) {
    return new Bytes(Checks.notNull(data, "data").clone());
  }

  /**
   * A copy of {@code length} bytes of {@code data} from {@code offset}: an encoder's output taken
   * straight from its reusable buffer, in one copy.
   */
  public static Bytes of(byte[] data, int offset, int length) {
    Checks.notNull(data, "data");
    java.util.Objects.checkFromIndexSize(offset, length, data.length);
    return new Bytes(java.util.Arrays.copyOfRange(data, offset, offset + length));
  }

  /** Decodes standard base64 (MIME line breaks and whitespace tolerated). */
  public static Bytes fromBase64(String base64) {
    Checks.notNull(base64, "base64");
    try {
      return new Bytes(Base64.getMimeDecoder().decode(base64));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("base64 text is not valid base64", e);
    }
  }

  /** A copy of the bytes. */
  public byte[] toArray() {
    return data.clone();
  }

  /** The number of bytes. */
  public int size() {
    return data.length;
  }

  /** Standard base64 without line breaks. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Bytes[" + data.length + "]";
  }
}
