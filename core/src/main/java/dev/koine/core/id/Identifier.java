package dev.koine.core.id;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.internal.Nullable;
import dev.koine.core.time.Period;

/**
 * An identifier: a value in a namespace. FHIR {@code Identifier}; HL7 v2 {@code CX} (value,
 * assigning authority, identifier type code).
 *
 * <p>{@link #toString()} masks the value: identifiers are patient data.
 *
 * @param system the namespace URI (see {@link IdentifierSystem}); null if the sender gave none
 * @param value the value, exactly as received
 * @param type the identifier type (HL7 v2 table 0203: NH, MR, PI ...), or null
 * @param use FHIR identifier use (usual, official, temp, secondary, old), or null
 * @param period when the identifier was valid, or null
 * @param assigner the assigning organisation's name or code, or null
 */
public record Identifier(
    @Nullable String system,
    String value,
    @Nullable Concept type,
    @Nullable String use,
    @Nullable Period period,
    @Nullable String assigner) {
  public Identifier {
    Checks.optionalText(system, "system");
    Checks.notNull(value, "value");
    Checks.require(!value.isEmpty(), "value must not be empty");
    Checks.optionalText(use, "use");
    Checks.optionalText(assigner, "assigner");
  }

  /** An identifier with system and value only. */
  public static Identifier of(@Nullable String system, String value) {
    return new Identifier(system, value, null, null, null, null);
  }

  /** True if this identifier is in {@code system}. */
  public boolean isIn(String system) {
    return system.equals(this.system);
  }

  /** The same identifier in another system (used when a near-miss URI is normalised). */
  public Identifier withSystem(@Nullable String newSystem) {
    return new Identifier(newSystem, value, type, use, period, assigner);
  }

  @Override
  public String toString() {
    return "Identifier[system=" + system + ", value=" + Masking.mask(value) + "]";
  }
}
