/**
 * Time that keeps its precision: {@link dev.koine.core.time.PartialDateTime} parses and prints both
 * the FHIR forms ({@code 2024}, {@code 2024-03-05T10:15:00+01:00}) and the HL7 v2 {@code
 * DTM}/{@code TS} forms ({@code 202403051015+0100}) exactly, so that a round trip never invents
 * precision; {@link dev.koine.core.time.PartialTime} does the same for FHIR {@code time} and HL7 v2
 * {@code TM}; {@link dev.koine.core.time.Period} pairs two ends (FHIR {@code Period}, v2 {@code
 * DR}).
 *
 * <p>Where a value cannot be written in the other syntax (FHIR has no minute precision and needs an
 * offset with a time; v2 has at most four fraction digits), the exact printers throw and the lossy
 * conversions are separate, named methods. Nothing here reads the default time zone or locale, and
 * no {@code toString()} or exception message shows a value.
 */
package dev.koine.core.time;
