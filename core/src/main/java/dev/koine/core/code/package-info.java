/**
 * Codes: {@link dev.koine.core.code.Coding}, {@link dev.koine.core.code.Concept} and the well-known
 * code-system URIs of the NHS standards in {@link dev.koine.core.code.CodeSystems}.
 */
package dev.koine.core.code;
