package dev.koine.terminology.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An append-only pool of strings stored as UTF-8 in 256 KiB chunks, each string addressed by an
 * {@code int} id. It keeps a million-row concept map in a fraction of the heap that one {@link
 * String} object per cell would need, and compares an ASCII query against a stored value without
 * allocating.
 *
 * <p>Entries are prefixed by their byte length as a varint; an id is {@code chunk << 18 | offset}.
 * Id {@code -1} stands for {@code null}. Not thread-safe while appending; safe to read from any
 * thread once {@link #trim()} has been called and the pool is published through a final field.
 */
public final class StringPool {
  /** Id of the absent (null) string. */
  public static final int NULL = -1;

  // 256 KiB: below half of G1's smallest region, so chunks are never humongous objects
  private static final int CHUNK_BITS = 18;
  private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
  private static final int OFFSET_MASK = CHUNK_SIZE - 1;
  private static final int MAX_CHUNKS = Integer.MAX_VALUE >>> CHUNK_BITS;

  /** Longest value stored, in UTF-8 bytes (a display or comment longer than this is hostile). */
  public static final int MAX_VALUE_BYTES = 65_535;

  private byte[][] chunks = new byte[1][];
  private int chunkCount;
  private int used; // bytes used in the last chunk

  // a small direct-mapped cache so that repeated values (target codes, displays) are stored once
  private String[] cacheKeys = new String[1024];
  private int[] cacheIds = new int[1024];

  /** Appends a value (or reuses a recent identical one) and returns its id. */
  public int add(String value) {
    if (value == null) {
      return NULL;
    }
    int slot = value.hashCode() & (cacheKeys.length - 1);
    String cached = cacheKeys[slot];
    if (cached != null && cached.equals(value)) {
      return cacheIds[slot];
    }
    int chars = value.length();
    boolean ascii = true;
    for (int i = 0; i < chars && ascii; i++) {
      ascii = value.charAt(i) < 0x80;
    }
    byte[] bytes = ascii ? null : value.getBytes(StandardCharsets.UTF_8);
    int length = ascii ? chars : bytes.length;
    if (length > MAX_VALUE_BYTES) {
      throw new IllegalArgumentException(
          "value of " + length + " bytes is longer than the maximum " + MAX_VALUE_BYTES);
    }
    int need = length + (length < 0x80 ? 1 : length < 0x4000 ? 2 : 3);
    ensure(need);
    byte[] chunk = chunks[chunkCount - 1];
    int id = ((chunkCount - 1) << CHUNK_BITS) | used;
    int len = length;
    while (len >= 0x80) {
      chunk[used++] = (byte) (len | 0x80);
      len >>>= 7;
    }
    chunk[used++] = (byte) len;
    if (ascii) {
      for (int i = 0; i < chars; i++) {
        chunk[used + i] = (byte) value.charAt(i);
      }
    } else {
      System.arraycopy(bytes, 0, chunk, used, length);
    }
    used += length;
    cacheKeys[slot] = value;
    cacheIds[slot] = id;
    return id;
  }

  private void ensure(int need) {
    if (chunkCount > 0) {
      byte[] last = chunks[chunkCount - 1];
      if (used + need <= last.length) {
        return;
      }
      if (last.length < CHUNK_SIZE && used + need <= CHUNK_SIZE) {
        // the first chunk grows by doubling so that small maps stay small
        int size = last.length;
        while (size < used + need) {
          size <<= 1;
        }
        chunks[chunkCount - 1] = Arrays.copyOf(last, Math.min(size, CHUNK_SIZE));
        return;
      }
    }
    if (chunkCount == MAX_CHUNKS) {
      throw new IllegalStateException("string pool is full");
    }
    if (chunkCount == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    int size = chunkCount == 0 ? Math.max(256, Integer.highestOneBit(need) << 1) : CHUNK_SIZE;
    chunks[chunkCount++] = new byte[Math.min(size, CHUNK_SIZE)];
    used = 0;
  }

  /** Releases the unused tail of the last chunk and the de-duplication cache. */
  public void trim() {
    if (chunkCount > 0 && chunks[chunkCount - 1].length > used) {
      chunks[chunkCount - 1] = Arrays.copyOf(chunks[chunkCount - 1], used);
    }
    chunks = Arrays.copyOf(chunks, Math.max(chunkCount, 1));
    cacheKeys = new String[1];
    cacheIds = new int[1];
  }

  /** The value of an id, or null for {@link #NULL}. */
  public String get(int id) {
    if (id == NULL) {
      return null;
    }
    byte[] chunk = chunks[id >>> CHUNK_BITS];
    int pos = id & OFFSET_MASK;
    int len = 0;
    int shift = 0;
    byte b;
    do {
      b = chunk[pos++];
      len |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return new String(chunk, pos, len, StandardCharsets.UTF_8);
  }

  /**
   * True if the value of {@code id} equals {@code query}. Allocation-free when the stored value is
   * ASCII (codes nearly always are).
   */
  public boolean equalsAt(int id, String query) {
    if (id == NULL) {
      return query == null;
    }
    if (query == null) {
      return false;
    }
    byte[] chunk = chunks[id >>> CHUNK_BITS];
    int pos = id & OFFSET_MASK;
    int len = 0;
    int shift = 0;
    byte b;
    do {
      b = chunk[pos++];
      len |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    int chars = query.length();
    if (len < chars) {
      return false; // UTF-8 never has fewer bytes than UTF-16 has chars
    }
    if (len == chars) {
      // equal only if the stored value is ASCII, which makes bytes and chars line up
      for (int i = 0; i < len; i++) {
        byte c = chunk[pos + i];
        if (c < 0 || c != query.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    return new String(chunk, pos, len, StandardCharsets.UTF_8).equals(query);
  }

  /** Approximate retained size in bytes (for memory reports). */
  public long retainedBytes() {
    long total = 16L + 4L * chunks.length;
    for (int i = 0; i < chunkCount; i++) {
      total += 16L + chunks[i].length;
    }
    return total;
  }
}
