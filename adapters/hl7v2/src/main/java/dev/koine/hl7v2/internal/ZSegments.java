package dev.koine.hl7v2.internal;

import dev.koine.core.model.Extension;
import dev.koine.core.model.Value;
import dev.koine.hl7v2.V2Delimiters;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The NHS ITK v2.4 ADT Z segments {@code ZU1} ... {@code ZU8} to and from {@link Extension}s.
 *
 * <p>Sources: the NHS ITK "HL7 V2 ADT Message Specifications" (HSCIC, HL7V2_DMS v1.1 Final,
 * https://www.hl7soup.com/Downloads/Other/HL7V2_DMS_V1.1_Final.zip; the PDF edition "HSCIC ITK HL7
 * V2 Message Specifications" is linked from
 * https://github.com/NHSDigital/NHSDigital-FHIR-ImplementationGuide/tree/master/documents) and the
 * HL7 v2.4 UK message structures (https://www.hl7.eu/HL7v2x/v24uk/hl7v24ukmsgstruct.htm), which
 * place {@code [ZU1] [ZU2] ... [ZU8]} after PR1 in ADT_A01/A02/A11/A15/A38. The segment-level
 * purposes are ZU1 additional patient information, ZU3 attendance details, ZU4 clinic/appointment
 * details, ZU8 admission/discharge details; their code tables (ZU016 initiator of suspension, ZU031
 * service type requested, ZU049 mental category, ZU053 broad patient group, ZU054 first attendance
 * ...) are published in the same pack. The field-by-field layout of the segments (which field holds
 * which ZU table) is only in the specification PDF, which is not in Koine's sources, so no field is
 * given a FHIR/UK Core meaning here: nothing is guessed.
 *
 * <p>Instead every non-empty ZU field is carried by position as an extension with the URL {@code
 * https://koine.dev/fhir/StructureDefinition/itk-v2-zu<n>-<field>} (e.g. {@code itk-v2-zu3-8} for
 * ZU3-8) and a {@code string} value holding the field as ER7 text with the default delimiters
 * ({@code ^ ~ &}, values escaped): so a ZU field survives v2 → model → FHIR → model → v2 exactly.
 * The extensions go on the encounter when the message has a PV1, else on the patient. Only the
 * first occurrence of each ZU segment is read (the structures allow one); an explicit null {@code
 * ""} or a blank value, and repeated ZU segments, stay located losses.
 */
public final class ZSegments {
  private ZSegments() {}

  /** The URL prefix of the ZU field extensions. */
  public static final String URL_PREFIX = "https://koine.dev/fhir/StructureDefinition/itk-v2-";

  /** The ZU segments carried, in the order the ITK message structures list them. */
  static final List<String> IDS = List.of("ZU1", "ZU2", "ZU3", "ZU4", "ZU5", "ZU6", "ZU7", "ZU8");

  private static final V2Delimiters D = V2Delimiters.DEFAULT;

  /** The extension URL of a ZU field, e.g. {@code .../itk-v2-zu3-8}. */
  public static String url(String segment, int field) {
    return URL_PREFIX + segment.toLowerCase(Locale.ROOT) + "-" + field;
  }

  /** Whether an extension is a ZU field extension. */
  public static boolean isZu(Extension e) {
    return e.url().startsWith(URL_PREFIX + "zu") && field(e) > 0 && segment(e) != null;
  }

  /** Every non-empty field of the first ZU1..ZU8 segments, in segment and field order. */
  static List<Extension> read(V2In in) {
    // the first of each ZU segment, found in one pass over the segments (a search per id was eight
    // scans of them all, a quarter of this step): ZU<n> is IDS.get(n - 1)
    V2Segment[] first = new V2Segment[IDS.size()];
    for (V2Segment s : in.message().segments()) {
      String id = s.id();
      if (id.length() == 3 && id.charAt(0) == 'Z' && id.charAt(1) == 'U') {
        int i = id.charAt(2) - '1';
        if (i >= 0 && i < first.length && first[i] == null) {
          first[i] = s;
        }
      }
    }
    List<Extension> out = new ArrayList<>();
    for (int i = 0; i < IDS.size(); i++) {
      V2Segment s = first[i];
      if (s == null) {
        continue;
      }
      for (int f = 1; f <= s.fieldCount(); f++) {
        String text = in.plainField(s, f);
        if (text == null) {
          text = fieldText(in, s, f);
        }
        if (text != null) {
          out.add(Extension.of(URL_STEMS.get(i) + f, new Value.Primitive("string", text)));
        }
      }
    }
    return out;
  }

  /** {@link #url} of each of {@link #IDS} without the field number. */
  private static final List<String> URL_STEMS =
      IDS.stream().map(id -> url(id, 0)).map(u -> u.substring(0, u.length() - 1)).toList();

  /**
   * The field as canonical ER7 text (default delimiters, escaped), consuming its leaves: each
   * non-empty leaf is written after the delimiters that separate it from the previous one, so that
   * trailing empty sub-components, components and repetitions are left out at every level.
   */
  private static String fieldText(V2In in, V2Segment s, int f) {
    StringBuilder sb = null;
    int lastR = 1;
    int lastC = 1;
    int lastSc = 1;
    int reps = in.reps(s, f);
    for (int r = 1; r <= reps; r++) {
      int cn = in.components(s, f, r);
      for (int c = 1; c <= cn; c++) {
        int sn = in.subComponents(s, f, r, c);
        for (int sc = 1; sc <= sn; sc++) {
          String v = in.get(s, f, r, c, sc);
          if (v == null) {
            continue;
          }
          if (sb == null) {
            sb = new StringBuilder();
          }
          if (r > lastR) {
            repeat(sb, D.repetition(), r - lastR);
            repeat(sb, D.component(), c - 1);
            repeat(sb, D.subComponent(), sc - 1);
          } else if (c > lastC) {
            repeat(sb, D.component(), c - lastC);
            repeat(sb, D.subComponent(), sc - 1);
          } else {
            repeat(sb, D.subComponent(), sc - lastSc);
          }
          sb.append(D.escapeValue(v));
          lastR = r;
          lastC = c;
          lastSc = sc;
        }
      }
    }
    return sb == null ? null : sb.toString();
  }

  private static void repeat(StringBuilder sb, char c, int times) {
    for (int i = 0; i < times; i++) {
      sb.append(c);
    }
  }

  /** Writes the ZU segments for these extensions (others are ignored), in ZU1..ZU8 order. */
  static void write(V2Out out, List<Extension> extensions) {
    for (String id : IDS) {
      V2Out.Seg seg = null;
      for (Extension e : extensions) {
        if (!isZu(e) || !id.equals(segment(e)) || !(e.value() instanceof Value.Primitive p)) {
          continue;
        }
        if (seg == null) {
          seg = out.segment(id);
        }
        setField(seg, field(e), p.text());
      }
    }
  }

  private static void setField(V2Out.Seg seg, int f, String text) {
    String[] reps = split(text, D.repetition());
    for (int r = 0; r < reps.length; r++) {
      String[] comps = split(reps[r], D.component());
      for (int c = 0; c < comps.length; c++) {
        String[] subs = split(comps[c], D.subComponent());
        for (int sc = 0; sc < subs.length; sc++) {
          seg.set(f, r + 1, c + 1, sc + 1, D.unescapeValue(subs[sc]));
        }
      }
    }
  }

  private static String[] split(String s, char sep) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == sep) {
        parts.add(s.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(s.substring(from));
    return parts.toArray(new String[0]);
  }

  /** The segment id of a ZU extension URL ("ZU3"), or null. */
  private static String segment(Extension e) {
    String rest = e.url().substring(URL_PREFIX.length());
    int dash = rest.indexOf('-');
    if (dash != 3) {
      return null;
    }
    String id = rest.substring(0, 3).toUpperCase(Locale.ROOT);
    return IDS.contains(id) ? id : null;
  }

  /** The field number of a ZU extension URL, or 0. */
  private static int field(Extension e) {
    String rest = e.url().substring(URL_PREFIX.length());
    int dash = rest.indexOf('-');
    if (dash < 0) {
      return 0;
    }
    String n = rest.substring(dash + 1);
    if (n.isEmpty() || n.length() > 3 || !n.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(n);
  }
}
