package dev.koine.fhir.internal.map;

import dev.koine.core.codec.Loss;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.FhirStructure;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The last step of every encode: keeps only what the FHIR version's definitions allow, so Koine
 * never writes a FHIR document a conformant reader rejects or silently drops. An element the
 * resource or datatype does not define in this version (an STU3 {@code DiagnosticReport} has no
 * {@code effectiveAge}; R4 has no {@code valueInteger64}), or a second value where the definition
 * allows one (STU3 {@code HealthcareService.category}), is left out and reported as a {@link Loss}
 * located by its wire path ({@code Bundle.entry[2].resource.effectiveAge}).
 *
 * <p>Mappers write what the model holds; the model is version-neutral, so some of its content has
 * no place in one version. Checking once here, against the same structure metadata the readers use,
 * covers every mapper and every verbatim carry alike. Types the metadata does not know are left as
 * they are (nothing is removed on a guess).
 */
public final class Conformance {
  private Conformance() {}

  /**
   * Resources carried verbatim in this thread's current encode: written back exactly as they were
   * read (even where the input broke its version's definitions), so the pass leaves them alone.
   */
  private static final ThreadLocal<Set<FhirNode>> VERBATIM =
      ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()));

  /** Registers a resource node carried verbatim (see {@link #prune}); returns it. */
  public static FhirNode verbatim(FhirNode resource) {
    VERBATIM.get().add(resource);
    return resource;
  }

  /** Whether this node was registered as carried verbatim. */
  public static boolean isVerbatim(FhirNode resource) {
    // most encodes carry nothing verbatim: skip the identity hash of every resource then
    Set<FhirNode> verbatim = VERBATIM.get();
    return !verbatim.isEmpty() && verbatim.contains(resource);
  }

  /** {@code root} without what {@code structure} does not define; each removal added to losses. */
  public static FhirNode prune(FhirNode root, FhirStructure structure, List<Loss> losses) {
    try {
      if (root == null || root.resourceType() == null || isVerbatim(root)) {
        return root;
      }
      Path path = new Path(root.resourceType(), EncodeLosses.pending(), structure);
      EncodeLosses.located(path.pending, root, path, losses);
      return prune(root, root.resourceType(), path, structure, losses);
    } finally {
      VERBATIM.get().clear();
      EncodeLosses.unlocated(losses);
    }
  }

  /**
   * Codes of required bindings that one version lacks (R4 added them): written there, a reader of
   * the other version rejects the whole message.
   */
  private static final java.util.Map<String, java.util.Map<String, Set<String>>>
      STU3_UNKNOWN_CODES =
          java.util.Map.of(
              "Identifier", java.util.Map.of("use", Set.of("old")),
              "Address", java.util.Map.of("use", Set.of("billing")),
              "ProcedureRequest", java.util.Map.of("status", Set.of("on-hold", "revoked")),
              "ReferralRequest", java.util.Map.of("status", Set.of("on-hold", "revoked")));

  /**
   * Whether a profile URL can be claimed in this version: CareConnect, ITK and other NHS STU3
   * profiles ({@code https://fhir.hl7.org.uk/STU3/}, {@code https://fhir.nhs.uk/STU3/}) not in R4,
   * and UK Core profiles ({@code https://fhir.hl7.org.uk/StructureDefinition/UKCore-}, R4 only) not
   * in STU3, where a message converted from the other version would otherwise claim profiles it
   * cannot conform to (and be read back as that version). Other NHS profile URLs (BaRS, NHS England
   * pathology, ITK) carry no version in their namespace and are left as they are.
   */
  public static boolean claimable(FhirStructure s, String url) {
    if ("STU3".equals(s.label())) {
      return !url.startsWith("https://fhir.hl7.org.uk/StructureDefinition/UKCore-");
    }
    return !url.startsWith("https://fhir.hl7.org.uk/STU3/")
        && !url.startsWith("https://fhir.nhs.uk/STU3/");
  }

  private static boolean allowed(boolean stu3, String type, String element, String value) {
    if (!stu3) {
      return true;
    }
    // looked up by type, then element: no key built per primitive on the encode path
    java.util.Map<String, Set<String>> byElement = STU3_UNKNOWN_CODES.get(type);
    Set<String> unknown = byElement == null ? null : byElement.get(element);
    return unknown == null || !unknown.contains(value);
  }

  /**
   * Whether two element names are equal, deciding most pairs without comparing characters: the same
   * name is nearly always the same instance (a mapper's literal), and different names nearly always
   * differ in their cached hash.
   */
  @SuppressWarnings("ReferenceEquality") // the fast path; equals decides otherwise
  private static boolean sameName(String a, String b) {
    return a == b || (b != null && a.hashCode() == b.hashCode() && a.equals(b));
  }

  private static boolean seen(long low, List<Integer> high, int order) {
    if (order < 64) {
      return (low & (1L << order)) != 0;
    }
    return high != null && high.contains(order);
  }

  /**
   * The wire path of the node being pruned (a push per child is two array stores, and a path string
   * is made only for a reported loss: appending every element name to a buffer was 7 % of an
   * encode).
   */
  private static final class Path extends PathStack {
    /** Losses reported at nodes of the tree ({@link EncodeLosses#reportAt}), not located yet. */
    final EncodeLosses.Pending pending;

    /** Whether the structure is STU3's (asked once, not for every value). */
    final boolean stu3;

    Path(String root, EncodeLosses.Pending pending, FhirStructure s) {
      this.pending = pending;
      this.stu3 = "STU3".equals(s.label());
      push(root, -1);
    }
  }

  /**
   * Prunes {@code node}, whose wire path is on {@code path}: a child is pushed for its own check
   * and popped after it.
   */
  @SuppressWarnings("ReferenceEquality") // identity says whether a subtree was rebuilt
  private static FhirNode prune(
      FhirNode node, String type, Path path, FhirStructure s, List<Loss> losses) {
    java.util.Map<String, FhirStructure.Child> known = s.childrenIfKnown(type);
    if (known == null || node.children().isEmpty()) {
      return node;
    }
    List<FhirNode> kept = null;
    // a non-repeating element holds one value; the variants of a choice (valueString,
    // valueQuantity ...) are one element (value[x]), with one definition index: the elements
    // seen are bits by index (a list past 64)
    long single = 0;
    List<Integer> singleHigh = null;
    List<FhirNode> children = node.children();
    int index = 0;
    String previous = null;
    for (int i = 0; i < children.size(); i++) {
      FhirNode c = children.get(i);
      index = sameName(c.name(), previous) ? index + 1 : 0;
      previous = c.name();
      FhirStructure.Child def = known.get(c.name());
      boolean seen = def != null && !def.array() && seen(single, singleHigh, def.order());
      path.push(c.name(), -1);
      if (def != null && def.array()) {
        path.index(index);
      }
      EncodeLosses.located(path.pending, c, path, losses);
      FhirNode out = c;
      boolean changed = false;
      if (def == null) {
        losses.add(new Loss(path.toString(), "not an element of " + s.label() + " " + type));
        out = null;
        changed = true;
      } else if (seen) {
        losses.add(
            new Loss(
                path.toString() + "[" + index + "]", s.label() + " " + type + " allows one value"));
        out = null;
        changed = true;
      } else if (c.value() != null && !allowed(path.stu3, type, c.name(), c.value())) {
        losses.add(
            new Loss(
                path.toString(), s.label() + " " + type + "." + c.name() + " has no such code"));
        out = null;
        changed = true;
      } else if (c.value() != null
          && "Meta".equals(type)
          && "profile".equals(c.name())
          && !claimable(s, c.value())) {
        losses.add(
            new Loss(
                path.toString(),
                "a profile of the other FHIR version cannot be claimed in " + s.label()));
        out = null;
        changed = true;
      } else if (def.kind() != null) {
        // a primitive (most children): kept as it is, decided before the type-name comparisons
        // below, which never hold for one
      } else if (def.isResource()) {
        String inner = c.resourceType();
        if (inner != null && !isVerbatim(c)) {
          out = prune(c, inner, path, s, losses);
          changed = out != c;
        }
      } else if (def.kind() == null && !def.isXhtml()) {
        out = prune(c, def.type(), path, s, losses);
        changed = out != c;
      }
      path.pop();
      if (def != null && !def.array() && !seen) {
        // the element now holds its one value, whether or not this child was kept
        if (def.order() < 64) {
          single |= 1L << def.order();
        } else {
          if (singleHigh == null) {
            singleHigh = new ArrayList<>(4);
          }
          singleHigh.add(def.order());
        }
      }
      if (out != null
          && out.value() == null
          && out.children().isEmpty()
          && out.resourceType() == null
          && out.elementId() == null) {
        // an element with nothing in it carries nothing (and breaks FHIR's ele-1)
        out = null;
        changed = true;
      }
      if (changed && kept == null) {
        kept = new ArrayList<>(children.subList(0, i));
      }
      if (kept != null && out != null) {
        kept.add(out);
      }
    }
    if (kept == null) {
      return node;
    }
    return node.withChildren(kept);
  }
}
