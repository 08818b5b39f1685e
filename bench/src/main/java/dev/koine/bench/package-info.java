/**
 * JMH benchmarks of Koine against its peers (HAPI FHIR, HAPI HL7v2), reported as ratios from one
 * run. Build with {@code mvn -B -q -DskipTests package -pl bench -am} and run {@code java -jar
 * bench/target/benchmarks.jar}; figures and how to re-run them are in {@code docs/performance.md}.
 */
package dev.koine.bench;
