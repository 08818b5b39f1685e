package dev.koine.fhir.internal.map;

import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Meta;
import dev.koine.core.model.Narrative;
import dev.koine.core.model.Value;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.FhirStructure;
import dev.koine.fhir.internal.tree.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Choice values ({@code value[x]}, {@code onset[x]} ...), extensions and the resource-level {@link
 * Extras} (meta, narrative, language, extensions and modifier extensions with no typed home).
 */
public final class Values {
  private static final Set<String> NUMBER_TYPES =
      Set.of("integer", "positiveInt", "unsignedInt", "decimal");
  private static final Set<String> PRIMITIVES =
      Set.of(
          "string",
          "code",
          "uri",
          "url",
          "canonical",
          "id",
          "oid",
          "uuid",
          "markdown",
          "boolean",
          "integer",
          "positiveInt",
          "unsignedInt",
          "decimal",
          "base64Binary",
          "time");
  private static final Set<String> TIMES = Set.of("date", "dateTime", "instant");
  private static final Set<String> QUANTITIES =
      Set.of("Quantity", "SimpleQuantity", "Age", "Duration", "Count", "Distance", "Money");

  private Values() {}

  /** The FHIR type of a choice element {@code prefix + Type}, or null if it is not one. */
  static String typeOf(String prefix, String elementName) {
    if (!elementName.startsWith(prefix) || elementName.length() <= prefix.length()) {
      return null;
    }
    String suffix = elementName.substring(prefix.length());
    if (!Character.isUpperCase(suffix.charAt(0))) {
      return null;
    }
    String lower = suffix.substring(0, 1).toLowerCase(Locale.ROOT) + suffix.substring(1);
    if (PRIMITIVES.contains(lower) || TIMES.contains(lower)) {
      return lower;
    }
    return suffix;
  }

  /** Decodes the choice element {@code prefix[x]} of {@code parent}, or null. */
  public static Value choice(Dec d, FhirNode parent, String prefix) {
    if (parent == null) {
      return null;
    }
    for (FhirNode c : parent.children()) {
      String type = typeOf(prefix, c.name());
      if (type != null) {
        return value(d, c, type);
      }
    }
    return null;
  }

  /** Decodes one typed value node, or null if the type has no place in the model. */
  public static Value value(Dec d, FhirNode n, String type) {
    return d.attempt(
        n.name(),
        () -> {
          if (PRIMITIVES.contains(type)) {
            String text = d.value(n);
            return text == null ? null : new Value.Primitive(type, text);
          }
          if (TIMES.contains(type)) {
            var t = d.timeValue(n, n.name());
            return t == null ? null : new Value.TimeValue(type, t);
          }
          if (QUANTITIES.contains(type)) {
            var q = Datatypes.quantity(d, n);
            return q == null ? null : new Value.QuantityValue(type, q);
          }
          switch (type) {
            case "Coding":
              return wrap(Datatypes.coding(d, n), Value.CodingValue::new);
            case "CodeableConcept":
              return wrap(Datatypes.concept(d, n), Value.ConceptValue::new);
            case "Range":
              return wrap(Datatypes.range(d, n), Value.RangeValue::new);
            case "Ratio":
              return wrap(Datatypes.ratio(d, n), Value.RatioValue::new);
            case "Period":
              return wrap(Datatypes.period(d, n), Value.PeriodValue::new);
            case "Reference":
              return wrap(Datatypes.ref(d, n), Value.ReferenceValue::new);
            case "Identifier":
              return wrap(Datatypes.identifier(d, n), Value.IdentifierValue::new);
            case "Attachment":
              return wrap(Datatypes.attachment(d, n), Value.AttachmentValue::new);
            case "HumanName":
              return wrap(Datatypes.humanName(d, n), Value.HumanNameValue::new);
            case "Address":
              return wrap(Datatypes.address(d, n), Value.AddressValue::new);
            case "ContactPoint":
              return wrap(Datatypes.contactPoint(d, n), Value.ContactPointValue::new);
            default:
              return null;
          }
        });
  }

  private static <T> Value wrap(T v, java.util.function.Function<T, Value> f) {
    return v == null ? null : f.apply(v);
  }

  /**
   * Choice element names by prefix, then type ({@code value}, {@code Quantity} → {@code
   * valueQuantity}), made once: a name built per value was re-hashed by every lookup after it.
   */
  private static final java.util.concurrent.ConcurrentMap<
          String, java.util.concurrent.ConcurrentMap<String, String>>
      CHOICE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

