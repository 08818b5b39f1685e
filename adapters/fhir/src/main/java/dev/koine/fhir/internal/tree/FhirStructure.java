package dev.koine.fhir.internal.tree;

import dev.koine.core.internal.Checks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the FHIR definitions say about elements, for one FHIR version: which elements repeat, the
 * JSON kind of primitives, choice types ({@code value[x]}) and the canonical element order. XML
 * does not say whether a lone element is an array item or whether a value is a number, and both
 * FHIR XML and canonical JSON need definition order, so the readers and writers ask here.
 *
 * <p>The data is a compact text resource ({@code /dev/koine/fhir/structure-r4.txt}, {@code
 * -stu3.txt}) generated from HAPI FHIR Structures at build-test time and committed; a test
 * regenerates it and fails when it is stale. Nothing here touches HAPI at run time. Each version
 * loads lazily on first use, once per class loader; instances are immutable and thread-safe.
 *
 * <p>Type names: resources and datatypes by their FHIR names ({@code Patient}, {@code Quantity},
 * {@code string}); backbone blocks by their path ({@code Bundle.entry}, {@code Patient.contact});
 * {@code Resource} for an inline resource (whose real type is its {@code resourceType}).
 */
public final class FhirStructure {
  private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile(" ");
  private static final java.util.regex.Pattern BAR = java.util.regex.Pattern.compile("\\|");

  /** The pseudo-type of an element holding an inline resource. */
  public static final String RESOURCE = "Resource";

  /** The FHIR primitive type of the narrative div. */
  public static final String XHTML = "xhtml";

  private final String label;
  private final String header;
  private final Map<String, ValueKind> primitives;
  private final Map<String, TypeDef> types;

  private FhirStructure(
      String label, String header, Map<String, ValueKind> primitives, Map<String, TypeDef> types) {
    this.label = label;
    this.header = header;
    this.primitives = primitives;
    this.types = types;
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

  /** Whether {@code name} is a resource type of this version. */
  public boolean isResourceType(String name) {
    TypeDef t = types.get(name);
    return t != null && t.category == 'R';
  }

  /** Whether {@code name} is a known type (resource, datatype, primitive or backbone block). */
  public boolean isType(String name) {
    return types.containsKey(name);
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
    if (type == null) {
      return null;
    }
    TypeDef t = types.get(type);
    return t == null ? null : t.children.get(elementName);
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
    TypeDef t = types.get(type);
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

  private static FhirStructure load(String label, String resource) {
    try (InputStream in = FhirStructure.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing FHIR metadata resource " + resource);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      return parse(label, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class RawType {
    final String name;
    final char category;
    final String base;
    final List<Element> own = new ArrayList<>();

    RawType(String name, char category, String base) {
      this.name = name;
      this.category = category;
      this.base = base;
    }
  }

  private static FhirStructure parse(String label, BufferedReader reader) throws IOException {
    String header = null;
    Map<String, ValueKind> primitives = new HashMap<>();
    List<String> openTypes = List.of();
    Map<String, RawType> raw = new LinkedHashMap<>();
    RawType current = null;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty()) {
        continue;
      }
      char first = line.charAt(0);
      if (first == '#') {
        if (header == null) {
          header = line.substring(1).trim();
        }
      } else if (first == 'P' && line.charAt(1) == ' ') {
        int sp = line.indexOf(' ', 2);
        primitives.put(line.substring(2, sp), kind(line.charAt(sp + 1)));
      } else if (first == 'O' && (line.length() == 1 || line.charAt(1) == ' ')) {
        openTypes = line.length() > 2 ? List.of(SPACE.split(line.substring(2), 0)) : List.of();
      } else if (first == 'T' && line.charAt(1) == ' ') {
        String[] parts = SPACE.split(line, 0);
        current = new RawType(parts[1], parts[2].charAt(0), parts.length > 3 ? parts[3] : null);
        raw.put(current.name, current);
      } else {
        if (current == null) {
          throw new IllegalStateException("element before any type in FHIR metadata");
        }
        int sp = line.indexOf(' ');
        String name = line.substring(0, sp);
        boolean array = name.endsWith("*");
        if (array) {
          name = name.substring(0, name.length() - 1);
        }
        String typeText = line.substring(sp + 1);
        List<String> elementTypes =
            typeText.equals("*") ? openTypes : List.of(BAR.split(typeText, 0));
        current.own.add(new Element(name, array, elementTypes));
      }
    }
    Map<String, TypeDef> types = new HashMap<>(raw.size() * 2 + primitives.size() * 2);
    for (RawType t : raw.values()) {
      types.put(t.name, resolve(t, raw, primitives));
    }
    RawType element = raw.get("Element");
    for (String p : primitives.keySet()) {
      if (!types.containsKey(p) && element != null) {
        RawType pt = new RawType(p, 'P', "Element");
        types.put(p, resolve(pt, raw, primitives));
      }
    }
    return new FhirStructure(
        label, header == null ? label : header, Map.copyOf(primitives), Map.copyOf(types));
  }

  private static TypeDef resolve(
      RawType t, Map<String, RawType> raw, Map<String, ValueKind> primitives) {
    List<Element> all = new ArrayList<>();
    collectElements(t, raw, all, 0);
    Map<String, Child> children = new HashMap<>(all.size() * 3);
    for (int i = 0; i < all.size(); i++) {
      Element e = all.get(i);
      if (e.isChoice()) {
        String base = e.name().substring(0, e.name().length() - 3);
        for (String type : e.types()) {
          children.putIfAbsent(
              base + capitalise(type),
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

  private static void collectElements(
      RawType t, Map<String, RawType> raw, List<Element> out, int depth) {
    if (depth > 8) {
      throw new IllegalStateException("FHIR metadata base chain too deep at " + t.name);
    }
    if (t.base != null) {
      RawType base = raw.get(t.base);
      if (base == null) {
        throw new IllegalStateException("FHIR metadata: unknown base " + t.base);
      }
      collectElements(base, raw, out, depth + 1);
    }
    out.addAll(t.own);
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
