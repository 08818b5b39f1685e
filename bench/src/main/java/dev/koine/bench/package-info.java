/**
 * JMH benchmarks of Koine against its peers, measured in one run on the same bytes: HAPI FHIR
 * 8.12.1 (R4 JSON and XML parse and encode, cold start), HAPI HL7v2 2.6.0 ({@code PipeParser}), the
 * LinuxForHealth HL7 v2 to FHIR converter (in its own class loader, {@link
 * dev.koine.bench.LfhConverter}) and a raw Jackson token loop as the practical limit; plus
 * terminology lookups and model values. {@code bench/run} runs the suite and prints the ratio table
 * ({@link dev.koine.bench.RatioTable}); {@code bench/compare-cli} compares whole processes. Figures
 * and how to re-run them are in {@code docs/performance.md}.
 */
package dev.koine.bench;
