package dev.koine.fhir.internal.map;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystemLint;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.AckIssue;
import dev.koine.core.model.Address;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Bytes;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Note;
import dev.koine.core.model.Quantity;
import dev.koine.core.model.Range;
import dev.koine.core.model.Ratio;
import dev.koine.core.model.Ref;
import dev.koine.core.time.Period;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The FHIR datatypes shared by R4 and STU3: each has a decoder ({@code x(Dec, FhirNode)}, null when
 * absent or when the model refuses it, then reported as losses) and an encoder ({@code x(String
 * name, value)}, null for a null value). Near-miss identifier and code systems and codes with
 * surrounding whitespace are kept as received and reported as issues.
 */
public final class Datatypes {
  private static final Pattern SIZE = Pattern.compile("0|[1-9][0-9]{0,17}");

  private Datatypes() {}

  /** Decodes every child named {@code name} with {@code decoder}, skipping refused ones. */
  public static <T> List<T> all(
      Dec d, FhirNode parent, String name, BiFunction<Dec, FhirNode, T> decoder) {
    if (parent == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (FhirNode c : parent.children(name)) {
      T v = decoder.apply(d, c);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** Decodes the first child named {@code name}, or null. */
  public static <T> T one(Dec d, FhirNode parent, String name, BiFunction<Dec, FhirNode, T> dec) {
    FhirNode c = parent == null ? null : parent.child(name);
    return c == null ? null : dec.apply(d, c);
  }

  // ---- Identifier

  /**
   * Systems linted per element name: at most {@link #LINT_CACHE_LIMIT} names, systems per name and
   * characters per system, so that hostile input cannot grow it without bound.
   */
  private static final Map<String, Map<String, List<Issue>>> LINTED = new ConcurrentHashMap<>();

  private static final int LINT_CACHE_LIMIT = 256;

  /**
   * The findings of {@link IdentifierSystemLint} on the {@code system} of element {@code element}
   * (a pure function of the two, so remembered: a message names the same few systems many times).
   */
  private static List<Issue> systemIssues(String system, String element) {
    Map<String, List<Issue>> bySystem = LINTED.get(element);
    if (bySystem == null) {
      if (LINTED.size() >= LINT_CACHE_LIMIT || system.length() > LINT_CACHE_LIMIT) {
        return IdentifierSystemLint.issues(system, element + ".system").all();
      }
      bySystem = LINTED.computeIfAbsent(element, k -> new ConcurrentHashMap<>());
    }
    List<Issue> found = bySystem.get(system);
    if (found == null) {
      found = IdentifierSystemLint.issues(system, element + ".system").all();
      if (bySystem.size() < LINT_CACHE_LIMIT && system.length() <= LINT_CACHE_LIMIT) {
        bySystem.putIfAbsent(system, found);
      }
    }
    return found;
  }

  /** Decodes an Identifier (assigner: its display). */
  public static Identifier identifier(Dec d, FhirNode n) {
    return d.attempt(
        "Identifier",
        () -> {
          String system = d.str(n, "system");
          if (system != null) {
            d.issues(systemIssues(system, n.name()));
          }
          FhirNode assigner = n.child("assigner");
          String assignerText = null;
          if (assigner != null && assigner.children().size() == 1) {
            assignerText = d.str(assigner, "display");
            if (assignerText != null) {
              d.mark(assigner);
            }
          }
          Identifier id =
              new Identifier(
                  system,
                  d.str(n, "value"),
                  one(d, n, "type", Datatypes::concept),
                  d.str(n, "use"),
                  one(d, n, "period", Datatypes::period),
                  assignerText);
          d.mark(n);
          return id;
        });
  }

  /** Encodes an Identifier. */
  public static FhirNode identifier(String name, Identifier v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .str("use", v.use())
        .node(concept("type", v.type()))
        .str("system", v.system())
        .str("value", v.value())
        .node(period("period", v.period()))
        .node(
            v.assigner() == null
                ? null
                : Enc.element("assigner").str("display", v.assigner()).build())
        .build();
  }

  // ---- Coding, CodeableConcept

  /** Decodes a Coding (userSelected is not in the model). */
  public static Coding coding(Dec d, FhirNode n) {
    return d.attempt(
        "Coding",
        () -> {
          String system = d.str(n, "system");
          if (system != null) {
            d.issues(systemIssues(system, n.name()));
          }
          String code = d.str(n, "code");
          if (code != null && !code.equals(code.strip())) {
            d.issue(
                IssueCode.CODE_WHITESPACE,
                n.name() + ".code",
                "code has leading or trailing whitespace (kept as received)");
          }
          Coding c = new Coding(system, d.str(n, "version"), code, d.str(n, "display"));
          d.mark(n);
          return c;
        });
  }

  /** Encodes a Coding. */
  public static FhirNode coding(String name, Coding v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .str("system", v.system())
        .str("version", v.version())
        .str("code", v.code())
        .str("display", v.display())
        .build();
  }

  /** Decodes a CodeableConcept. */
  public static Concept concept(Dec d, FhirNode n) {
    return d.attempt(
        "CodeableConcept",
        () -> {
          Concept c = new Concept(all(d, n, "coding", Datatypes::coding), d.str(n, "text"));
          d.mark(n);
          return c;
        });
  }

  /** Encodes a CodeableConcept. */
  public static FhirNode concept(String name, Concept v) {
    if (v == null) {
      return null;
    }
    Enc e = Enc.element(name);
    for (Coding c : v.codings()) {
      e.node(coding("coding", c));
    }
    return e.str("text", v.text()).build();
  }

  /** Encodes concepts, each as an element named {@code name}. */
  public static List<FhirNode> concepts(String name, List<Concept> values) {
    List<FhirNode> out = new ArrayList<>();
    for (Concept c : values) {
      FhirNode n = concept(name, c);
      if (n != null) {
        out.add(n);
      }
    }
    return out;
  }

  // ---- Period, Quantity, Range, Ratio

  /** Decodes a Period. */
  public static Period period(Dec d, FhirNode n) {
    return d.attempt(
        "Period",
        () -> {
          Period p = new Period(d.time(n, "start"), d.time(n, "end"));
          d.mark(n);
          return p;
        });
  }

  /** Encodes a Period. */
  public static FhirNode period(String name, Period v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name).time("start", v.start()).time("end", v.end()).build();
  }

  /** Decodes a Quantity (any of its profiles: SimpleQuantity, Age, Duration ...). */
  public static Quantity quantity(Dec d, FhirNode n) {
    return d.attempt(
        "Quantity",
        () -> {
          Quantity q =
              new Quantity(
                  d.decimal(n, "value"),
                  d.str(n, "comparator"),
                  d.str(n, "unit"),
                  d.str(n, "system"),
                  d.str(n, "code"));
          d.mark(n);
          return q;
        });
  }

  /** Encodes a Quantity. */
  public static FhirNode quantity(String name, Quantity v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .decimal("value", v.value())
        .str("comparator", v.comparator())
        .str("unit", v.unit())
        .str("system", v.system())
        .str("code", v.code())
        .build();
  }

  /** Decodes a Range. */
  public static Range range(Dec d, FhirNode n) {
    return d.attempt(
        "Range",
        () -> {
          Range r =
              new Range(
                  one(d, n, "low", Datatypes::quantity), one(d, n, "high", Datatypes::quantity));
          d.mark(n);
          return r;
        });
  }

  /** Encodes a Range. */
  public static FhirNode range(String name, Range v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .node(quantity("low", v.low()))
        .node(quantity("high", v.high()))
        .build();
  }

  /** Decodes a Ratio. */
  public static Ratio ratio(Dec d, FhirNode n) {
    return d.attempt(
        "Ratio",
        () -> {
          Ratio r =
              new Ratio(
                  one(d, n, "numerator", Datatypes::quantity),
                  one(d, n, "denominator", Datatypes::quantity));
          d.mark(n);
          return r;
        });
  }

  /** Encodes a Ratio. */
  public static FhirNode ratio(String name, Ratio v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .node(quantity("numerator", v.numerator()))
        .node(quantity("denominator", v.denominator()))
        .build();
  }

  // ---- HumanName, Address, ContactPoint

  /** Decodes a HumanName. */
  public static HumanName humanName(Dec d, FhirNode n) {
    return d.attempt(
        "HumanName",
        () -> {
          HumanName h =
              new HumanName(
                  d.str(n, "use"),
                  d.str(n, "text"),
                  d.str(n, "family"),
                  d.strs(n, "given"),
                  d.strs(n, "prefix"),
                  d.strs(n, "suffix"),
                  one(d, n, "period", Datatypes::period));
          d.mark(n);
          return h;
        });
  }

  /** Encodes a HumanName. */
  public static FhirNode humanName(String name, HumanName v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .str("use", v.use())
        .str("text", v.text())
        .str("family", v.family())
        .strs("given", v.given())
        .strs("prefix", v.prefixes())
        .strs("suffix", v.suffixes())
        .node(period("period", v.period()))
        .build();
  }

  /** Decodes an Address. */
  public static Address address(Dec d, FhirNode n) {
    return d.attempt(
        "Address",
        () -> {
          Address a =
              new Address(
                  d.str(n, "use"),
                  d.str(n, "type"),
                  d.str(n, "text"),
                  d.strs(n, "line"),
                  d.str(n, "city"),
                  d.str(n, "district"),
                  d.str(n, "state"),
                  d.str(n, "postalCode"),
                  d.str(n, "country"),
                  one(d, n, "period", Datatypes::period));
          d.mark(n);
          return a;
        });
  }

  /** Encodes an Address. */
  public static FhirNode address(String name, Address v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .str("use", v.use())
        .str("type", v.type())
        .str("text", v.text())
        .strs("line", v.lines())
        .str("city", v.city())
        .str("district", v.district())
        .str("state", v.state())
        .str("postalCode", v.postalCode())
        .str("country", v.country())
        .node(period("period", v.period()))
        .build();
  }

  /** Decodes a ContactPoint. */
  public static ContactPoint contactPoint(Dec d, FhirNode n) {
    return d.attempt(
        "ContactPoint",
        () -> {
          ContactPoint c =
              new ContactPoint(
                  d.str(n, "system"),
                  d.str(n, "value"),
                  d.str(n, "use"),
                  d.integer(n, "rank"),
                  one(d, n, "period", Datatypes::period));
          d.mark(n);
          return c;
        });
  }

  /** Encodes a ContactPoint. */
  public static FhirNode contactPoint(String name, ContactPoint v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .str("system", v.system())
        .str("value", v.value())
        .str("use", v.use())
        .integer("rank", v.rank())
        .node(period("period", v.period()))
        .build();
  }

  // ---- Reference

  /**
   * Decodes a Reference. The reference string {@code urn:uuid:x} becomes the target {@code x} (the
   * id of the entry whose fullUrl it names, see {@link MessageBundle}); any other string is kept
   * verbatim as the target. {@code type} (R4) and {@code identifier} map to their fields.
   */
  public static Ref ref(Dec d, FhirNode n) {
    return d.attempt(
        "Reference",
        () -> {
          String reference = d.str(n, "reference");
          if (reference != null && MessageBundle.isBareId(reference)) {
            d.issue(
                IssueCode.NORMALISED,
                n.name() + ".reference",
                "reference with neither a resource type nor urn:uuid: read as the entry id it"
                    + " names; written back as urn:uuid:<id>");
          }
          Ref r =
              new Ref(
                  reference == null ? null : MessageBundle.targetOf(reference),
                  d.str(n, "type"),
                  one(d, n, "identifier", Datatypes::identifier),
                  d.str(n, "display"));
          d.mark(n);
          return r;
        });
  }

  /** Encodes a Reference ({@code type} is written for R4 only). */
  public static FhirNode ref(String name, Ref v, FhirVersion version) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .str("reference", v.target() == null ? null : MessageBundle.referenceTo(v.target()))
        .str("type", version == FhirVersion.R4 ? v.type() : null)
        .node(identifier("identifier", v.identifier()))
        .str("display", v.display())
        .build();
  }

  /** Encodes references, each as an element named {@code name}. */
  public static List<FhirNode> refs(String name, List<Ref> values, FhirVersion version) {
    List<FhirNode> out = new ArrayList<>();
    for (Ref r : values) {
      FhirNode n = ref(name, r, version);
      if (n != null) {
        out.add(n);
      }
    }
    return out;
  }

  // ---- Attachment, Annotation

  /** Decodes an Attachment ({@code data} and {@code hash} from base64). */
  public static Attachment attachment(Dec d, FhirNode n) {
    return d.attempt(
        "Attachment",
        () -> {
          Long size = null;
          FhirNode sizeNode = n.child("size");
          if (sizeNode != null
              && sizeNode.value() != null
              && SIZE.matcher(sizeNode.value()).matches()) {
            d.mark(sizeNode);
            size = Long.valueOf(sizeNode.value());
          }
          Attachment a =
              new Attachment(
                  d.str(n, "contentType"),
                  d.str(n, "language"),
                  base64(d, n.child("data")),
                  d.str(n, "url"),
                  size,
                  base64(d, n.child("hash")),
                  d.str(n, "title"),
                  d.time(n, "creation"));
          d.mark(n);
          return a;
        });
  }

  /** Base64 content that re-encodes to exactly the same text, else null (a loss). */
  static Bytes base64(Dec d, FhirNode n) {
    if (n == null || n.value() == null) {
      return null;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(n.value());
      if (bytes.length == 0 || !Base64.getEncoder().encodeToString(bytes).equals(n.value())) {
        return null;
      }
      d.mark(n);
      return Bytes.of(bytes);
    } catch (IllegalArgumentException e) {
      d.issue(IssueCode.VALUE_INVALID, n.name(), "not base64");
      return null;
    }
  }

  /** Encodes an Attachment. */
  public static FhirNode attachment(String name, Attachment v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .str("contentType", v.contentType())
        .str("language", v.language())
        .str(
            "data",
            v.data() == null ? null : Base64.getEncoder().encodeToString(v.data().toArray()))
        .str("url", v.url())
        .number("size", v.size() == null ? null : v.size().toString())
        .str(
            "hash",
            v.hash() == null ? null : Base64.getEncoder().encodeToString(v.hash().toArray()))
        .str("title", v.title())
        .time("creation", v.creation())
        .build();
  }

  /**
   * Decodes an OperationOutcome {@code issue} (the same in R4 and STU3) as an acknowledgement
   * issue, or null if it cannot be read.
   */
  public static AckIssue ackIssue(Dec d, FhirNode i) {
    return d.attempt(
        "OperationOutcome.issue",
        () -> {
          AckIssue x =
              new AckIssue(
                  d.str(i, "severity"),
                  d.str(i, "code"),
                  one(d, i, "details", Datatypes::concept),
                  d.str(i, "diagnostics"),
                  d.strs(i, "location"));
          d.mark(i);
          return x;
        });
  }

  /** Encodes an acknowledgement issue as an OperationOutcome {@code issue}. */
  public static FhirNode ackIssue(AckIssue i) {
    return Enc.element("issue")
        .str("severity", i.severity())
        .str("code", i.code())
        .node(concept("details", i.details()))
        .str("diagnostics", i.diagnostics())
        .strs("location", i.locations())
        .build();
  }

  /** Decodes an Annotation. */
  public static Note note(Dec d, FhirNode n) {
    return d.attempt(
        "Annotation",
        () -> {
          Note note =
              new Note(
                  d.str(n, "text"),
                  d.str(n, "authorString"),
                  one(d, n, "authorReference", Datatypes::ref),
                  d.time(n, "time"));
          d.mark(n);
          return note;
        });
  }

  /** Encodes an Annotation. */
  public static FhirNode note(String name, Note v, FhirVersion version) {
    if (v == null) {
      return null;
    }
    return Enc.element(name)
        .str("authorString", v.authorName())
        .node(ref("authorReference", v.author(), version))
        .time("time", v.time())
        .str("text", v.text())
        .build();
  }
}
