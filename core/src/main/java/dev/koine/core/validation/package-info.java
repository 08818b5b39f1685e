/**
 * Format-independent validation of messages against the rules of their standard family: {@link
 * dev.koine.core.validation.MessageValidator}. Findings are {@link dev.koine.core.issue.Issue}
 * values located by model path; see {@code docs/validation.md} for every rule and its source.
 */
package dev.koine.core.validation;
