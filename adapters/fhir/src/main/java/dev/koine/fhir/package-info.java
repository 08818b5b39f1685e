/** Koine fhir. */
package dev.koine.fhir;
