package dev.koine.terminology;

import java.util.Optional;

/**
 * How a concept-map target relates to its source: FHIR R4 and STU3 {@code ConceptMapEquivalence}.
 * The reading direction is always source → target: {@link #WIDER} means the target is wider in
 * meaning than the source.
 */
public enum Equivalence {
  /** The concepts are related, in an unspecified way. */
  RELATEDTO("relatedto"),
  /** The meaning is the same (the usual value). */
  EQUIVALENT("equivalent"),
  /** Exactly the same, down to the literal meaning. */
  EQUAL("equal"),
  /** The target is wider in meaning than the source. */
  WIDER("wider"),
  /** The target subsumes the source. */
  SUBSUMES("subsumes"),
  /** The target is narrower in meaning than the source. */
  NARROWER("narrower"),
  /** The target specializes the source. */
  SPECIALIZES("specializes"),
  /** The meanings overlap but neither contains the other. */
  INEXACT("inexact"),
  /** There is no match: the target, if any, only says why. */
  UNMATCHED("unmatched"),
  /** The concepts are explicitly not related. */
  DISJOINT("disjoint");

  private static final Equivalence[] VALUES = values();

  private final String code;

  Equivalence(String code) {
    this.code = code;
  }

  /** The FHIR code ({@code equivalent}, {@code wider} ...). */
  public String code() {
    return code;
  }

  /**
   * True if a target with this equivalence is a usable translation; false for {@link #UNMATCHED}
   * and {@link #DISJOINT}, which state that there is none.
   */
  public boolean isMatch() {
    return this != UNMATCHED && this != DISJOINT;
  }

  /** The equivalence read in the other direction (target → source): wider ⇄ narrower etc. */
  public Equivalence reverse() {
    return switch (this) {
      case WIDER -> NARROWER;
      case NARROWER -> WIDER;
      case SUBSUMES -> SPECIALIZES;
      case SPECIALIZES -> SUBSUMES;
      default -> this;
    };
  }

  /**
   * The equivalence for a FHIR R4/STU3 code, also accepting the R5 {@code relationship} codes
   * ({@code related-to}, {@code source-is-narrower-than-target} ...). Exact match, no trimming.
   */
  public static Optional<Equivalence> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Equivalence e : VALUES) {
      if (e.code.equals(code)) {
        return Optional.of(e);
      }
    }
    return Optional.ofNullable(
        switch (code) {
          case "related-to" -> RELATEDTO;
          case "source-is-narrower-than-target" -> WIDER;
          case "source-is-broader-than-target" -> NARROWER;
          case "not-related-to" -> DISJOINT;
          default -> null;
        });
  }
}
