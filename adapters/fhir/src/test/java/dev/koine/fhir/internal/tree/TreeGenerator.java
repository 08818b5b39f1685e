package dev.koine.fhir.internal.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random element trees for property tests (driven by a jqwik-provided {@link Random}): either
 * FHIR-shaped, following the R4 definitions (so that both JSON and XML can carry them exactly), or
 * generic, with names no definition knows (JSON only: XML cannot say that an unknown element is an
 * array item or a number). Children come out in the writers' canonical order.
 */
final class TreeGenerator {
  private static final List<String> RESOURCES =
      List.of("Patient", "Observation", "Bundle", "Composition", "MessageHeader", "Parameters");
  private static final List<String> OPEN_TYPES =
      List.of(
          "string",
          "boolean",
          "decimal",
          "integer",
          "code",
          "dateTime",
          "Coding",
          "CodeableConcept",
          "Quantity",
          "Reference",
          "Identifier");
  private static final String[] NUMBERS = {
    "0",
    "1",
    "-1",
    "1.50",
    "0.000100",
    "-0.0",
    "123456789012345678901234567890",
    "1e3",
    "-2.5E-7",
    "3.14159",
    "100"
  };
  private static final String[] PIECES = {
    "a",
    "Z",
    "9",
    " ",
    "\"",
    "'",
    "&",
    "<",
    ">",
    "\t",
    "\n",
    "\r",
    "é",
    "€",
    "\uD83D\uDE00",
    "]]>",
    "&amp;",
    "Smith",
    "--",
    "\u00A0"
  };
  private static final List<String> GENERIC_NAMES =
      List.of("alpha", "beta", "gamma", "delta", "epsilon");

  private final FhirStructure structure = FhirStructure.r4();
  private final Random random;
  private int budget;

  private TreeGenerator(Random random, int budget) {
    this.random = random;
    this.budget = budget;
  }

  /** A FHIR-shaped R4 resource of about {@code budget} nodes at most. */
  static FhirNode fhir(Random random, int budget) {
    TreeGenerator g = new TreeGenerator(random, budget);
    String type = RESOURCES.get(random.nextInt(RESOURCES.size()));
    return g.resource(type, type, false, 1);
  }

  /** A resource of an unknown type with unknown elements, numbers, booleans and extensions. */
  static FhirNode generic(Random random, int budget) {
    TreeGenerator g = new TreeGenerator(random, budget);
    return FhirNode.resource("Xyzzy", "Xyzzy", g.genericChildren(1));
  }

  // ---------------------------------------------------------------- FHIR-shaped

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private FhirNode resource(String type, String name, boolean array, int depth) {
    budget--;
    List<FhirNode> children = members(type, depth, true);
    return FhirNode.builder(name).resourceType(type).array(array).children(children).build();
  }

  private List<FhirNode> members(String type, int depth, boolean isResource) {
    List<FhirNode> out = new ArrayList<>();
    List<FhirStructure.Element> elements = new ArrayList<>(structure.elements(type));
    if (type.equals("Extension")) {
      // canonical order: the url first
      elements.sort((a, b) -> Boolean.compare(!a.name().equals("url"), !b.name().equals("url")));
    }
    int include = depth <= 1 ? 25 : depth <= 3 ? 15 : 8;
    for (FhirStructure.Element e : elements) {
      if (budget <= 0) {
        break;
      }
      if (!isResource && e.name().equals("id")) {
        continue; // an element's id is FhirNode.elementId
      }
      boolean wanted =
          chance(include) || (type.equals("Extension") && e.name().equals("url") && chance(90));
      if (!wanted) {
        continue;
      }
      String elementType;
      String name;
      if (e.isChoice()) {
        List<String> types = e.types().size() > 20 ? OPEN_TYPES : e.types();
        elementType = types.get(random.nextInt(types.size()));
        String base = e.name().substring(0, e.name().length() - 3);
        name =
            base + elementType.substring(0, 1).toUpperCase(Locale.ROOT) + elementType.substring(1);
      } else {
        elementType = e.types().get(0);
        name = e.name();
      }
      int count = e.array() ? 1 + random.nextInt(3) : 1;
      for (int i = 0; i < count; i++) {
        FhirNode n = value(name, elementType, e.array(), depth + 1);
        if (n != null) {
          out.add(n);
        }
      }
    }
    return out;
  }

