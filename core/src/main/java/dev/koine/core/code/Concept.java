package dev.koine.core.code;

import dev.koine.core.internal.Checks;
import dev.koine.core.internal.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A concept: one or more codings that mean the same thing, plus the original text. FHIR {@code
 * CodeableConcept}; HL7 v2 {@code CWE} with its alternate triplet.
 *
 * <p>A translated concept keeps the original local coding beside the standard one: translation
 * appends, it never replaces.
 *
 * @param codings the codings, in the order received (the first is the sender's primary)
 * @param text the original text as the user saw it, or null
 */
public record Concept(List<Coding> codings, @Nullable String text) {
  public Concept {
    codings = Checks.list(codings, "codings");
    Checks.require(text == null || !text.isEmpty(), "text must be absent (null) or non-empty");
    Checks.require(!codings.isEmpty() || text != null, "a concept needs a coding or a text");
  }

  /** A concept of one coding. */
  public static Concept of(Coding coding) {
    return new Concept(List.of(coding), null);
  }

  /** A concept of one coding built from its parts. */
  public static Concept of(@Nullable String system, String code, @Nullable String display) {
    return of(Coding.of(system, code, display));
  }

  /** A text-only concept. */
  public static Concept text(String text) {
    return new Concept(List.of(), Checks.notBlank(text, "text"));
  }

  /** The first coding, if any. */
  public Optional<Coding> primary() {
    return codings.isEmpty() ? Optional.empty() : Optional.of(codings.get(0));
  }

  /** The first coding in {@code system}, if any. */
  public Optional<Coding> coding(String system) {
    return codings.stream().filter(c -> system.equals(c.system())).findFirst();
  }

  /** True if any coding is {@code system|code}. */
  public boolean has(String system, String code) {
    return codings.stream().anyMatch(c -> c.is(system, code));
  }

  /** This concept with one more coding (a translation), the originals kept first. */
  public Concept withTranslation(Coding translation) {
    List<Coding> all = new ArrayList<>(codings);
    all.add(Checks.notNull(translation, "translation"));
    return new Concept(all, text);
  }
}
