package dev.koine.terminology.internal;

import dev.koine.core.code.Coding;
import dev.koine.core.issue.KoineParseException;
import dev.koine.terminology.CodeSystem;
import dev.koine.terminology.ConceptDefinition;
import dev.koine.terminology.ConceptMap;
import dev.koine.terminology.Equivalence;
import dev.koine.terminology.PublicationStatus;
import dev.koine.terminology.TerminologyResource;
import dev.koine.terminology.ValueSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps a {@link FhirNode} tree (from JSON or XML, FHIR R4 or STU3) to a {@link CodeSystem}, {@link
 * ValueSet} or {@link ConceptMap}. Elements Koine does not model are ignored; elements it needs are
 * checked and a bad one fails with its location and what was expected. Not API.
 */
public final class ResourceMapper {
  private static final String EQUIVALENCES =
      "relatedto|equivalent|equal|wider|subsumes|narrower|specializes|inexact|unmatched|disjoint";

  private ResourceMapper() {}

  /**
   * The resource the tree holds.
   *
   * @throws KoineParseException if it is not a CodeSystem, ValueSet or ConceptMap, or is malformed
   */
  public static TerminologyResource map(FhirNode root) {
    return switch (root.name()) {
      case "CodeSystem" -> codeSystem(root);
      case "ValueSet" -> valueSet(root);
      case "ConceptMap" -> conceptMap(root);
      default ->
          throw new KoineParseException(
              root.location(),
              "expected a CodeSystem, ValueSet or ConceptMap resource, found " + safe(root.name()));
    };
  }

  private static String safe(String name) {
    return name.length() > 40 || !name.matches("[A-Za-z]*") ? "another element" : name;
  }

  private static String required(FhirNode node, String child, String expected) {
    String v = node.text(child);
    if (v == null || v.isBlank()) {
      throw new KoineParseException(
          node.location(), "expected " + path(node, child) + " (" + expected + ")");
    }
    return v;
  }

  private static String path(FhirNode node, String child) {
    return node.name().isEmpty() ? child : node.name() + "." + child;
  }

  /** A code, display or comment: kept exactly (FHIR JSON/XML readers turn "" into absent). */
  private static String optional(FhirNode node, String child) {
    return node.text(child);
  }

  /** Metadata (URIs, versions, names): a blank value counts as absent. */
  private static String meta(FhirNode node, String child) {
    String v = node.text(child);
    return v == null || v.isBlank() ? null : v;
  }

  private static <T> T parseEnum(
      FhirNode node,
      String child,
      Function<String, Optional<T>> parser,
      String expected,
      T absent) {
    FhirNode c = node.child(child);
    if (c == null || c.value() == null) {
      if (absent == null) {
        throw new KoineParseException(
            node.location(), "expected " + path(node, child) + " (" + expected + ")");
      }
      return absent;
    }
    return parser
        .apply(c.value())
        .orElseThrow(() -> new KoineParseException(c.location(), "expected one of " + expected));
  }

  private static PublicationStatus status(FhirNode root) {
    return parseEnum(
        root,
        "status",
        PublicationStatus::fromCode,
        "draft|active|retired|unknown",
        PublicationStatus.UNKNOWN);
  }

  // ---------------------------------------------------------------- CodeSystem

