/**
 * Implementation of the ER7 codec; not API, may change without notice. {@link
 * dev.koine.hl7v2.internal.Er7Scanner} is the single pass over the text (delimiters, segment and
 * field boundaries, limits, rejection of what is not ER7); {@link
 * dev.koine.hl7v2.internal.Splitter} splits the lower levels on demand; {@link
 * dev.koine.hl7v2.internal.Escapes} decodes and encodes escape sequences; {@link
 * dev.koine.hl7v2.internal.Er7Editor} replaces one element of a segment; {@link
 * dev.koine.hl7v2.internal.CharsetRule} turns bytes into text; {@link
 * dev.koine.hl7v2.internal.LineReader} reads batch files line by line; {@link
 * dev.koine.hl7v2.internal.Where} formats error locations.
 */
package dev.koine.hl7v2.internal;
