/**
 * The {@code koine} command-line tool (picocli): {@code demo}, and in later releases {@code
 * inspect}, {@code validate}, {@code convert}, {@code roundtrip}, {@code translate} and {@code
 * ack}. The contract (commands, NDJSON fields, exit codes 0/1/2/3) is in {@code docs/cli.md}.
 */
package dev.koine.cli;
