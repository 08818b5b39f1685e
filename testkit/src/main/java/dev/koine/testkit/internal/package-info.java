/**
 * Implementation of the testkit generators: fixture value sets, text generators, weighted choices
 * and the shared ({@link dev.koine.testkit.internal.Gen#memo memoised}) arbitraries behind {@link
 * dev.koine.testkit.ModelArbitraries} and {@link dev.koine.testkit.MessageArbitraries}. Not API:
 * may change without notice.
 */
package dev.koine.testkit.internal;
