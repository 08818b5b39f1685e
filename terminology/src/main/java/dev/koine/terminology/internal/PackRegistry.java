package dev.koine.terminology.internal;

import dev.koine.terminology.TerminologyResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled packs, read from {@code packs.bin}: a compact, pre-parsed form of every bundled
 * CodeSystem, ValueSet and ConceptMap (see {@link PackCodec}), generated from the source files
 * beside it and checked against them by {@code PackIndexTest}. The file (about 1 MB) is read once;
 * each resource is decoded on first use. Not API.
 */
public final class PackRegistry {
  /** The classpath folder of the packs. */
  public static final String BASE = "/dev/koine/terminology/packs/";

  /** The compiled packs inside {@link #BASE}. */
  public static final String BINARY = "packs.bin";

  /** The magic number and format version at the start of {@link #BINARY}. */
  public static final byte[] MAGIC = "KOINEPK1".getBytes(StandardCharsets.US_ASCII);

  /**
   * One bundled resource.
   *
   * @param kind {@code CodeSystem}, {@code ValueSet} or {@code ConceptMap}
   * @param url the canonical URL
   * @param version the version, or null
   * @param path the source file, relative to {@link #BASE} (for messages)
   * @param offset where its encoding starts in the data
   * @param length the length of its encoding
   */
  public record Entry(
      String kind, String url, String version, String path, int offset, int length) {}

  private final byte[] data;
  private final Map<String, Entry> entries;

  private PackRegistry(byte[] data, Map<String, Entry> entries) {
    this.data = data;
    this.entries = entries;
  }

  /** The registry of the bundled packs (reads {@code packs.bin}). */
  public static PackRegistry bundled() {
    byte[] data;
    try (InputStream in = PackRegistry.class.getResourceAsStream(BASE + BINARY)) {
      if (in == null) {
        throw new IllegalStateException("the bundled packs " + BASE + BINARY + " are missing");
      }
      data = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(data);
  }

  /** The registry of a compiled pack file. */
  public static PackRegistry of(byte[] data) {
    if (data.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)) {
      throw new IllegalStateException("not a Koine pack file (or an older format)");
    }
    PackCodec.In in = new PackCodec.In(data, MAGIC.length);
    int n = in.varint();
    List<String[]> heads = new ArrayList<>(n);
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      heads.add(new String[] {in.string(), in.string(), in.string(), in.string()});
      lengths[i] = in.varint();
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    int offset = in.pos;
    for (int i = 0; i < n; i++) {
      String[] h = heads.get(i);
      Entry e = new Entry(h[0], h[1], h[2], h[3], offset, lengths[i]);
      entries.put(e.kind() + " " + e.url(), e);
      offset += lengths[i];
    }
    if (offset != data.length) {
      throw new IllegalStateException("pack file length mismatch");
    }
    return new PackRegistry(data, Collections.unmodifiableMap(entries));
  }

  /** Every entry, in file order. */
  public List<Entry> entries() {
    return new ArrayList<>(entries.values());
  }

  /** The entry for a kind and URL, or null. */
  public Entry find(String kind, String url) {
    return entries.get(kind + " " + url);
  }

  /** Decodes the resource of an entry. */
  public TerminologyResource load(Entry e) {
    return PackCodec.decode(data, e.offset(), e.offset() + e.length());
  }

  /**
   * Writes a pack file: the magic number, the index (kind, url, version, path, length of each
   * resource) and the encoded resources in the same order.
   */
  public static byte[] compile(List<Entry> entries, List<byte[]> encoded) {
    PackCodec.Out out = new PackCodec.Out();
    out.write(MAGIC, 0, MAGIC.length);
    out.varint(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      out.string(e.kind());
      out.string(e.url());
      out.string(e.version());
      out.string(e.path());
      out.varint(encoded.get(i).length);
    }
    for (byte[] b : encoded) {
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }
}
