package dev.koine.fhir.internal.tree;

import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Elements the FHIR definitions of the version do not define for their type: a misspelt or
 * lower-case element ({@code <bundle>} for {@code <Bundle>}), a resource's content put directly in
 * a {@code List.entry}, an element of another FHIR version. The readers keep them (a typed mapping
 * reports them as losses, a verbatim resource carries them), so without this a resource carried
 * verbatim would be reported valid. An empty primitive value ({@code ""}), which FHIR never allows,
 * and a resource id that is no FHIR id ({@code urn:uuid:...}) are reported too ({@code
 * VALUE_INVALID}). Each finding names the element's location, never a value; at most {@link #LIMIT}
 * are reported.
 */
public final class UnknownElements {
  /** The most findings reported for one tree (hostile input could have millions). */
  public static final int LIMIT = 50;

  private final FhirStructure structure;
  private final List<Issue> out = new ArrayList<>();

  private UnknownElements(FhirStructure structure) {
    this.structure = structure;
  }

  /** The findings for a tree read in the version of {@code structure}. */
  public static List<Issue> find(FhirNode root, FhirStructure structure) {
    UnknownElements u = new UnknownElements(structure);
    String type = root.resourceType();
    if (type != null && structure.isResourceType(type)) {
      u.walk(root, type, new StringBuilder(type));
    }
    return u.out;
  }

  private void walk(FhirNode node, String type, StringBuilder path) {
    List<FhirNode> children = node.children();
    int base = path.length();
    Map<String, Integer> items = new HashMap<>();
    for (int i = 0; i < children.size() && out.size() < LIMIT; i++) {
      FhirNode c = children.get(i);
      path.setLength(base);
      path.append('.').append(Names.isElementName(c.name()) ? c.name() : "?");
      if (c.array()) {
        path.append('[').append(items.merge(c.name(), 1, Integer::sum) - 1).append(']');
      }
      FhirStructure.Child info = structure.child(type, c.name());
      if (c.value() != null && c.value().isEmpty()) {
        // FHIR: a primitive value is never empty ("" in JSON, value="" in XML)
        out.add(Issue.of(IssueCode.VALUE_INVALID, path.toString(), "empty value"));
      } else if (c.value() != null
          && "id".equals(c.name())
          && structure.isResourceType(type)
          && !Names.isId(c.value())) {
        // a resource id such as "urn:uuid:..." (the fullUrl form) is no FHIR id
        out.add(
            Issue.of(
                IssueCode.VALUE_INVALID,
                path.toString(),
                "not a FHIR id (letters, digits, '-' and '.', at most 64)"));
      }
      if (info == null) {
        out.add(
            Issue.of(
                IssueCode.ELEMENT_UNKNOWN,
                path.toString(),
                "element not defined for " + type + " in " + structure.label()));
      } else if (info.isResource()) {
        String rt = c.resourceType();
        if (rt == null || !structure.isResourceType(rt)) {
          out.add(
              Issue.of(
                  IssueCode.ELEMENT_UNKNOWN,
                  path.toString(),
                  "no " + structure.label() + " resource type here"));
        } else {
          path.append(".ofType(").append(rt).append(')');
          walk(c, rt, path);
        }
      } else if (!info.isXhtml()) {
        walk(c, info.type(), path);
      }
    }
    path.setLength(base);
  }
}
