/** Koine testkit. */
package dev.koine.testkit;
