/**
 * Findings and failures.
 *
 * <p>Three kinds of failure, three mechanisms: programming mistakes throw JDK exceptions ({@link
 * IllegalArgumentException}, {@link NullPointerException}); malformed input throws a located {@link
 * dev.koine.core.issue.KoineParseException}; clinical and standards findings are {@link
 * dev.koine.core.issue.Issue} values collected in {@link dev.koine.core.issue.Issues}. No message
 * of any of them contains patient data.
 */
package dev.koine.core.issue;
