package dev.koine.fhir.internal.tree;

import dev.koine.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the FHIR definitions say about elements, for one FHIR version: which elements repeat, the
 * JSON kind of primitives, choice types ({@code value[x]}) and the canonical element order. XML
 * does not say whether a lone element is an array item or whether a value is a number, and both
 * FHIR XML and canonical JSON need definition order, so the readers and writers ask here.
 *
 * <p>The data is a compact text resource ({@code /dev/koine/fhir/structure-r4.txt}, {@code
 * -stu3.txt}) generated from HAPI FHIR Structures at build-test time and committed; a test
 * regenerates it and fails when it is stale. Nothing here touches HAPI at run time. Each version
 * loads lazily on first use, once per class loader, and each type's elements are parsed when the
 * type is first asked about (cold start pays only for the types a message uses); instances are
 * thread-safe and their answers never change.
 *
 * <p>Type names: resources and datatypes by their FHIR names ({@code Patient}, {@code Quantity},
 * {@code string}); backbone blocks by their path ({@code Bundle.entry}, {@code Patient.contact});
 * {@code Resource} for an inline resource (whose real type is its {@code resourceType}).
 */
public final class FhirStructure {

  /** The pseudo-type of an element holding an inline resource. */
  public static final String RESOURCE = "Resource";

  /** The FHIR primitive type of the narrative div. */
  public static final String XHTML = "xhtml";

  private final String label;
  private final String header;
  private final Map<String, ValueKind> primitives;
  private final List<String> openTypes;
  private final String text;
  private final Map<String, RawType> raw;
  private final Map<String, TypeDef> resolved = new ConcurrentHashMap<>();

  private FhirStructure(
      String label,
      String header,
      Map<String, ValueKind> primitives,
      List<String> openTypes,
      String text,
      Map<String, RawType> raw) {
    this.label = label;
    this.header = header;
    this.primitives = primitives;
    this.openTypes = openTypes;
    this.text = text;
    this.raw = raw;
  }

  /** FHIR R4 (4.0.1). */
  public static FhirStructure r4() {
    return R4.INSTANCE;
  }

  /** FHIR STU3 (3.0.x). */
  public static FhirStructure stu3() {
    return Stu3.INSTANCE;
  }

  private static final class R4 {
    static final FhirStructure INSTANCE = load("R4", "/dev/koine/fhir/structure-r4.txt");
  }

  private static final class Stu3 {
    static final FhirStructure INSTANCE = load("STU3", "/dev/koine/fhir/structure-stu3.txt");
  }

  /** {@code R4} or {@code STU3}. */
  public String label() {
    return label;
  }

  /** The first line of the metadata file (which FHIR and HAPI versions it came from). */
  public String source() {
    return header;
  }

  /**
   * Whether a canonical URL is under one of the STU3 roots ({@code https://fhir.hl7.org.uk/STU3/}:
   * CareConnect; {@code https://fhir.nhs.uk/STU3/}: ITK3), which only STU3 content uses.
   */
  public static boolean isStu3Url(String url) {
    return url.startsWith("https://fhir.hl7.org.uk/STU3/")
        || url.startsWith("https://fhir.nhs.uk/STU3/");
  }

  /** Whether {@code name} is a resource type of this version. */
  public boolean isResourceType(String name) {
    RawType t = raw.get(name);
    return t != null && t.category == 'R';
  }

  /** Whether {@code name} is a known type (resource, datatype, primitive or backbone block). */
  public boolean isType(String name) {
    return raw.containsKey(name);
  }

  /**
   * The metadata's own (interned) instance of a type name equal to {@code name}, or {@code null} if
   * the type is unknown: a reader keeps it instead of the text it read, so later lookups by the
   * name find a hash already computed.
   */
  public String typeName(String name) {
    RawType r = raw.get(name);
    return r == null ? null : r.name;
  }

  /** The JSON kind of a primitive type, or {@code null} if {@code type} is not primitive. */
  public ValueKind kindOfType(String type) {
    return primitives.get(type);
  }

  /**
   * The element {@code elementName} (a JSON/XML name such as {@code valueQuantity}) of {@code
   * type}, or {@code null} if either is unknown.
   */
  public Child child(String type, String elementName) {
    return children(type).get(elementName);
  }

