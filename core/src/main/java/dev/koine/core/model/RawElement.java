package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * A FHIR element carried verbatim: the content of a resource Koine has no typed home for (see
 * {@link OtherResource}). It mirrors FHIR's own element model, so JSON and XML read into the same
 * value and an adapter writes it back exactly.
 *
 * <p>An element is a <b>resource</b> ({@link #resourceType()} set: an inline resource such as a
 * {@code contained} one), a <b>primitive</b> ({@link #kind()} set: an optional exact value text, an
 * optional element id and optional extension children) or a <b>complex element</b> (neither).
 * {@link #toString()} never shows values, which may be patient data.
 *
 * @param name the element name ({@code status}, {@code valueQuantity}, {@code extension} ...)
 * @param resourceType the resource type when the element is an inline resource, else null
 * @param value the primitive value as received (exact text: decimals keep their digits), or null
 * @param kind the primitive's JSON kind, or null for a resource or complex element
 * @param elementId the element's {@code id} (an XML attribute, not the resource id), or null
 * @param children child elements, in the order received
 * @param repeating whether the element is an item of a repeating element (a JSON array)
 */
public record RawElement(
    String name,
    String resourceType,
    String value,
    Kind kind,
    String elementId,
    List<RawElement> children,
    boolean repeating) {

  /** The JSON kind of a primitive value. */
  public enum Kind {
    /** A JSON string: most FHIR primitives, and the narrative {@code div}. */
    TEXT,
    /** A JSON number: integer, decimal, positiveInt, unsignedInt. */
    NUMBER,
    /** A JSON boolean. */
    BOOLEAN
  }

  public RawElement {
    Checks.notBlank(name, "name");
    children = Checks.list(children, "children");
    Checks.require(value == null || kind != null, "a primitive value needs a kind");
    Checks.require(
        resourceType == null || (kind == null && elementId == null),
        "a resource has neither a value nor an element id");
  }

  /** A primitive text element with a value. */
  public static RawElement text(String name, String value) {
    return new RawElement(name, null, Checks.notNull(value, "value"), Kind.TEXT, null, null, false);
  }

  /** A complex element with these children. */
  public static RawElement complex(String name, List<RawElement> children) {
    return new RawElement(name, null, null, null, null, children, false);
  }

  /** A resource with these children (the id, if any, is a child named {@code id}). */
  public static RawElement resource(String resourceType, List<RawElement> children) {
    return new RawElement(
        resourceType,
        Checks.notBlank(resourceType, "resourceType"),
        null,
        null,
        null,
        children,
        false);
  }

  /** The first child of this name, or null. */
  public RawElement child(String childName) {
    for (RawElement c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  /** The number of primitive values in this element and its descendants. */
  public int valueCount() {
    int n = value == null ? 0 : 1;
    for (RawElement c : children) {
      n += c.valueCount();
    }
    return n;
  }

  @Override
  public String toString() {
    return "RawElement[name="
        + name
        + (resourceType == null ? "" : ", resourceType=" + resourceType)
        + (value == null ? "" : ", value")
        + (children.isEmpty() ? "" : ", children=" + children.size())
        + "]";
  }
}
