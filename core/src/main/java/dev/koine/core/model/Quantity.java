package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import java.math.BigDecimal;

/**
 * A measured amount. The value keeps its scale exactly ({@code 1.50} stays {@code 1.50}).
 *
 * @param value the value, or null
 * @param comparator <, <=, >= or >; or null
 * @param unit unit as displayed, or null
 * @param system unit system (UCUM), or null
 * @param code unit code, or null
 */
public record Quantity(
    BigDecimal value, String comparator, String unit, String system, String code) {
  public Quantity {
    Checks.optionalText(comparator, "comparator");
    Checks.optionalText(unit, "unit");
    Checks.optionalText(system, "system");
    Checks.optionalText(code, "code");
  }

  /** A UCUM quantity. */
  public static Quantity ucum(java.math.BigDecimal value, String unit) {
    return new Quantity(value, null, unit, dev.koine.core.code.CodeSystems.UCUM, unit);
  }
}
