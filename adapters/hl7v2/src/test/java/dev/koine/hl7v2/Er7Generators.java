package dev.koine.hl7v2;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Reusable jqwik generators of ER7 text with a model of what was generated: random delimiters (4 or
 * 5 encoding characters), leaves made of plain text and escape sequences (with the decoded value
 * expected), empty and explicit-null leaves, repetitions, components, sub-components, trailing
 * delimiters, CR/LF/CRLF terminators (uniform or mixed), with or without a final terminator,
 * trailing blank lines and a byte order mark.
 */
public final class Er7Generators {
  private Er7Generators() {}

  /** Characters that may serve as delimiters. */
  static final String DELIMITER_POOL = "|^~\\&#!$%*+@/:;<=>?`'{}[]";

  /** Segment ids used for non-header segments. */
  static final List<String> SEGMENT_IDS =
      List.of("PID", "PV1", "OBX", "NK1", "ZU1", "EVN", "AL1", "Z01", "OBR", "NTE", "PD1", "ZU8");

  /** A leaf: its raw ER7 text and the value {@code value()} must give. */
  public record Leaf(String raw, String value) {}

  /** A generated segment: id, fields (field → repetitions → components → sub-components). */
  public record Segment(String id, List<List<List<List<Leaf>>>> fields, String terminator) {
    /** The text of the segment without terminator. */
    public String render(V2Delimiters d) {
      StringBuilder sb = new StringBuilder(id);
      boolean header = id.equals("MSH") || id.equals("FHS") || id.equals("BHS");
      if (header) {
        sb.append(d.field()).append(d.encodingCharacters());
      }
      for (List<List<List<Leaf>>> field : fields) {
        sb.append(d.field());
        sb.append(renderField(field, d));
      }
      return sb.toString();
    }
  }

  /** A generated message and its text. */
  public record Message(V2Delimiters delimiters, String prefix, List<Segment> segments) {
    /** The full text. */
    public String text() {
      StringBuilder sb = new StringBuilder(prefix);
      for (Segment s : segments) {
        sb.append(s.render(delimiters)).append(s.terminator());
      }
      return sb.toString();
    }

    /** The field number of generated field index {@code i} (0-based) of segment {@code s}. */
    public static int fieldNumber(Segment s, int i) {
      return s.id().equals("MSH") ? i + 3 : i + 1;
    }
  }

