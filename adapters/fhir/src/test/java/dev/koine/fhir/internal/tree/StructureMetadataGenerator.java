package dev.koine.fhir.internal.tree;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition.ChildTypeEnum;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeChildAny;
import ca.uhn.fhir.context.RuntimeChildChoiceDefinition;
import ca.uhn.fhir.context.RuntimeChildContainedResources;
import ca.uhn.fhir.context.RuntimeChildDirectResource;
import ca.uhn.fhir.context.RuntimeChildExtension;
import ca.uhn.fhir.util.VersionUtil;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the compact element metadata that {@link FhirStructure} reads at run time, by walking HAPI
 * FHIR's runtime definitions (test scope only: the tree never touches HAPI at run time). The format
 * is documented in the header of the generated file.
 */
final class StructureMetadataGenerator {
  private static final List<String> RESOURCE =
      List.of("id id", "meta Meta", "implicitRules uri", "language code");
  private static final List<String> DOMAIN_RESOURCE =
      List.of(
          "text Narrative",
          "contained* Resource",
          "extension* Extension",
          "modifierExtension* Extension");
  private static final List<String> ELEMENT = List.of("id string", "extension* Extension");
  private static final List<String> BACKBONE = List.of("modifierExtension* Extension");

  private final FhirContext ctx;
  private final IdentityHashMap<BaseRuntimeElementDefinition<?>, String> names =
      new IdentityHashMap<>();
  private final Map<String, List<String>> elements = new TreeMap<>();
  private final Map<String, String> categories = new TreeMap<>();
  private final Map<String, String> primitives = new TreeMap<>();
  private final TreeSet<String> openTypes = new TreeSet<>();

  private StructureMetadataGenerator(FhirContext ctx) {
    this.ctx = ctx;
  }

  /** The metadata text for the context's FHIR version. */
  static String generate(FhirContext ctx, String label) {
    return new StructureMetadataGenerator(ctx).run(label);
  }

  private String run(String label) {
    for (String rt : new TreeSet<>(ctx.getResourceTypes())) {
      visit(ctx.getResourceDefinition(rt), rt, "R");
    }
    StringBuilder out = new StringBuilder();
    out.append("# Koine FHIR element metadata for ")
        .append(label)
        .append(" (FHIR ")
        .append(ctx.getVersion().getVersion().getFhirVersionString())
        .append("), generated from HAPI FHIR ")
        .append(VersionUtil.getVersion())
        .append(" by StructureMetadataGenerator.\n")
        .append("# Do not edit: FhirStructureTest regenerates it and fails when it is stale.\n")
        .append("# P <primitive type> <JSON kind: S string, N number, B boolean>\n")
        .append("# O <type>...   the types of an open choice element (Extension.value[x])\n")
        .append("# T <type> <R resource | D datatype | B backbone block | A abstract> [<base>]\n")
        .append("# <element>[*] <type>[|<type>...]   elements of the T above, in definition order")
        .append(" (after the base's);\n")
        .append("#   * repeats; a name ending [x] is a choice; type * is the open list; type")
        .append(" Resource is an inline resource\n");
    primitives.forEach((k, v) -> out.append("P ").append(k).append(' ').append(v).append('\n'));
    out.append('O');
    for (String t : openTypes) {
      out.append(' ').append(t);
    }
    out.append('\n');
    appendType(out, "Element", "A", null, ELEMENT);
    appendType(out, "BackboneElement", "A", "Element", BACKBONE);
    appendType(out, "Resource", "A", null, RESOURCE);
    appendType(out, "DomainResource", "A", "Resource", DOMAIN_RESOURCE);
    for (Map.Entry<String, List<String>> e : elements.entrySet()) {
      String name = e.getKey();
      List<String> lines = e.getValue();
      String category = categories.get(name);
      String base = null;
      List<String> own = lines;
      if (category.equals("R")) {
        List<String> domain = new ArrayList<>(RESOURCE);
        domain.addAll(DOMAIN_RESOURCE);
        if (startsWith(lines, domain)) {
          base = "DomainResource";
          own = lines.subList(domain.size(), lines.size());
        } else if (startsWith(lines, RESOURCE)) {
          base = "Resource";
          own = lines.subList(RESOURCE.size(), lines.size());
        }
      } else {
        List<String> backbone = new ArrayList<>(ELEMENT);
        backbone.addAll(BACKBONE);
        if (category.equals("B") && startsWith(lines, backbone)) {
          base = "BackboneElement";
          own = lines.subList(backbone.size(), lines.size());
        } else if (startsWith(lines, ELEMENT)) {
          base = "Element";
          own = lines.subList(ELEMENT.size(), lines.size());
        }
      }
      appendType(out, name, category, base, own);
    }
    return out.toString();
  }

