package dev.koine.fhir.internal.tree;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.KoineParseException;
import dev.koine.fhir.Limits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link FhirNode} resource as canonical FHIR XML: namespace {@code http://hl7.org/fhir}
 * on the root, elements in FHIR definition order, primitives as {@code value} attributes, element
 * ids as {@code id} and an extension's url as {@code url} attributes, inline resources inside their
 * wrapper element, and the narrative div as nested XHTML in its own namespace. No XML declaration.
 * Pretty (two-space indent) or compact. Immutable and thread-safe.
 *
 * <p>A value XML 1.0 cannot carry (a control character) or a div that is not well-formed XHTML
 * throws {@link KoineParseException} at the element's path.
 */
public final class FhirXmlWriter {
  private static final Limits DIV_LIMITS =
      new Limits(Long.MAX_VALUE, 10_000, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

  private final FhirStructure structure;
  private final boolean pretty;

  /** A writer for one FHIR version; {@code pretty} indents, otherwise the output is compact. */
  public FhirXmlWriter(FhirStructure structure, boolean pretty) {
    this.structure = Checks.notNull(structure, "structure");
    this.pretty = pretty;
  }

  /** The resource as UTF-8 XML. */
  public byte[] write(FhirNode resource) {
    return writeString(resource).getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the resource as UTF-8 XML to {@code out} (not closed). */
  public void write(FhirNode resource, OutputStream out) {
    try {
      out.write(write(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The resource as an XML string. */
  public String writeString(FhirNode resource) {
    Checks.notNull(resource, "resource");
    Checks.require(resource.isResource(), "only a resource can be written as FHIR XML");
    StringBuilder out = new StringBuilder(4096);
    List<String> path = new ArrayList<>();
    path.add(resource.resourceType());
    writeResource(out, resource, 0, true, path);
    if (pretty) {
      out.append('\n');
    }
    return out.toString();
  }

  private void indent(StringBuilder out, int depth) {
    if (pretty) {
      if (out.length() > 0) {
        out.append('\n');
      }
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
    }
  }

  private void writeResource(
      StringBuilder out, FhirNode resource, int depth, boolean root, List<String> path) {
    String type = resource.resourceType();
    indent(out, depth);
    out.append('<').append(type);
    if (root) {
      out.append(" xmlns=\"").append(Xml.FHIR_NS).append('"');
    }
    List<Canonical.Group> groups =
        Canonical.groups(structure, type, resource.name(), resource.children());
    if (groups.isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>');
    writeGroups(out, groups, depth + 1, path);
    indent(out, depth);
    out.append("</").append(type).append('>');
  }

  private void writeGroups(
      StringBuilder out, List<Canonical.Group> groups, int depth, List<String> path) {
    for (Canonical.Group group : groups) {
      for (FhirNode n : group.nodes) {
        path.add(n.name());
        writeNode(out, n, group, depth, path);
        path.remove(path.size() - 1);
      }
    }
  }

  private void writeNode(
      StringBuilder out, FhirNode n, Canonical.Group group, int depth, List<String> path) {
    if (n.isResource()) {
      indent(out, depth);
      out.append('<').append(n.name()).append('>');
      writeResource(out, n, depth + 1, false, path);
      indent(out, depth);
      out.append("</").append(n.name()).append('>');
      return;
    }
    if (isXhtml(n, group)) {
      indent(out, depth);
      Xhtml.write(n.value(), out, DIV_LIMITS, String.join(".", path));
      return;
    }
    String type = group.typeOf(n);
    indent(out, depth);
    out.append('<').append(n.name());
    if (n.elementId() != null) {
      attribute(out, "id", n.elementId(), path);
    }
    List<FhirNode> children = n.children();
    if (!n.isPrimitive() && Canonical.isExtension(type, n.name())) {
      FhirNode url = urlAttribute(children);
      if (url != null) {
        attribute(out, "url", url.value(), path);
        children = new ArrayList<>(children);
        children.remove(url);
      }
    }
    if (n.isPrimitive() && n.value() != null) {
      attribute(out, "value", n.value(), path);
    }
    List<Canonical.Group> groups = Canonical.groups(structure, type, n.name(), children);
    if (groups.isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>');
    writeGroups(out, groups, depth + 1, path);
    indent(out, depth);
    out.append("</").append(n.name()).append('>');
  }

  private static boolean isXhtml(FhirNode n, Canonical.Group group) {
    if (!n.isPrimitive() || n.value() == null) {
      return false;
    }
    if (group.info != null) {
      return group.info.isXhtml();
    }
    return n.name().equals("div") && n.value().stripLeading().startsWith("<");
  }

  /** The single plain {@code url} primitive of an extension, which XML writes as an attribute. */
  private static FhirNode urlAttribute(List<FhirNode> children) {
    FhirNode found = null;
    for (FhirNode c : children) {
      if (c.name().equals("url")) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    if (found == null
        || !found.isPrimitive()
        || found.value() == null
        || found.elementId() != null
        || !found.children().isEmpty()) {
      return null;
    }
    return found;
  }

  private static void attribute(StringBuilder out, String name, String value, List<String> path) {
    if (!Xml.isXmlText(value)) {
      throw new KoineParseException(
          String.join(".", path), "a value has a character that XML 1.0 cannot represent");
    }
    out.append(' ').append(name).append("=\"");
    Xml.escapeAttribute(value, out);
    out.append('"');
  }
}