  static String renderField(List<List<List<Leaf>>> field, V2Delimiters d) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < field.size(); r++) {
      if (r > 0) {
        sb.append(d.repetition());
      }
      List<List<Leaf>> rep = field.get(r);
      for (int c = 0; c < rep.size(); c++) {
        if (c > 0) {
          sb.append(d.component());
        }
        List<Leaf> comp = rep.get(c);
        for (int s = 0; s < comp.size(); s++) {
          if (s > 0) {
            sb.append(d.subComponent());
          }
          sb.append(comp.get(s).raw());
        }
      }
    }
    return sb.toString();
  }

  /** Random valid delimiters. */
  public static Arbitrary<V2Delimiters> delimiters() {
    Arbitrary<V2Delimiters> random =
        Arbitraries.integers()
            .between(4, 5)
            .flatMap(
                n ->
                    Arbitraries.of(chars(DELIMITER_POOL))
                        .list()
                        .ofSize(n + 1)
                        .uniqueElements()
                        .map(
                            cs -> {
                              StringBuilder enc = new StringBuilder();
                              for (int i = 1; i < cs.size(); i++) {
                                enc.append(cs.get(i));
                              }
                              return new V2Delimiters(cs.get(0), enc.toString());
                            }));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(V2Delimiters.DEFAULT)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new V2Delimiters('|', "^~\\&#"))),
        net.jqwik.api.Tuple.of(4, random));
  }

  private static List<Character> chars(String s) {
    List<Character> list = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      list.add(s.charAt(i));
    }
    return list;
  }

  /** Characters of plain text for these delimiters: never a delimiter or control character. */
  static String plainAlphabet(V2Delimiters d) {
    StringBuilder sb = new StringBuilder("abcXYZ019 .-,\"é中\t");
    for (int i = 0; i < DELIMITER_POOL.length(); i++) {
      char c = DELIMITER_POOL.charAt(i);
      if (c != d.field() && d.encodingCharacters().indexOf(c) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A leaf for these delimiters, with the value it must decode to. */
  public static Arbitrary<Leaf> leaf(V2Delimiters d) {
    char e = d.escape();
    Arbitrary<Leaf> plain =
        Arbitraries.strings()
            .withChars(plainAlphabet(d).toCharArray())
            .ofMinLength(1)
            .ofMaxLength(6)
            .map(s -> new Leaf(s, s));
    List<Leaf> escapes = new ArrayList<>();
    escapes.add(new Leaf(e + "F" + e, String.valueOf(d.field())));
    escapes.add(new Leaf(e + "S" + e, String.valueOf(d.component())));
    escapes.add(new Leaf(e + "T" + e, String.valueOf(d.subComponent())));
    escapes.add(new Leaf(e + "R" + e, String.valueOf(d.repetition())));
    escapes.add(new Leaf(e + "E" + e, String.valueOf(e)));
    d.truncation().ifPresent(t -> escapes.add(new Leaf(e + "P" + e, String.valueOf(t))));
    escapes.add(new Leaf(e + "X0D" + e, "\r"));
    escapes.add(new Leaf(e + "X0A" + e, "\n"));
    escapes.add(new Leaf(e + "X0d0A" + e, "\r\n"));
    escapes.add(new Leaf(e + "X41" + e, "A"));
    for (String kept : List.of(".br", "H", "N", ".sp2", "C2842", "M244228", "Zloc", "X4", "Q")) {
      escapes.add(new Leaf(e + kept + e, e + kept + e));
    }
    Arbitrary<Leaf> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, plain), net.jqwik.api.Tuple.of(2, Arbitraries.of(escapes)));
    Arbitrary<Leaf> text =
        piece
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(
                pieces -> {
                  StringBuilder raw = new StringBuilder();
                  StringBuilder value = new StringBuilder();
                  for (Leaf p : pieces) {
                    raw.append(p.raw());
                    value.append(p.value());
                  }
                  return new Leaf(raw.toString(), value.toString());
                });
    Arbitrary<Leaf> loneEscapeAtEnd = text.map(l -> new Leaf(l.raw() + e, l.value() + e));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, text),
        net.jqwik.api.Tuple.of(4, Arbitraries.just(new Leaf("", ""))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Leaf("\"\"", "\"\""))),
        net.jqwik.api.Tuple.of(1, loneEscapeAtEnd));
  }

  /** A field: 1-3 repetitions of 1-4 components of 1-3 sub-components. */
  public static Arbitrary<List<List<List<Leaf>>>> field(V2Delimiters d) {
    Arbitrary<List<Leaf>> component = leaf(d).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<List<Leaf>>> repetition = component.list().ofMinSize(1).ofMaxSize(4);
    return repetition.list().ofMinSize(1).ofMaxSize(3);
  }

  private static List<List<List<Leaf>>> single(String value) {
    return List.of(List.of(List.of(new Leaf(value, value))));
  }

  /** A message: MSH and 0-6 other segments. */
  public static Arbitrary<Message> message() {
    return message(true);
  }

  /** A message; without {@code decorated} there is no byte order mark or leading blank line. */
  public static Arbitrary<Message> message(boolean decorated) {
    return delimiters().flatMap(d -> message(d, decorated));
  }

  /** A message with the given delimiters. */
  public static Arbitrary<Message> message(V2Delimiters d, boolean decorated) {
    Arbitrary<List<List<List<List<Leaf>>>>> fields = field(d).list().ofMinSize(0).ofMaxSize(12);
    Arbitrary<String> id = Arbitraries.of(SEGMENT_IDS);
    Arbitrary<String> terminator = Arbitraries.of("\r", "\n", "\r\n");
    Arbitrary<List<Object[]>> others =
        Combinators.combine(id, fields, terminator)
            .as((i, f, t) -> new Object[] {i, f, t})
            .list()
            .ofMinSize(0)
            .ofMaxSize(6);
    Arbitrary<List<List<List<List<Leaf>>>>> mshTail = field(d).list().ofMinSize(0).ofMaxSize(4);
    Arbitrary<String> type = Arbitraries.of("ADT", "ORU", "ACK", "SIU");
    Arbitrary<String> trigger = Arbitraries.of("A01", "A08", "R01", "S12");
    Arbitrary<Boolean> uniform = Arbitraries.of(true, true, false);
    Arbitrary<String> ending = Arbitraries.of("", "", "T", "T", "T", "TT", "T  T", "T \t");
    Arbitrary<String> prefix =
        decorated
            ? Arbitraries.of("", "", "", "", "\uFEFF", "\r\n", "\uFEFF\n")
            : Arbitraries.just("");
    return Combinators.combine(others, mshTail, type, trigger, uniform, ending, prefix, terminator)
        .as(
            (segs, tail, ty, tr, uni, end, pre, mshTerm) -> {
              List<List<List<List<Leaf>>>> msh = new ArrayList<>();
              // MSH-3 .. MSH-8 empty or simple, MSH-9 type^trigger, MSH-10, MSH-11, MSH-12
              for (int i = 3; i <= 8; i++) {
                msh.add(single(i == 3 ? "APP" : i == 4 ? "RX1" : i == 7 ? "20240101" : ""));
              }
              msh.add(
                  List.of(
                      List.of(
                          List.of(new Leaf(ty, ty)),
                          List.of(new Leaf(tr, tr)),
                          List.of(new Leaf(ty + "_" + tr, ty + "_" + tr)))));
              msh.add(single("CTRL1"));
              msh.add(single("P"));
              msh.add(single("2.4"));
              msh.addAll(tail);
              List<Segment> segments = new ArrayList<>();
              List<Object[]> all = new ArrayList<>();
              all.add(new Object[] {"MSH", msh, mshTerm});
              all.addAll(segs);
              for (int i = 0; i < all.size(); i++) {
                Object[] o = all.get(i);
                String t = uni ? mshTerm : (String) o[2];
                boolean last = i == all.size() - 1;
                if (last) {
                  t = end.replace("T", t);
                }
                @SuppressWarnings("unchecked")
                List<List<List<List<Leaf>>>> f = (List<List<List<List<Leaf>>>>) o[1];
                segments.add(new Segment((String) o[0], f, t));
              }
              return new Message(d, pre, segments);
            });
  }
}
