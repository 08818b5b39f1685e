package dev.koine.hl7v2.internal;

import dev.koine.core.codec.Loss;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Value;
import dev.koine.hl7v2.V2Component;
import dev.koine.hl7v2.V2Delimiters;
import dev.koine.hl7v2.V2Element;
import dev.koine.hl7v2.V2Field;
import dev.koine.hl7v2.V2Message;
import dev.koine.hl7v2.V2Repetition;
import dev.koine.hl7v2.V2Segment;
import dev.koine.hl7v2.V2SubComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * HL7 v2 content with no typed home in the model, carried verbatim on the envelope ({@link
 * Envelope#HL7V2_VERBATIM}) so that a message read and written back loses nothing: a segment of an
 * untyped message type (VXU, DFT ...), an IN1 or GT1 in an ADT, a field the mapping does not read.
 * Each element is carried at the highest level of which the mapping read nothing, the same elements
 * the decode would otherwise report as losses, and is reported as an {@link
 * IssueCode#CARRIED_VERBATIM} information issue with its location instead. Writing puts each back
 * where it was: segments after the segment they followed, elements at their path.
 */
public final class Verbatim {
  private Verbatim() {}

  private static final V2Delimiters D = V2Delimiters.DEFAULT;
  private static final String LOCATION = "location";
  private static final String ER7 = "er7";
  private static final String AFTER = "after";

  /**
   * The part of a carried element whose meaning is in the typed model (only its HL7 v2 spelling is
   * carried): a conversion to another format leaves it out without a loss.
   */
  public static final String SPELLING = "spelling";

  /** The unconsumed content of a decode, as extensions and issues. */
  public record Carried(List<Extension> extensions, List<Issue> issues) {}

  /** Everything {@code in}'s mapping did not consume. */
  public static Carried read(V2In in) {
    List<Extension> extensions = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    boolean standard = D.equals(in.message().delimiters());
    List<V2Segment> segments = in.message().segments();
    in.unconsumed(
        new V2In.Sink() {
          @Override
          public void segment(V2Segment s) {
            carry(s);
            issues.add(
                Issue.of(
                    IssueCode.CARRIED_VERBATIM,
                    s.path().toString(),
                    "HL7 v2 segment with no typed home in the model, carried verbatim"));
          }

          @Override
          public void emptySegment(V2Segment s) {
            // structure only (no issue): carried so that the segments around it keep their place
            // and number
            carry(s);
          }

          private void carry(V2Segment s) {
            String after = segments.get(s.index() - 1).path().toString();
            extensions.add(
                extension(s.path().toString(), standard ? s.raw() : segmentText(s), after));
          }

          @Override
          public void element(V2Element e) {
            String location = e.path().toString();
            Extension x = extension(location, standard ? e.raw() : text(e), null);
            boolean spelling = in.isSpelling(e);
            if (spelling) {
              List<Extension> parts = new ArrayList<>(x.extensions());
              parts.add(Extension.of(SPELLING, new Value.Primitive("boolean", "true")));
              x = new Extension(x.url(), null, parts);
            }
            extensions.add(x);
            issues.add(
                Issue.of(
                    IssueCode.CARRIED_VERBATIM,
                    location,
                    spelling
                        ? "HL7 v2 spelling of typed content, carried verbatim"
                        : "HL7 v2 element with no typed home in the model, carried verbatim"));
          }
        });
    return new Carried(extensions, issues);
  }

  /** The location of the carried encoding characters (MSH-2 with a truncation character). */
  private static final String MSH_2 = "MSH-2";

  /**
   * MSH-2 with a truncation character (HL7 v2.7+), carried as a spelling: the encoder writes the
   * four standard encoding characters, and {@link #apply} puts the fifth back.
   */
  public static Optional<Extension> encodingCharacters(char truncation) {
    if ((D.field() + D.encodingCharacters()).indexOf(truncation) >= 0
        || !V2Delimiters.isDelimiterChar(truncation)) {
      return Optional.empty();
    }
    Extension x = extension(MSH_2, D.encodingCharacters() + truncation, null);
    List<Extension> parts = new ArrayList<>(x.extensions());
    parts.add(Extension.of(SPELLING, new Value.Primitive("boolean", "true")));
    return Optional.of(new Extension(x.url(), null, parts));
  }

  /** The reason of the loss of FHIR content carried verbatim, on an HL7 v2 encode. */
  public static final String FHIR_VERBATIM_NOT_V2 =
      "FHIR content carried verbatim (no typed home in the model) has no HL7 v2 form";

  /**
   * The message without the FHIR content its envelope carries verbatim ({@link
   * Envelope#FHIR_VERBATIM}): FHIR JSON is not HL7 v2, so each is left out and added to {@code
   * losses} at where it was in the FHIR message ({@code Bundle.entry[<anchor>].<location>}, or
   * {@code <root type>.<location>}), the form the FHIR codec reports it in.
   */
  public static Message withoutFhir(Message message, List<Loss> losses) {
    Extras x = message.envelope().extras();
    List<Extension> kept = null;
    for (int i = 0; i < x.extensions().size(); i++) {
      Extension e = x.extensions().get(i);
      if (Envelope.FHIR_VERBATIM.equals(e.url())) {
        if (kept == null) {
          kept = new ArrayList<>(x.extensions().subList(0, i));
        }
        losses.add(new Loss(fhirWhere(e), FHIR_VERBATIM_NOT_V2));
      } else if (kept != null) {
        kept.add(e);
      }
    }
    if (kept == null) {
      return message;
    }
    return Message.of(
        message.envelope().toBuilder().extras(x.withExtensions(kept)).build(), message.payload());
  }

  /** Where carried FHIR content was: the FHIR codec's form of the loss location. */
  private static String fhirWhere(Extension e) {
    String anchor = part(e, "resource");
    String location = part(e, LOCATION);
    if (anchor == null || location == null) {
      return location != null ? location : anchor != null ? anchor : "envelope.extension";
    }
    if (anchor.startsWith("Bundle.entry[") || anchor.matches("[A-Z][A-Za-z0-9]*")) {
      return anchor + "." + location;
    }
    return "Bundle.entry[" + anchor + "]." + location;
  }

  /**
   * The locations of the carried elements marked as {@link #SPELLING}s: typed content whose HL7 v2
   * form is written back verbatim, which a writer consults where the model alone cannot tell two
   * forms apart.
   */
  public static Set<String> spellings(Envelope envelope) {
    Set<String> found = Set.of();
    for (Extension e : envelope.extras().extensions()) {
      if (Envelope.HL7V2_VERBATIM.equals(e.url()) && "true".equals(part(e, SPELLING))) {
        if (found.isEmpty()) {
          found = new HashSet<>();
        }
        String location = part(e, LOCATION);
        if (location != null) {
          found.add(location);
        }
      }
    }
    return found;
  }

  /** The envelope with these extensions added to its extras. */
  public static Envelope carry(Envelope envelope, List<Extension> extensions) {
    if (extensions.isEmpty()) {
      return envelope;
    }
    Extras x = envelope.extras();
    List<Extension> all = new ArrayList<>(x.extensions());
    all.addAll(extensions);
    return envelope.toBuilder().extras(x.withExtensions(all)).build();
  }

  private static Extension extension(String location, String er7, String after) {
    List<Extension> parts = new ArrayList<>(3);
    parts.add(Extension.of(LOCATION, string(location)));
    parts.add(Extension.of(ER7, string(er7)));
    if (after != null) {
      parts.add(Extension.of(AFTER, string(after)));
    }
    return new Extension(Envelope.HL7V2_VERBATIM, null, parts);
  }

  private static Value string(String text) {
    return new Value.Primitive("string", text);
  }

  /**
   * The ER7 text with the verbatim content of the envelope put back: segments inserted after the
   * segment they followed (appended if it is not there), then elements written at their paths (left
   * out if their segment is not there: the encode's model comparison then reports them).
   */
  public static String apply(String er7, Envelope envelope) {
    List<Extension> carried = new ArrayList<>();
    for (Extension e : envelope.extras().extensions()) {
      if (Envelope.HL7V2_VERBATIM.equals(e.url())
          && part(e, LOCATION) != null
          && part(e, ER7) != null) {
        carried.add(e);
      }
    }
    if (carried.isEmpty()) {
      return er7;
    }
    String truncation = null;
    for (Extension e : carried) {
      String chars = part(e, ER7);
      if (MSH_2.equals(part(e, LOCATION))
          && chars.length() == 5
          && chars.startsWith(D.encodingCharacters())) {
        truncation = chars.substring(4);
      }
    }
    V2Message m = V2Message.parse(er7);
    for (Extension e : carried) {
      String after = part(e, AFTER);
      if (after == null || !isSegmentPath(part(e, LOCATION))) {
        continue;
      }
      Optional<V2Segment> anchor = safeSegment(m, after);
      String text = part(e, ER7);
      try {
        m =
            anchor.isPresent() && anchor.get().index() + 1 < m.segments().size()
                ? m.withSegmentInserted(anchor.get().index() + 1, text)
                : m.withSegmentAppended(text);
      } catch (IllegalArgumentException notASegment) {
        // not a segment in the default delimiters: left out, reported by the encode's comparison
      }
    }
    List<Map.Entry<String, String>> edits = new ArrayList<>();
    for (Extension e : carried) {
      String location = part(e, LOCATION);
      if (part(e, AFTER) != null || isSegmentPath(location) || MSH_2.equals(location)) {
        continue;
      }
      int dash = location.indexOf('-');
      if (dash < 0 || safeSegment(m, location.substring(0, dash)).isEmpty()) {
        continue;
      }
      edits.add(Map.entry(location, part(e, ER7)));
    }
    try {
      // all at once: one read of the message instead of one per element
      m = m.withRaw(edits);
    } catch (IllegalArgumentException oneDoesNotFit) {
      for (Map.Entry<String, String> edit : edits) {
        try {
          m = m.withRaw(edit.getKey(), edit.getValue());
        } catch (IllegalArgumentException doesNotFit) {
          // left out, reported by the encode's comparison
        }
      }
    }
    String out = m.encode();
    return truncation == null ? out : withTruncation(out, truncation.charAt(0));
  }

  /**
   * ER7 text in the standard delimiters rewritten with a truncation character in MSH-2: the
   * character is not a delimiter of the standard ones, so each of its occurrences after MSH-2 is a
   * literal, escaped as {@code \P\}.
   */
  private static String withTruncation(String er7, char truncation) {
    String head = "MSH" + D.field() + D.encodingCharacters();
    if (!er7.startsWith(head) || !V2Delimiters.isDelimiterChar(truncation)) {
      return er7;
    }
    String escaped = D.escape() + "P" + D.escape();
    return head
        + truncation
        + er7.substring(head.length()).replace(String.valueOf(truncation), escaped);
  }

  private static boolean isSegmentPath(String location) {
    return location.indexOf('-') < 0;
  }

  private static Optional<V2Segment> safeSegment(V2Message m, String selector) {
    try {
      return m.segment(selector);
    } catch (IllegalArgumentException notAPath) {
      return Optional.empty();
    }
  }

  private static String part(Extension e, String name) {
    for (Extension p : e.extensions()) {
      if (name.equals(p.url()) && p.value() instanceof Value.Primitive v) {
        return v.text();
      }
    }
    return null;
  }

  /** A segment in the default delimiters (the message used others). */
  private static String segmentText(V2Segment s) {
    StringBuilder sb = new StringBuilder(s.id());
    for (int f = 1; f <= s.fieldCount(); f++) {
      sb.append(D.field()).append(text(s.field(f)));
    }
    return sb.toString();
  }

  /** An element in the default delimiters, its values re-escaped. */
  private static String text(V2Element e) {
    if (e instanceof V2SubComponent sc) {
      return sc.isEmpty() ? "" : sc.isExplicitNull() ? sc.raw() : D.escapeValue(sc.value());
    }
    if (e instanceof V2Component c) {
      return join(c.subComponents(), D.subComponent());
    }
    if (e instanceof V2Repetition r) {
      return join(r.components(), D.component());
    }
    return join(((V2Field) e).repetitions(), D.repetition());
  }

  private static String join(List<? extends V2Element> parts, char separator) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(text(parts.get(i)));
    }
    return sb.toString();
  }
}
