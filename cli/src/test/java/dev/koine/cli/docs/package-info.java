/**
 * The generator of the mapping tables in docs/messages.md: model leaves are changed one at a time
 * ({@link dev.koine.cli.docs.ModelProbes}), each copy is encoded, and the wire leaves that change
 * ({@link dev.koine.cli.docs.WireLeaves}) are that field's mapping ({@link
 * dev.koine.cli.docs.MappingTables}); {@link dev.koine.cli.docs.DocBlocks} checks and rewrites the
 * generated blocks of the document.
 */
package dev.koine.cli.docs;