  private FhirNode value(String name, String type, boolean array, int depth) {
    if (budget <= 0) {
      return null;
    }
    if (type.equals(FhirStructure.RESOURCE)) {
      return depth > 4
          ? null
          : resource(RESOURCES.get(random.nextInt(RESOURCES.size())), name, array, depth);
    }
    ValueKind kind = structure.kindOfType(type);
    if (kind != null) {
      return primitive(name, type, kind, array, depth);
    }
    if (depth > 6) {
      return null;
    }
    budget--;
    FhirNode.Builder b = FhirNode.builder(name).array(array);
    if (chance(10)) {
      b.elementId(text());
    }
    return b.children(members(type, depth, false)).build();
  }

  private FhirNode primitive(String name, String type, ValueKind kind, boolean array, int depth) {
    budget--;
    FhirNode.Builder b = FhirNode.builder(name).array(array).kind(kind);
    if (type.equals(FhirStructure.XHTML)) {
      return b.value(xhtml(), kind).build();
    }
    boolean hasValue = chance(85);
    if (hasValue) {
      b.value(valueOf(kind), kind);
    }
    if (chance(12)) {
      b.elementId(text());
    }
    if (depth < 6 && (chance(8) || (!hasValue && chance(60)))) {
      int n = 1 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        FhirNode ext = value("extension", "Extension", true, depth + 1);
        if (ext != null) {
          b.child(ext);
        }
      }
    }
    return b.build();
  }

  private String valueOf(ValueKind kind) {
    switch (kind) {
      case NUMBER:
        return NUMBERS[random.nextInt(NUMBERS.length)];
      case BOOLEAN:
        return random.nextBoolean() ? "true" : "false";
      default:
        return text();
    }
  }

  /** XML-safe text with markup characters, whitespace and non-BMP characters. */
  String text() {
    int n = random.nextInt(6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /** A narrative div in canonical form (what an XML read produces). */
  private String xhtml() {
    StringBuilder sb = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(5)) {
        case 0:
          sb.append("<b>");
          Xml.escapeText(text(), sb);
          sb.append("</b>");
          break;
        case 1:
          sb.append("<br/>");
          break;
        case 2:
          sb.append("<p class=\"");
          Xml.escapeAttribute(text(), sb);
          sb.append("\">x</p>");
          break;
        case 3:
          sb.append("<!--note-->");
          break;
        default:
          Xml.escapeText(text(), sb);
      }
    }
    return sb.append("</div>").toString();
  }

  // ---------------------------------------------------------------- generic (JSON only)

  private List<FhirNode> genericChildren(int depth) {
    List<FhirNode> out = new ArrayList<>();
    List<String> names = new ArrayList<>(GENERIC_NAMES);
    int groups = random.nextInt(depth <= 1 ? 5 : 3);
    for (int g = 0; g < groups && budget > 0; g++) {
      String name = names.remove(random.nextInt(names.size()));
      int count = 1 + (chance(40) ? random.nextInt(3) : 0);
      boolean array = count > 1 || chance(40);
      for (int i = 0; i < count; i++) {
        out.add(genericNode(name, array, depth + 1));
      }
    }
    return out;
  }

  private FhirNode genericNode(String name, boolean array, int depth) {
    budget--;
    int shape = depth > 5 ? 0 : random.nextInt(4);
    FhirNode.Builder b = FhirNode.builder(name).array(array);
    if (shape == 3) {
      return b.resourceType("Thing").children(genericChildren(depth)).build();
    }
    if (shape == 2) {
      if (chance(20)) {
        b.elementId(text());
      }
      return b.children(genericChildren(depth)).build();
    }
    ValueKind kind = ValueKind.values()[random.nextInt(3)];
    boolean hasValue = chance(80);
    if (hasValue) {
      String v =
          kind == ValueKind.STRING ? text() + (chance(20) ? "\u0001\uFFFF" : "") : valueOf(kind);
      b.value(v, kind);
    } else {
      b.kind(ValueKind.STRING);
    }
    if (chance(20) || !hasValue) {
      b.elementId(text());
    }
    if (depth < 5 && chance(15)) {
      b.child(
          FhirNode.builder("extension")
              .array(true)
              .child(FhirNode.primitive("url", "http://e", ValueKind.STRING))
              .child(FhirNode.primitive("valueDecimal", "1.50", ValueKind.NUMBER))
              .build());
    }
    return b.build();
  }
}
