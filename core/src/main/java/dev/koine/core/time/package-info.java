/**
 * Time that keeps its precision: {@link dev.koine.core.time.PartialDateTime} parses and prints both
 * the FHIR forms ({@code 2024}, {@code 2024-03-05T10:15:00+01:00}) and the HL7 v2 {@code
 * DTM}/{@code TS} forms ({@code 202403051015+0100}) exactly, so that a round trip never invents
 * precision.
 */
package dev.koine.core.time;
