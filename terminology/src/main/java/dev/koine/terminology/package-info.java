/** Koine terminology. */
package dev.koine.terminology;