  static CodeSystem codeSystem(FhirNode root) {
    String url = required(root, "url", "the canonical URL, which Koine indexes by");
    CodeSystem.Content content =
        parseEnum(
            root,
            "content",
            CodeSystem.Content::fromCode,
            "not-present|example|fragment|complete|supplement",
            null);
    String cs = root.text("caseSensitive");
    boolean caseSensitive = cs == null || !cs.equals("false");
    List<ConceptDefinition> concepts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FhirNode c : root.children("concept")) {
      concept(c, null, concepts, seen);
    }
    return new CodeSystem(
        url,
        meta(root, "version"),
        meta(root, "name"),
        meta(root, "title"),
        status(root),
        content,
        caseSensitive,
        meta(root, "description"),
        concepts);
  }

  private static void concept(
      FhirNode node, String parent, List<ConceptDefinition> out, Set<String> seen) {
    String code = node.text("code");
    if (code == null) {
      throw new KoineParseException(node.location(), "expected concept.code");
    }
    if (!seen.add(code)) {
      throw new KoineParseException(node.location(), "duplicate concept code in the code system");
    }
    List<ConceptDefinition.Property> properties = new ArrayList<>();
    for (FhirNode p : node.children("property")) {
      String pc = p.text("code");
      String value = null;
      for (FhirNode v : p.children()) {
        if (v.name().startsWith("value")) {
          value = v.value() != null ? v.value() : v.text("code");
        }
      }
      if (pc != null && value != null) {
        properties.add(new ConceptDefinition.Property(pc, value));
      }
    }
    out.add(
        new ConceptDefinition(
            code, optional(node, "display"), optional(node, "definition"), parent, properties));
    for (FhirNode child : node.children("concept")) {
      concept(child, code, out, seen);
    }
  }

  // ---------------------------------------------------------------- ValueSet

  static ValueSet valueSet(FhirNode root) {
    String url = required(root, "url", "the canonical URL, which Koine indexes by");
    List<ValueSet.Include> includes = new ArrayList<>();
    List<ValueSet.Include> excludes = new ArrayList<>();
    FhirNode compose = root.child("compose");
    if (compose != null) {
      for (FhirNode inc : compose.children("include")) {
        includes.add(include(inc));
      }
      for (FhirNode exc : compose.children("exclude")) {
        excludes.add(include(exc));
      }
    }
    List<Coding> expansion = new ArrayList<>();
    FhirNode exp = root.child("expansion");
    if (exp != null) {
      for (FhirNode c : exp.children("contains")) {
        contains(c, expansion);
      }
    }
    return new ValueSet(
        url,
        meta(root, "version"),
        meta(root, "name"),
        meta(root, "title"),
        status(root),
        meta(root, "description"),
        includes,
        excludes,
        expansion);
  }

  private static ValueSet.Include include(FhirNode inc) {
    String system = meta(inc, "system");
    List<String> valueSets = new ArrayList<>();
    for (FhirNode v : inc.children("valueSet")) {
      if (v.value() != null) {
        valueSets.add(v.value());
      }
    }
    if (system == null && valueSets.isEmpty()) {
      throw new KoineParseException(
          inc.location(), "expected a system or a valueSet in the include (FHIR vsd-1)");
    }
    List<ValueSet.ConceptReference> concepts = new ArrayList<>();
    for (FhirNode c : inc.children("concept")) {
      String code = c.text("code");
      if (code == null) {
        throw new KoineParseException(c.location(), "expected concept.code");
      }
      concepts.add(new ValueSet.ConceptReference(code, optional(c, "display")));
    }
    List<ValueSet.Filter> filters = new ArrayList<>();
    for (FhirNode f : inc.children("filter")) {
      String property = required(f, "property", "the filtered property");
      String op = required(f, "op", "the filter operator");
      String value = f.text("value");
      filters.add(new ValueSet.Filter(property, op, value == null ? "" : value));
    }
    if (system == null && !(concepts.isEmpty() && filters.isEmpty())) {
      throw new KoineParseException(
          inc.location(), "expected a system for the listed concepts or filters (FHIR vsd-2)");
    }
    return new ValueSet.Include(system, meta(inc, "version"), concepts, filters, valueSets);
  }

  private static void contains(FhirNode node, List<Coding> out) {
    String code = node.text("code");
    if (code != null && !"true".equals(node.text("abstract"))) {
      out.add(
          new Coding(meta(node, "system"), meta(node, "version"), code, optional(node, "display")));
    }
    for (FhirNode c : node.children("contains")) {
      contains(c, out);
    }
  }

  // ---------------------------------------------------------------- ConceptMap

  static ConceptMap conceptMap(FhirNode root) {
    String url = required(root, "url", "the canonical URL, which Koine reports as provenance");
    if (root.child("element") != null) {
      throw new KoineParseException(
          root.child("element").location(),
          "expected ConceptMap.group (R4/STU3); the DSTU2 shape with top-level element is not"
              + " supported");
    }
    List<ConceptMap.Group> groups = new ArrayList<>();
    for (FhirNode g : root.children("group")) {
      groups.add(group(g));
    }
    return new ConceptMap(
        url,
        meta(root, "version"),
        meta(root, "name"),
        meta(root, "title"),
        status(root),
        meta(root, "description"),
        scope(root, "source"),
        scope(root, "target"),
        groups);
  }

  private static String scope(FhirNode root, String prefix) {
    String v = meta(root, prefix + "Uri");
    if (v == null) {
      v = meta(root, prefix + "Canonical");
    }
    if (v == null) {
      FhirNode ref = root.child(prefix + "Reference");
      v = ref == null ? null : meta(ref, "reference");
    }
    return v;
  }

  private static ConceptMap.Group group(FhirNode g) {
    ElementTable.Builder b = new ElementTable.Builder(false);
    for (FhirNode e : g.children("element")) {
      int row = b.element(optional(e, "code"), optional(e, "display"));
      for (FhirNode t : e.children("target")) {
        Equivalence eq;
        if (t.child("equivalence") != null) {
          eq = parseEnum(t, "equivalence", Equivalence::fromCode, EQUIVALENCES, null);
        } else if (t.child("relationship") != null) {
          eq = parseEnum(t, "relationship", Equivalence::fromCode, "an R5 relationship", null);
        } else {
          throw new KoineParseException(
              t.location(), "expected target.equivalence (" + EQUIVALENCES + ")");
        }
        b.target(row, optional(t, "code"), optional(t, "display"), eq, optional(t, "comment"));
      }
    }
    ConceptMap.Unmapped unmapped = null;
    FhirNode u = g.child("unmapped");
    if (u != null) {
      unmapped =
          new ConceptMap.Unmapped(
              required(u, "mode", "provided|fixed|other-map"),
              optional(u, "code"),
              optional(u, "display"),
              meta(u, "url"));
    }
    return new ConceptMap.Group(
        meta(g, "source"),
        meta(g, "sourceVersion"),
        meta(g, "target"),
        meta(g, "targetVersion"),
        b.build(),
        unmapped);
  }
}
