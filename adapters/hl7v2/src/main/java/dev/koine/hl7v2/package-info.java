/** Koine hl7v2. */
package dev.koine.hl7v2;
