package dev.koine.terminology.internal;

import dev.koine.terminology.ConceptMap;
import dev.koine.terminology.Equivalence;
import dev.koine.terminology.Translation;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The elements of one concept-map group, stored column-wise with a hash index on the source code.
 * It is the {@code List<Element>} that {@link ConceptMap.Group#elements()} returns: reading an
 * element materialises a record, while translation probes the index and returns pre-built,
 * immutable target lists, so that the hot path allocates only the result.
 *
 * <p>Immutable once built, and safe to share between threads. The per-row result cache is filled
 * lazily with a benign race (the cached lists are immutable).
 */
public final class ElementTable extends AbstractList<ConceptMap.Element> implements RandomAccess {
  private static final byte[] NO_BYTES = new byte[0];
  private static final Equivalence[] EQUIVALENCES = Equivalence.values();
  private static final ElementTable EMPTY = new Builder(false).build();

  /**
   * Tables up to this many rows keep each row's translation targets once built, so translating
   * allocates only the result. Larger tables (big local maps) build them per call instead, so that
   * memory stays at about 100 bytes per row however many codes get translated.
   */
  static final int CACHED_ROWS = 65_536;

  private final StringPool pool;
  private final int size;
  private final int[] codes;
  private final int[] displays;
  private final int[] hashes;
  private final int[] targetStart;
  private final int[] targetCodes;
  private final int[] targetDisplays;
  private final int[] targetComments;
  private final byte[] targetEquivalences;
  private final int[] slots;
  private final Object[] results;

  private ElementTable(Builder b, int[] start) {
    this.pool = b.pool;
    this.size = b.rows;
    this.codes = b.codes;
    this.displays = b.displays;
    this.hashes = b.hashes;
    this.targetStart = start;
    this.targetCodes = b.targetCodes;
    this.targetDisplays = b.targetDisplays;
    this.targetComments = b.targetComments;
    this.targetEquivalences = b.targetEquivalences;
    this.slots = b.slots;
    this.results = b.rows <= CACHED_ROWS ? new Object[b.rows] : null;
  }

  /** The table for a list of elements: the list itself if it already is one. */
  public static ElementTable copyOf(List<ConceptMap.Element> elements) {
    if (elements == null || elements.isEmpty()) {
      return EMPTY;
    }
    if (elements instanceof ElementTable table) {
      return table;
    }
    Builder b = new Builder(false);
    for (ConceptMap.Element e : elements) {
      Objects.requireNonNull(e, "element of elements must not be null");
      int row = b.element(e.code(), e.display());
      for (ConceptMap.Target t : e.targets()) {
        b.target(row, t.code(), t.display(), t.equivalence(), t.comment());
      }
    }
    return b.build();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public ConceptMap.Element get(int index) {
    Objects.checkIndex(index, size);
    int from = targetStart[index];
    int to = targetStart[index + 1];
    List<ConceptMap.Target> targets;
    if (from == to) {
      targets = List.of();
    } else {
      ConceptMap.Target[] array = new ConceptMap.Target[to - from];
      for (int t = from; t < to; t++) {
        array[t - from] =
            new ConceptMap.Target(
                pool.get(targetCodes[t]),
                pool.get(targetDisplays[t]),
                EQUIVALENCES[targetEquivalences[t]],
                pool.get(targetComments[t]));
      }
      targets = List.of(array);
    }
    return new ConceptMap.Element(pool.get(codes[index]), pool.get(displays[index]), targets);
  }

  /** The source code of a row, or null. */
  public String code(int row) {
    return pool.get(codes[row]);
  }

  /** The number of targets over all rows. */
  public int targetCount() {
    return targetStart[size];
  }

  /**
   * Adds the translation targets of every row whose source code is {@code code} to {@code acc}.
   *
   * @param acc the targets found so far (null if none); a shared immutable list is returned as is
   *     when it is the only one, otherwise a mutable {@link ArrayList} collects them
   * @return the (possibly new) accumulated list, or {@code acc} if nothing matched
   */
  public List<Translation.Target> collect(
      String code, String system, String version, List<Translation.Target> acc) {
    if (size == 0) {
      return acc;
    }
    int hash = code.hashCode();
    int mask = slots.length - 1;
    int i = mix(hash) & mask;
    int s;
    while ((s = slots[i]) != 0) {
      int row = s - 1;
      if (hashes[row] == hash && pool.equalsAt(codes[row], code)) {
        List<Translation.Target> rowTargets = results(row, system, version);
        if (acc == null) {
          acc = rowTargets;
        } else if (!rowTargets.isEmpty()) {
          if (!(acc instanceof ArrayList)) {
            acc = new ArrayList<>(acc);
          }
          acc.addAll(rowTargets);
        }
      }
      i = (i + 1) & mask;
    }
    return acc;
  }

  private List<Translation.Target> results(int row, String system, String version) {
    @SuppressWarnings("unchecked")
    List<Translation.Target> cached =
        results == null ? null : (List<Translation.Target>) results[row];
    if (cached != null
        && (cached.isEmpty()
            || (Objects.equals(cached.get(0).system(), system)
                && Objects.equals(cached.get(0).version(), version)))) {
      return cached;
    }
    int from = targetStart[row];
    int to = targetStart[row + 1];
    List<Translation.Target> built;
    if (from == to) {
      built = List.of();
    } else {
      Translation.Target[] array = new Translation.Target[to - from];
      for (int t = from; t < to; t++) {
        array[t - from] =
            new Translation.Target(
                system,
                version,
                pool.get(targetCodes[t]),
                pool.get(targetDisplays[t]),
                EQUIVALENCES[targetEquivalences[t]],
                pool.get(targetComments[t]));
      }
      built = List.of(array);
    }
    if (results != null) {
      results[row] = built;
    }
    return built;
  }

  /** Approximate retained heap of the table, in bytes (for memory reports). */
  public long retainedBytes() {
    long ints =
        (long) codes.length * 3
            + targetStart.length
            + targetCodes.length * 3L
            + slots.length
            + (results == null ? 0 : results.length);
    return pool.retainedBytes() + ints * 4 + targetEquivalences.length + 200;
  }

  @Override
  public String toString() {
    return size <= 20 ? super.toString() : "[" + size + " elements]";
  }

  static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Builds a table row by row. With {@code merge}, a row whose source code was seen before adds its
   * targets to the earlier element (how CSV rows with one source code and several targets are
   * read); without, every row is its own element (FHIR order kept exactly).
   */
  public static final class Builder {
    private final boolean merge;
    private final StringPool pool = new StringPool();
    private int rows;
    private int[] codes = new int[8];
    private int[] displays = new int[8];
    private int[] hashes = new int[8];
    private int[] slots = new int[16];
    private int targets;
    private int[] targetRows = new int[8];
    private int[] targetCodes = new int[8];
    private int[] targetDisplays = new int[8];
    private int[] targetComments = new int[8];
    private byte[] targetEquivalences = NO_BYTES;

    /** A builder; see the class comment for {@code merge}. */
    public Builder(boolean merge) {
      this.merge = merge;
    }

    /** The number of elements so far. */
    public int size() {
      return rows;
    }

    /**
     * The row of the element with this source code: an existing one when merging and the code was
     * seen, else a new one.
     */
    public int element(String code, String display) {
      if (merge && code != null) {
        int existing = find(code);
        if (existing >= 0) {
          return existing;
        }
      }
      if (rows == codes.length) {
        int n = rows + (rows >> 1) + 8;
        codes = Arrays.copyOf(codes, n);
        displays = Arrays.copyOf(displays, n);
        hashes = Arrays.copyOf(hashes, n);
      }
      if (code != null && ((rows + 1) << 1) > slots.length) {
        rehash(slots.length << 1); // re-inserts the rows so far; the new row is inserted below
      }
      int row = rows++;
      codes[row] = pool.add(code);
      displays[row] = pool.add(display);
      hashes[row] = code == null ? 0 : code.hashCode();
      if (code != null) {
        insert(row);
      }
      return row;
    }

    /** The display given for a row (for conflict checks while merging). */
    public String display(int row) {
      return pool.get(displays[row]);
    }

    /** Adds a target to a row. */
    @SuppressWarnings("EnumOrdinal") // compact storage: one byte per target, decoded with values()
    public void target(
        int row, String code, String display, Equivalence equivalence, String comment) {
      Objects.requireNonNull(equivalence, "equivalence must not be null");
      Objects.checkIndex(row, rows);
      if (targets == targetRows.length) {
        int n = targets + (targets >> 1) + 8;
        targetRows = Arrays.copyOf(targetRows, n);
        targetCodes = Arrays.copyOf(targetCodes, n);
        targetDisplays = Arrays.copyOf(targetDisplays, n);
        targetComments = Arrays.copyOf(targetComments, n);
      }
      if (targets == targetEquivalences.length) {
        targetEquivalences = Arrays.copyOf(targetEquivalences, targets + (targets >> 1) + 8);
      }
      targetRows[targets] = row;
      targetCodes[targets] = pool.add(code);
      targetDisplays[targets] = pool.add(display);
      targetComments[targets] = pool.add(comment);
      targetEquivalences[targets] = (byte) equivalence.ordinal();
      targets++;
    }

    private int find(String code) {
      int hash = code.hashCode();
      int mask = slots.length - 1;
      int i = mix(hash) & mask;
      int s;
      while ((s = slots[i]) != 0) {
        int row = s - 1;
        if (hashes[row] == hash && pool.equalsAt(codes[row], code)) {
          return row;
        }
        i = (i + 1) & mask;
      }
      return -1;
    }

    private void insert(int row) {
      int mask = slots.length - 1;
      int i = mix(hashes[row]) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = row + 1;
    }

    private void rehash(int capacity) {
      slots = new int[capacity];
      for (int row = 0; row < rows; row++) {
        if (codes[row] != StringPool.NULL) {
          insert(row);
        }
      }
    }

    /** The immutable table. The builder must not be used afterwards. */
    public ElementTable build() {
      // each element's targets must be contiguous: count them per row, and if they did not
      // arrive in row order (CSV rows of one code spread out), sort them stably by row
      int[] start = new int[rows + 1];
      boolean inOrder = true;
      for (int t = 0; t < targets; t++) {
        start[targetRows[t] + 1]++;
        inOrder &= t == 0 || targetRows[t] >= targetRows[t - 1];
      }
      for (int r = 0; r < rows; r++) {
        start[r + 1] += start[r];
      }
      if (!inOrder) {
        int[] order = new int[targets];
        int[] next = Arrays.copyOf(start, rows);
        for (int t = 0; t < targets; t++) {
          order[next[targetRows[t]]++] = t;
        }
        targetCodes = gather(targetCodes, order);
        targetDisplays = gather(targetDisplays, order);
        targetComments = gather(targetComments, order);
        byte[] eq = new byte[targets];
        for (int i = 0; i < targets; i++) {
          eq[i] = targetEquivalences[order[i]];
        }
        targetEquivalences = eq;
      }
      // trim one array at a time so that the peak heap stays close to the final size
      targetRows = null;
      targetCodes = trim(targetCodes, targets);
      targetDisplays = trim(targetDisplays, targets);
      targetComments = trim(targetComments, targets);
      targetEquivalences =
          targetEquivalences.length == targets
              ? targetEquivalences
              : Arrays.copyOf(targetEquivalences, targets);
      codes = trim(codes, rows);
      displays = trim(displays, rows);
      hashes = trim(hashes, rows);
      if (slots.length < 2) {
        slots = new int[2];
      }
      pool.trim();
      return new ElementTable(this, start);
    }

    private static int[] gather(int[] values, int[] order) {
      int[] out = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        out[i] = values[order[i]];
      }
      return out;
    }

    private static int[] trim(int[] values, int n) {
      return values.length == n ? values : Arrays.copyOf(values, n);
    }
  }
}
