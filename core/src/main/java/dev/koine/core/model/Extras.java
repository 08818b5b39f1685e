package dev.koine.core.model;

import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * What a FHIR resource carries besides its typed content: meta (profiles, last updated), the
 * narrative, the language and the extensions Koine has no typed home for. Kept so that a decode
 * followed by an encode reproduces them; adapters move the extensions they understand (NHS number
 * verification status, ethnic category, ITK3 handling specification ...) into typed fields instead.
 *
 * @param meta resource meta, or null
 * @param narrative resource narrative (FHIR {@code text}), or null
 * @param language resource language, or null
 * @param extensions extensions without a typed home, in the order received
 * @param modifierExtensions modifier extensions (a receiver that does not understand one must not
 *     process the resource)
 */
public record Extras(
    Meta meta,
    Narrative narrative,
    String language,
    List<Extension> extensions,
    List<Extension> modifierExtensions) {
  /** No meta, narrative, language or extension. */
  public static final Extras NONE = new Extras(null, null, null, List.of(), List.of());

  public Extras {
    Checks.optionalText(language, "language");
    extensions = Checks.list(extensions, "extensions");
    modifierExtensions = Checks.list(modifierExtensions, "modifierExtensions");
  }

  /** Extras holding only these extensions. */
  public static Extras of(List<Extension> extensions) {
    return new Extras(null, null, null, extensions, List.of());
  }

  /** Extras holding only meta. */
  public static Extras of(Meta meta) {
    return new Extras(meta, null, null, List.of(), List.of());
  }

  /** True if nothing is carried. */
  public boolean isEmpty() {
    return meta == null
        && narrative == null
        && language == null
        && extensions.isEmpty()
        && modifierExtensions.isEmpty();
  }

  /** These extras with another meta. */
  public Extras withMeta(Meta newMeta) {
    return new Extras(newMeta, narrative, language, extensions, modifierExtensions);
  }

  /** These extras with other extensions. */
  public Extras withExtensions(List<Extension> newExtensions) {
    return new Extras(meta, narrative, language, newExtensions, modifierExtensions);
  }

  /** These extras with another narrative. */
  public Extras withNarrative(Narrative newNarrative) {
    return new Extras(meta, newNarrative, language, extensions, modifierExtensions);
  }

  @Override
  public String toString() {
    return "Extras[meta="
        + (meta != null)
        + ", narrative="
        + (narrative != null)
        + ", extensions="
        + extensions.size()
        + ", modifierExtensions="
        + modifierExtensions.size()
        + "]";
  }
}
