/** Koine bench. */
package dev.koine.bench;
