/**
 * Synthetic example messages, one per payload type, for documentation, demos and tests: {@link
 * dev.koine.core.examples.Examples}.
 */
package dev.koine.core.examples;
