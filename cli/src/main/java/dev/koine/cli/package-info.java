/** Koine cli. */
package dev.koine.cli;