  private static boolean startsWith(List<String> lines, List<String> prefix) {
    return lines.size() >= prefix.size() && lines.subList(0, prefix.size()).equals(prefix);
  }

  private static void appendType(
      StringBuilder out, String name, String category, String base, List<String> lines) {
    out.append("T ").append(name).append(' ').append(category);
    if (base != null) {
      out.append(' ').append(base);
    }
    out.append('\n');
    for (String line : lines) {
      out.append(line).append('\n');
    }
  }

  private void visit(BaseRuntimeElementCompositeDefinition<?> def, String name, String category) {
    if (names.containsKey(def)) {
      return;
    }
    names.put(def, name);
    categories.put(name, category);
    List<String> lines = new ArrayList<>();
    elements.put(name, lines);
    for (BaseRuntimeChildDefinition child : def.getChildren()) {
      String element = child.getElementName();
      boolean repeats = child.getMax() == -1 || child.getMax() > 1;
      String type;
      if (child instanceof RuntimeChildExtension) {
        type = "Extension";
        BaseRuntimeElementDefinition<?> t = ctx.getElementDefinition("Extension");
        typeName(t, name, element);
      } else if (child instanceof RuntimeChildAny) {
        element = element + "[x]";
        type = "*";
        for (String n : child.getValidChildNames()) {
          BaseRuntimeElementDefinition<?> t = child.getChildByName(n);
          if (t != null && n.equals(child.getElementName() + capitalise(t.getName()))) {
            openTypes.add(t.getName());
            typeName(t, name, n);
          }
        }
      } else if (child instanceof RuntimeChildChoiceDefinition) {
        element = element + "[x]";
        TreeSet<String> types = new TreeSet<>();
        for (String n : child.getValidChildNames()) {
          BaseRuntimeElementDefinition<?> t = child.getChildByName(n);
          if (t != null && n.equals(child.getElementName() + capitalise(t.getName()))) {
            types.add(typeName(t, name, n));
          }
        }
        type = String.join("|", types);
      } else if (child instanceof RuntimeChildDirectResource
          || child instanceof RuntimeChildContainedResources) {
        type = "Resource";
      } else {
        BaseRuntimeElementDefinition<?> t = child.getChildByName(element);
        if (t == null) {
          throw new IllegalStateException("no type for " + name + "." + element);
        }
        type = typeName(t, name, element);
      }
      lines.add(element + (repeats ? "*" : "") + " " + type);
    }
  }

  private String typeName(BaseRuntimeElementDefinition<?> t, String owner, String element) {
    ChildTypeEnum kind = t.getChildType();
    switch (kind) {
      case PRIMITIVE_DATATYPE:
      case ID_DATATYPE:
      case PRIMITIVE_XHTML_HL7ORG:
      case PRIMITIVE_XHTML:
        primitives.put(t.getName(), jsonKind(t.getName()));
        return t.getName();
      case RESOURCE_BLOCK:
        {
          String existing = names.get(t);
          if (existing != null) {
            return existing;
          }
          String blockName = owner + "." + element;
          visit((BaseRuntimeElementCompositeDefinition<?>) t, blockName, "B");
          return blockName;
        }
      case COMPOSITE_DATATYPE:
        visit((BaseRuntimeElementCompositeDefinition<?>) t, t.getName(), "D");
        return t.getName();
      case RESOURCE:
      case CONTAINED_RESOURCES:
      case CONTAINED_RESOURCE_LIST:
        return "Resource";
      default:
        throw new IllegalStateException("unexpected " + kind + " at " + owner + "." + element);
    }
  }

  private static String jsonKind(String primitive) {
    switch (primitive) {
      case "boolean":
        return "B";
      case "integer":
      case "decimal":
      case "positiveInt":
      case "unsignedInt":
      case "integer64":
        return "N";
      default:
        return "S";
    }
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
