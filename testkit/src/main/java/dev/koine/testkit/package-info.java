/**
 * Koine testkit: jqwik generators and test helpers for the Koine model, published for vendors' own
 * test suites.
 *
 * <ul>
 *   <li>{@link dev.koine.testkit.ModelArbitraries}: an arbitrary for every model type (patients,
 *       encounters, observations, values, extensions, compositions, entity sets...), with NHS
 *       numbers, ODS codes, SNOMED CT / LOINC / UCUM / UK Core fixture codes and unicode text.
 *   <li>{@link dev.koine.testkit.MessageArbitraries}: envelopes (generic and per standard family:
 *       BaRS, ITK3, NHS England Pathology, UK Core messaging, HL7 v2), the eight payload types and
 *       whole messages whose envelope fits their payload.
 *   <li>{@link dev.koine.testkit.NearMisses} and {@link dev.koine.testkit.NearMiss}: values every
 *       constructor accepts but that break one named rule of a standard.
 *   <li>{@link dev.koine.testkit.NhsDomain}: a jqwik domain, so that {@code @ForAll Referral} works
 *       under {@code @Domain(NhsDomain.class)}.
 *   <li>{@link dev.koine.testkit.IdArbitraries} and {@link dev.koine.testkit.TimeArbitraries}: NHS
 *       numbers, ODS codes, identifier systems, partial date-times and their near misses.
 *   <li>{@link dev.koine.testkit.Corpus}: iterates the files of a classpath folder (directory or
 *       jar) for example tests over real messages.
 * </ul>
 *
 * <p>All generated data is synthetic. Arbitraries are immutable, shared and safe to reuse; jqwik
 * runs a property on one thread.
 */
package dev.koine.testkit;