  /** The elements of {@code type} by JSON name (choices expanded), empty if unknown or null. */
  public Map<String, Child> children(String type) {
    if (type == null) {
      return Map.of();
    }
    TypeDef t = type(type);
    return t == null ? Map.of() : t.children;
  }

  /**
   * The elements of {@code type} by instance name, as {@link #children}, or {@code null} if the
   * type is unknown: one lookup where {@link #isType} then {@link #children} made two.
   */
  public Map<String, Child> childrenIfKnown(String type) {
    if (type == null) {
      return null;
    }
    TypeDef t = type(type);
    return t == null ? null : t.children;
  }

  /** Whether the element repeats (a JSON array); {@code false} if unknown. */
  public boolean isArray(String type, String elementName) {
    Child c = child(type, elementName);
    return c != null && c.array();
  }

  /** The JSON kind of the element if it is a primitive, else (or if unknown) {@code null}. */
  public ValueKind primitiveKind(String type, String elementName) {
    Child c = child(type, elementName);
    return c == null ? null : c.kind();
  }

  /** The definition index of the element (choices share one), or -1 if unknown. */
  public int order(String type, String elementName) {
    Child c = child(type, elementName);
    return c == null ? -1 : c.order();
  }

  /**
   * The element definitions of {@code type} in canonical order (inherited ones first), with choices
   * named {@code value[x]}; empty if the type is unknown.
   */
  public List<Element> elements(String type) {
    TypeDef t = type(type);
    return t == null ? List.of() : t.elements;
  }

  /**
   * One element definition.
   *
   * @param name the definition name ({@code identifier}, {@code value[x]})
   * @param array whether it repeats
   * @param types its types (several for a choice; the open list for {@code Extension.value[x]})
   */
  public record Element(String name, boolean array, List<String> types) {
    /** Validates and copies. */
    public Element {
      Checks.notBlank(name, "name");
      types = List.copyOf(types);
    }

    /** Whether this is a choice element ({@code value[x]}). */
    public boolean isChoice() {
      return name.endsWith("[x]");
    }
  }

  /**
   * An element as named in an instance, resolved against its parent type.
   *
   * @param element the definition name ({@code value[x]} for {@code valueQuantity})
   * @param type the element's type ({@code Quantity}, {@code Patient.contact}, {@code Resource})
   * @param array whether the element repeats
   * @param order the definition index within the parent type
   * @param kind the JSON kind if the type is primitive, else {@code null}
   */
  public record Child(String element, String type, boolean array, int order, ValueKind kind) {
    /** Validates the components. */
    public Child {
      Checks.notBlank(element, "element");
      Checks.notBlank(type, "type");
    }

    /** Whether the element holds an inline resource. */
    public boolean isResource() {
      return RESOURCE.equals(type);
    }

    /** Whether the element is the XHTML narrative div. */
    public boolean isXhtml() {
      return XHTML.equals(type);
    }
  }

  private static final class TypeDef {
    @SuppressWarnings("UnusedVariable") // the metadata category (R, D, P, B), kept with the type
    final char category;

    final List<Element> elements;
    final Map<String, Child> children;

    TypeDef(char category, List<Element> elements, Map<String, Child> children) {
      this.category = category;
      this.elements = elements;
      this.children = children;
    }
  }

  // ---------------------------------------------------------------- loading

  /**
   * Where a type's element lines are in the metadata text, and its base; its elements are parsed
   * only when the type is first used, so that cold start pays only for the types a message uses.
   */
  private static final class RawType {
    final String name;
    final char category;
    final String base;
    final int from;
    final int to;

    RawType(String name, char category, String base, int from, int to) {
      this.name = name;
      this.category = category;
      this.base = base;
      this.from = from;
      this.to = to;
    }
  }

