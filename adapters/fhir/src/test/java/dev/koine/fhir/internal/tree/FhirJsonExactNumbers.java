package dev.koine.fhir.internal.tree;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * Compares JSON numbers by their exact decimal value and scale ({@code 1.50} is not {@code 1.5}).
 */
final class FhirJsonExactNumbers {
  static final Comparator<JsonNode> COMPARATOR =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          java.math.BigDecimal x = a.decimalValue();
          java.math.BigDecimal y = b.decimalValue();
          return x.compareTo(y) == 0 && x.scale() == y.scale() ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
      };

  private FhirJsonExactNumbers() {}
}
