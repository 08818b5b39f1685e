/**
 * The {@code koine} command-line tool (picocli): {@code demo}, {@code inspect}, {@code validate},
 * {@code convert}, {@code roundtrip}, {@code translate}, {@code ack} and {@code completion}. Every
 * message command takes files, directories (walked), NDJSON files and HL7 v2 batch files. The
 * reference (commands, options, NDJSON fields, exit codes 0/1/2/3) is {@code docs/cli.md}.
 */
package dev.koine.cli;
