package dev.koine.hl7v2;

/**
 * A field, repetition, component or sub-component of an ER7 message: the levels below a segment.
 *
 * <p>Every element knows its exact wire text ({@link #raw()}) and its decoded value ({@link
 * #value()}). A value is always a leaf: an element above the sub-component level gives the value of
 * its first repetition, component and sub-component, as HL7 reads a path that stops early ({@code
 * PID-5} is the value of {@code PID-5[1].1.1}, the family name). Use the child lists for the rest.
 *
 * <p>Elements are immutable and thread-safe; their {@code toString()} shows the path and counts,
 * never content.
 */
public sealed interface V2Element permits V2Field, V2Repetition, V2Component, V2SubComponent {

  /** The exact wire text of this element, escape sequences and lower delimiters included. */
  String raw();

  /**
   * The decoded value of the first leaf of this element: escape sequences decoded (see {@link
   * V2Delimiters#unescapeValue(String)}). The explicit null is returned as written ({@code ""}, two
   * quotes): check {@link #isExplicitNull()} to tell it from text.
   */
  String value();

  /** Whether the element is empty (absent): nothing written. Not the same as an explicit null. */
  boolean isEmpty();

  /** Whether the element is the explicit null {@code ""}: "delete this value" in HL7 v2. */
  boolean isExplicitNull();

  /** The path of this element in its message, such as {@code PID-3[2].1}. */
  V2Path path();
}