  private static FhirStructure load(String label, String resource) {
    String text;
    try (InputStream in = FhirStructure.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing FHIR metadata resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(label, text);
  }

  /** Indexes the text: primitives and the open type list now, types' elements on first use. */
  static FhirStructure parse(String label, String text) {
    int firstEnd = text.indexOf('\n');
    String header = text.startsWith("#") ? text.substring(1, firstEnd).trim() : label;
    Map<String, ValueKind> primitives = new HashMap<>();
    List<String> openTypes = List.of();
    int pos = 0;
    int length = text.length();
    while (pos < length && text.charAt(pos) != 'T') {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = length;
      }
      char first = text.charAt(pos);
      if (first == 'P') {
        int sp = text.indexOf(' ', pos + 2);
        // interned like the other type names (a primitive is also a type of raw, keyed by it)
        primitives.put(text.substring(pos + 2, sp).intern(), kind(text.charAt(sp + 1)));
      } else if (first == 'O') {
        openTypes =
            end > pos + 2 ? internAll(text.substring(pos + 2, end).split(" ", 0)) : List.of();
      }
      pos = end + 1;
    }
    Map<String, RawType> raw = new HashMap<>(1024);
    while (pos < length) {
      int lineEnd = text.indexOf('\n', pos);
      int next = text.indexOf("\nT ", lineEnd);
      int to = next < 0 ? length : next + 1;
      String[] parts = text.substring(pos, lineEnd).split(" ", 0);
      RawType t =
          new RawType(
              parts[1].intern(),
              parts[2].charAt(0),
              parts.length > 3 ? parts[3] : null,
              lineEnd + 1,
              to);
      raw.put(t.name, t);
      pos = to;
    }
    if (raw.containsKey("Element")) {
      for (String p : primitives.keySet()) {
        raw.putIfAbsent(p, new RawType(p, 'P', "Element", 0, 0));
      }
    }
    return new FhirStructure(label, header, Map.copyOf(primitives), openTypes, text, raw);
  }

  private TypeDef type(String name) {
    TypeDef t = resolved.get(name);
    if (t != null) {
      return t;
    }
    RawType r = raw.get(name);
    if (r == null) {
      return null;
    }
    TypeDef made = resolve(r, 0);
    TypeDef raced = resolved.putIfAbsent(name, made);
    return raced == null ? made : raced;
  }

  private TypeDef resolve(RawType t, int depth) {
    if (depth > 8) {
      throw new IllegalStateException("FHIR metadata base chain too deep at " + t.name);
    }
    List<Element> all = new ArrayList<>();
    if (t.base != null) {
      RawType base = raw.get(t.base);
      if (base == null) {
        throw new IllegalStateException("FHIR metadata: unknown base " + t.base);
      }
      TypeDef b = resolved.get(t.base);
      all.addAll(b != null ? b.elements : resolve(base, depth + 1).elements);
    }
    all.addAll(ownElements(t));
    Map<String, Child> children = new HashMap<>(all.size() * 3);
    for (int i = 0; i < all.size(); i++) {
      Element e = all.get(i);
      if (e.isChoice()) {
        String base = e.name().substring(0, e.name().length() - 3);
        for (String type : e.types()) {
          children.putIfAbsent(
              (base + capitalise(type)).intern(),
              new Child(e.name(), type, e.array(), i, primitives.get(type)));
        }
      } else {
        String type = e.types().get(0);
        children.putIfAbsent(
            e.name(), new Child(e.name(), type, e.array(), i, primitives.get(type)));
      }
    }
    return new TypeDef(t.category, Collections.unmodifiableList(all), children);
  }

  /** The element lines of {@code t} itself. */
  private List<Element> ownElements(RawType t) {
    List<Element> out = new ArrayList<>();
    int pos = t.from;
    while (pos < t.to) {
      int end = text.indexOf('\n', pos);
      if (end < 0 || end > t.to) {
        end = t.to;
      }
      if (end > pos) {
        int sp = text.indexOf(' ', pos);
        String name = text.substring(pos, sp);
        boolean array = name.endsWith("*");
        if (array) {
          name = name.substring(0, name.length() - 1);
        }
        String typeText = text.substring(sp + 1, end);
        List<String> types = typeText.equals("*") ? openTypes : internAll(typeText.split("\\|", 0));
        // interned, like the names the JSON reader gets from Jackson and the mappers' literals, so
        // that looking an element or a type up by name mostly compares by identity
        out.add(new Element(name.intern(), array, types));
      }
      pos = end + 1;
    }
    return out;
  }

  private static List<String> internAll(String[] names) {
    for (int i = 0; i < names.length; i++) {
      names[i] = names[i].intern();
    }
    return List.of(names);
  }

  private static ValueKind kind(char c) {
    switch (c) {
      case 'N':
        return ValueKind.NUMBER;
      case 'B':
        return ValueKind.BOOLEAN;
      default:
        return ValueKind.STRING;
    }
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
