package dev.koine.terminology;

import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * A concept defined by a {@link CodeSystem}. Nested FHIR concepts are flattened: each keeps the
 * code of the concept it was nested in as {@link #parent()}.
 *
 * @param code the code, exactly as published
 * @param display the display, or null
 * @param definition the formal definition, or null
 * @param parent the code of the enclosing concept, or null for a top-level concept
 * @param properties the concept's properties, values rendered as strings
 */
public record ConceptDefinition(
    String code, String display, String definition, String parent, List<Property> properties) {
  public ConceptDefinition {
    Checks.require(code != null && !code.isEmpty(), "code must be non-empty");
    Checks.require(
        display == null || !display.isEmpty(), "display must be absent (null) or non-empty");
    Checks.require(
        definition == null || !definition.isEmpty(),
        "definition must be absent (null) or non-empty");
    Checks.require(
        parent == null || !parent.isEmpty(), "parent must be absent (null) or non-empty");
    properties = Checks.list(properties, "properties");
  }

  /** A top-level concept with a code and display. */
  public static ConceptDefinition of(String code, String display) {
    return new ConceptDefinition(code, display, null, null, List.of());
  }

  /**
   * A concept property ({@code CodeSystem.concept.property}).
   *
   * @param code the property code, e.g. {@code status}, {@code inactive}, {@code ApplicableCountry}
   * @param value the value as a string (codes, strings, booleans, numbers as written)
   */
  public record Property(String code, String value) {
    public Property {
      Checks.notBlank(code, "code");
      Checks.notNull(value, "value");
    }
  }

  /**
   * True if the code system marks the concept as no longer in use: property {@code inactive} is
   * {@code true}, or {@code status} is {@code retired}, {@code inactive} or {@code deprecated}.
   */
  public boolean inactive() {
    for (Property p : properties) {
      if (p.code().equals("inactive") && p.value().equals("true")) {
        return true;
      }
      if (p.code().equals("status")
          && (p.value().equals("retired")
              || p.value().equals("inactive")
              || p.value().equals("deprecated"))) {
        return true;
      }
    }
    return false;
  }
}
