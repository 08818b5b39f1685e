package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * An extension Koine has no typed home for: a FHIR extension element (simple, with a value, or
 * complex, with sub-extensions). Kept verbatim so that nothing is lost silently.
 *
 * @param url the extension's canonical URL (or the sub-extension's local name)
 * @param value the value, or null for a complex extension
 * @param extensions sub-extensions
 */
public record Extension(String url, Value value, List<Extension> extensions) {
  public Extension {
    Checks.notBlank(url, "url");
    extensions = Checks.list(extensions, "extensions");
    Checks.require(
        value == null || extensions.isEmpty(),
        "an extension has a value or sub-extensions, not both");
  }

  /** A simple extension with a value. */
  public static Extension of(String url, Value value) {
    return new Extension(url, Checks.notNull(value, "value"), List.of());
  }

  /** A complex extension. */
  public static Extension complex(String url, List<Extension> extensions) {
    return new Extension(url, null, extensions);
  }

  @Override
  public String toString() {
    return "Extension[url="
        + url
        + (value == null ? "" : ", value=" + value.typeName())
        + (extensions.isEmpty() ? "" : ", extensions=" + extensions.size())
        + "]";
  }
}