  private static String choiceName(String prefix, String type) {
    return CHOICE_NAMES
        .computeIfAbsent(prefix, p -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(
            type,
            t -> (prefix + t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1)).intern());
  }

  /** Encodes a value as the choice element {@code prefix + Type}. */
  public static FhirNode choice(String prefix, Value v, FhirVersion version) {
    if (v == null) {
      return null;
    }
    String type = v.typeName();
    String name = choiceName(prefix, type);
    if (v instanceof Value.Primitive x) {
      String text = x.text();
      ValueKind kind =
          "boolean".equals(type)
              ? ValueKind.BOOLEAN
              : NUMBER_TYPES.contains(type) ? ValueKind.NUMBER : ValueKind.STRING;
      return FhirNode.primitive(name, text, kind);
    }
    if (v instanceof Value.TimeValue x) {
      return Enc.timeNode(name, x.time());
    }
    if (v instanceof Value.QuantityValue x) {
      return Datatypes.quantity(name, x.quantity());
    }
    if (v instanceof Value.CodingValue x) {
      return Datatypes.coding(name, x.coding());
    }
    if (v instanceof Value.ConceptValue x) {
      return Datatypes.concept(name, x.concept());
    }
    if (v instanceof Value.RangeValue x) {
      return Datatypes.range(name, x.range());
    }
    if (v instanceof Value.RatioValue x) {
      return Datatypes.ratio(name, x.ratio());
    }
    if (v instanceof Value.PeriodValue x) {
      return Datatypes.period(name, x.period());
    }
    if (v instanceof Value.ReferenceValue x) {
      return Datatypes.ref(name, x.ref(), version);
    }
    if (v instanceof Value.IdentifierValue x) {
      return Datatypes.identifier(name, x.identifier());
    }
    if (v instanceof Value.AttachmentValue x) {
      return Datatypes.attachment(name, x.attachment());
    }
    if (v instanceof Value.HumanNameValue x) {
      return Datatypes.humanName(name, x.name());
    }
    if (v instanceof Value.AddressValue x) {
      return Datatypes.address(name, x.address());
    }
    if (v instanceof Value.ContactPointValue x) {
      return Datatypes.contactPoint(name, x.contactPoint());
    }
    throw new IllegalArgumentException("unknown value variant " + type);
  }

  // ---- Extension

  /** Decodes an extension (url + value, or url + sub-extensions), or null. */
  public static Extension extension(Dec d, FhirNode n) {
    return d.attempt(
        "extension",
        () -> {
          String url = d.str(n, "url");
          Value value = choice(d, n, "value");
          List<Extension> subs = Datatypes.all(d, n, "extension", Values::extension);
          if (url == null) {
            return null;
          }
          // an extension with neither value nor extensions breaks FHIR's ext-1, but it is kept
          // (and written back) rather than dropped
          Extension e = new Extension(url, value, subs);
          d.mark(n);
          return e;
        });
  }

  /** Encodes an extension as an element named {@code name} (extension, modifierExtension). */
  public static FhirNode extension(String name, Extension e, FhirVersion version) {
    Enc enc = Enc.element(name).str("url", e.url()).node(choice("value", e.value(), version));
    for (Extension sub : e.extensions()) {
      enc.node(extension("extension", sub, version));
    }
    return enc.build();
  }

