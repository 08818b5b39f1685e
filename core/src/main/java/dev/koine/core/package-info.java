/**
 * Koine core: the common clinical communication vocabulary, JDK only.
 *
 * <ul>
 *   <li>{@link dev.koine.core.id} NHS number, ODS codes, identifiers and identifier systems;
 *   <li>{@link dev.koine.core.code} codings, concepts and the code-system URIs of the NHS
 *       standards;
 *   <li>{@link dev.koine.core.time} partial date-times that keep their precision;
 *   <li>{@link dev.koine.core.model} the clinical building blocks;
 *   <li>{@link dev.koine.core.message} the envelope and the sealed payload family;
 *   <li>{@link dev.koine.core.issue} findings as values, and the located parse exception family.
 * </ul>
 *
 * <p>Every type is immutable and thread-safe. Nothing in this module prints patient data: {@code
 * toString()} of anything that carries a patient masks identifiers and omits names and dates.
 */
package dev.koine.core;
