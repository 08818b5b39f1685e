package dev.koine.hl7v2.internal;

import dev.koine.hl7v2.V2Delimiters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds an ER7 message with the default delimiters {@code |^~\&} and CR segment terminators:
 * segments are appended, leaves are set by number, values are escaped, trailing empty elements are
 * left out. Not thread-safe; one per encode.
 */
public final class V2Out {
  private static final V2Delimiters D = V2Delimiters.DEFAULT;
  private final List<Seg> segments = new ArrayList<>();
  private final Set<String> spellings;

  /** A builder for a message that carries no HL7 v2 spelling. */
  public V2Out() {
    this(Set.of());
  }

  /**
   * A builder for a message whose envelope carries these {@link Verbatim#spellings}: elements
   * written back verbatim, by location.
   */
  public V2Out(Set<String> spellings) {
    this.spellings = spellings;
  }

  /**
   * Whether the element at field {@code field} of this segment is carried as an HL7 v2 spelling
   * (its location as {@link dev.koine.hl7v2.V2Path} writes it: {@code PID-20}, {@code PID[2]-20}).
   */
  public boolean spelled(Seg segment, int field) {
    if (spellings.isEmpty()) {
      return false;
    }
    int occurrence = 0;
    for (Seg s : segments) {
      if (s.id.equals(segment.id)) {
        occurrence++;
      }
      if (s == segment) {
        break;
      }
    }
    String at = occurrence > 1 ? segment.id + "[" + occurrence + "]" : segment.id;
    return spellings.contains(at + "-" + field);
  }

  /** Appends a segment. */
  public Seg segment(String id) {
    Seg s = new Seg(id);
    segments.add(s);
    return s;
  }

  /** The ER7 text. */
  public String encode() {
    StringBuilder sb = new StringBuilder(512);
    for (Seg s : segments) {
      s.encode(sb);
      sb.append('\r');
    }
    return sb.toString();
  }

  /** One segment under construction. */
  public static final class Seg {
    private final String id;
    // field -> repetition -> component -> sub-component
    private final List<List<List<List<String>>>> fields = new ArrayList<>();

    Seg(String id) {
      this.id = id;
    }

    /** Sets field {@code f}, repetition 1, component 1 (null or empty: nothing). */
    public Seg set(int f, String value) {
      return set(f, 1, 1, 1, value);
    }

    /** Sets field {@code f}, repetition 1, component {@code c}. */
    public Seg set(int f, int c, String value) {
      return set(f, 1, c, 1, value);
    }

    /** Sets one leaf (null or empty: nothing). */
    public Seg set(int f, int r, int c, int sc, String value) {
      if (value == null || value.isEmpty()) {
        return this;
      }
      List<List<List<String>>> field = grow(fields, f, ArrayList::new);
      List<List<String>> rep = grow(field, r, ArrayList::new);
      List<String> comp = grow(rep, c, ArrayList::new);
      while (comp.size() < sc) {
        comp.add("");
      }
      comp.set(sc - 1, value);
      return this;
    }

    /** The number of repetitions set so far in a field. */
    public int reps(int f) {
      return f <= fields.size() ? fields.get(f - 1).size() : 0;
    }

    private static <T> T grow(List<T> list, int n, java.util.function.Supplier<T> make) {
      while (list.size() < n) {
        list.add(make.get());
      }
      return list.get(n - 1);
    }

    void encode(StringBuilder sb) {
      sb.append(id);
      boolean msh = id.equals("MSH");
      int from = 1;
      if (msh) {
        sb.append(D.field()).append(D.encodingCharacters());
        from = 3;
      }
      int last = fields.size();
      while (last >= from && text(fields.get(last - 1)).isEmpty()) {
        last--;
      }
      for (int f = from; f <= last; f++) {
        sb.append(D.field()).append(text(fields.get(f - 1)));
      }
    }

    private static String text(List<List<List<String>>> field) {
      List<String> reps = new ArrayList<>();
      for (List<List<String>> rep : field) {
        List<String> comps = new ArrayList<>();
        for (List<String> comp : rep) {
          List<String> subs = new ArrayList<>();
          for (String v : comp) {
            subs.add(v.isEmpty() ? "" : D.escapeValue(v));
          }
          comps.add(join(subs, D.subComponent()));
        }
        reps.add(join(comps, D.component()));
      }
      return join(reps, D.repetition());
    }

    private static String join(List<String> parts, char sep) {
      int last = parts.size();
      while (last > 0 && parts.get(last - 1).isEmpty()) {
        last--;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < last; i++) {
        if (i > 0) {
          sb.append(sep);
        }
        sb.append(parts.get(i));
      }
      return sb.toString();
    }
  }
}