  /** The extension children of {@code parent} with this url. */
  public static List<FhirNode> extensionsWithUrl(FhirNode parent, String url) {
    List<FhirNode> out = new ArrayList<>();
    if (parent != null) {
      for (FhirNode e : parent.children("extension")) {
        FhirNode u = e.child("url");
        if (u != null && url.equals(u.value())) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** The first extension child of {@code parent} with one of these urls, or null. */
  public static FhirNode extensionWithUrl(FhirNode parent, Set<String> urls) {
    if (parent != null) {
      for (FhirNode e : parent.children("extension")) {
        FhirNode u = e.child("url");
        if (u != null && urls.contains(u.value())) {
          return e;
        }
      }
    }
    return null;
  }

  // ---- Meta, Narrative, Extras

  /** Decodes a Meta. */
  public static Meta meta(Dec d, FhirNode n) {
    return d.attempt(
        "meta",
        () -> {
          Meta m =
              new Meta(
                  d.str(n, "versionId"),
                  d.time(n, "lastUpdated"),
                  d.str(n, "source"),
                  d.strs(n, "profile"),
                  Datatypes.all(d, n, "security", Datatypes::coding),
                  Datatypes.all(d, n, "tag", Datatypes::coding));
          d.mark(n);
          return m;
        });
  }

  /**
   * The STU3 meta to write for a resource with a default profile: the model's, with the default
   * profile first where it claims nothing STU3 can (no meta, only a source, or only UK Core
   * profiles, which are R4 and pruned with a reported loss by {@link Conformance}); the decoder
   * drops a default-only meta again, so both forms read back the same.
   */
  public static Meta stu3Meta(Meta m, String defaultProfile) {
    if (m == null) {
      return new Meta(null, null, null, List.of(defaultProfile), List.of(), List.of());
    }
    boolean claims =
        m.versionId() != null
            || m.lastUpdated() != null
            || !m.security().isEmpty()
            || !m.tags().isEmpty()
            || m.profiles().stream().anyMatch(p -> Conformance.claimable(FhirStructure.stu3(), p));
    if (claims) {
      return m;
    }
    List<String> profiles = new ArrayList<>(m.profiles().size() + 1);
    profiles.add(defaultProfile);
    profiles.addAll(m.profiles());
    return new Meta(m.versionId(), m.lastUpdated(), m.source(), profiles, m.security(), m.tags());
  }

  /** Encodes a Meta ({@code source} is R4 only). */
  public static FhirNode meta(Meta m, FhirVersion version) {
    if (m != null && m.source() != null && version != FhirVersion.R4) {
      EncodeLosses.report("meta.source", "FHIR " + version.fhirVersion() + " Meta has no source");
    }
    if (m == null) {
      return null;
    }
    Enc e =
        Enc.element("meta")
            .str("versionId", m.versionId())
            .instant("lastUpdated", m.lastUpdated())
            .str("source", version == FhirVersion.R4 ? m.source() : null)
            .strs("profile", m.profiles());
    for (var c : m.security()) {
      e.node(Datatypes.coding("security", c));
    }
    for (var c : m.tags()) {
      e.node(Datatypes.coding("tag", c));
    }
    return e.build();
  }

  /** Decodes a Narrative (the div verbatim). */
  public static Narrative narrative(Dec d, FhirNode n) {
    return d.attempt(
        "text",
        () -> {
          String status = d.str(n, "status");
          String div = d.str(n, "div");
          if (status == null || div == null) {
            return null;
          }
          d.mark(n);
          return new Narrative(status, div);
        });
  }

  /** Encodes a Narrative as an element named {@code name}. */
  public static FhirNode narrative(String name, Narrative v) {
    if (v == null) {
      return null;
    }
    return Enc.element(name).str("status", v.status()).str("div", v.xhtml()).build();
  }

  /**
   * Decodes a resource's (or a backbone element's) extras: meta, text, language, and every
   * extension and modifier extension whose url is not in {@code typedUrls} (those are mapped to
   * typed fields by the caller).
   */
  public static Extras extras(Dec d, FhirNode resource, Set<String> typedUrls) {
    List<Extension> extensions = new ArrayList<>();
    for (FhirNode e : resource.children("extension")) {
      FhirNode u = e.child("url");
      if (u != null && typedUrls.contains(u.value())) {
        continue;
      }
      Extension x = extension(d, e);
      if (x != null) {
        extensions.add(x);
      }
    }
    Extras x =
        new Extras(
            Datatypes.one(d, resource, "meta", Values::meta),
            Datatypes.one(d, resource, "text", Values::narrative),
            d.str(resource, "language"),
            extensions,
            Datatypes.all(d, resource, "modifierExtension", Values::extension));
    return x.isEmpty() ? Extras.NONE : x;
  }

  /** Adds the extras (meta, text, language, extensions, modifier extensions) to a resource. */
  public static Enc extras(Enc e, Extras x, FhirVersion version) {
    if (x == null) {
      return e;
    }
    e.node(meta(x.meta(), version))
        .node(narrative("text", x.narrative()))
        .str("language", x.language());
    for (Extension ext : x.extensions()) {
      e.node(extension("extension", ext, version));
    }
    for (Extension ext : x.modifierExtensions()) {
      e.node(extension("modifierExtension", ext, version));
    }
    return e;
  }
}
