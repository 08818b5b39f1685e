package dev.koine.terminology.internal;

import dev.koine.terminology.ConceptDefinition;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The concepts of a code system: an immutable list with a hash index by code, so that {@link
 * dev.koine.terminology.CodeSystem#concept(String)} is constant time. Equality is list equality.
 */
public final class ConceptIndex extends AbstractList<ConceptDefinition> implements RandomAccess {
  private final ConceptDefinition[] concepts;
  private final Map<String, ConceptDefinition> byCode;
  private final boolean caseSensitive;

  private ConceptIndex(ConceptDefinition[] concepts, boolean caseSensitive) {
    this.concepts = concepts;
    this.caseSensitive = caseSensitive;
    this.byCode = new HashMap<>(Math.max(4, concepts.length * 2));
    for (int i = 0; i < concepts.length; i++) {
      ConceptDefinition c = Objects.requireNonNull(concepts[i], "element of concepts is null");
      if (byCode.putIfAbsent(key(c.code()), c) != null) {
        throw new IllegalArgumentException("duplicate code at concepts[" + i + "]");
      }
    }
  }

  /**
   * The index of these concepts.
   *
   * @throws IllegalArgumentException if two concepts share a code
   */
  public static ConceptIndex of(List<ConceptDefinition> concepts, boolean caseSensitive) {
    if (concepts instanceof ConceptIndex index && index.caseSensitive == caseSensitive) {
      return index;
    }
    return new ConceptIndex(
        concepts == null ? new ConceptDefinition[0] : concepts.toArray(new ConceptDefinition[0]),
        caseSensitive);
  }

  private String key(String code) {
    return caseSensitive ? code : code.toLowerCase(Locale.ROOT);
  }

  /** The concept with this code, or null. */
  public ConceptDefinition find(String code) {
    return byCode.get(key(code));
  }

  @Override
  public ConceptDefinition get(int index) {
    return concepts[index];
  }

  @Override
  public int size() {
    return concepts.length;
  }

  @Override
  public String toString() {
    return concepts.length <= 20 ? super.toString() : "[" + concepts.length + " concepts]";
  }
}
