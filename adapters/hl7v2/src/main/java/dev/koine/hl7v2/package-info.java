/**
 * HL7 v2 for Koine: a small, fast and lossless ER7 ("pipe and hat") codec for HL7 v2.3 to v2.8. The
 * mappings between HL7 v2 messages and the Koine model build on it.
 *
 * <h2>The message tree</h2>
 *
 * <p>{@link dev.koine.hl7v2.V2Message#parse(String)} reads a message into an immutable tree {@link
 * dev.koine.hl7v2.V2Message} → {@link dev.koine.hl7v2.V2Segment} → {@link dev.koine.hl7v2.V2Field}
 * → {@link dev.koine.hl7v2.V2Repetition} → {@link dev.koine.hl7v2.V2Component} → {@link
 * dev.koine.hl7v2.V2SubComponent} that keeps the exact text: {@link
 * dev.koine.hl7v2.V2Message#encode()} of an unchanged message is its input, character for
 * character, and {@link dev.koine.hl7v2.V2Message#encodeBytes()} byte for byte. Kept as written:
 *
 * <ul>
 *   <li>the delimiters of MSH-1 and MSH-2 ({@link dev.koine.hl7v2.V2Delimiters}), any of them, with
 *       the v2.7+ truncation character as a fifth encoding character; MSH-1 and MSH-2 are read as
 *       the text they are and never split;
 *   <li>trailing delimiters ({@code PID|1||x^^^||}) and empty elements;
 *   <li>the explicit null {@code ""} ({@link dev.koine.hl7v2.V2Element#isExplicitNull()}), distinct
 *       from an empty element ({@link dev.koine.hl7v2.V2Element#isEmpty()});
 *   <li>escape sequences: {@link dev.koine.hl7v2.V2Element#raw()} gives the wire text, {@link
 *       dev.koine.hl7v2.V2Element#value()} the decoded text ({@code \F\ \S\ \T\ \R\ \E\}, {@code
 *       \P\} and {@code \Xhh..\} are decoded; formatting and character-set sequences such as {@code
 *       \.br\ \H\ \N\ \Cxxyy\ \Mxxyyzz\} are kept as written);
 *   <li>the terminator of each segment (CR, LF, CRLF, mixed, blank lines after it, or none after
 *       the last segment), a byte order mark and leading blank lines.
 * </ul>
 *
 * <h2>Reading and editing</h2>
 *
 * <pre>{@code
 * V2Message adt = V2Message.parse(text);
 * adt.messageType();            // "ADT"  (MSH-9.1)
 * adt.triggerEvent();           // "A01"  (MSH-9.2)
 * adt.get("PID-3[2].1");        // component 1 of the second repetition of PID-3
 * adt.get("OBX[4]-5");          // OBX-5 of the fourth OBX
 * adt.getAll("PID-3.1");        // component 1 of every repetition of PID-3
 * V2Message changed = adt.with("PID-8", "F");   // a new message; only PID-8 differs
 * }</pre>
 *
 * <p>Paths ({@link dev.koine.hl7v2.V2Path}) use the usual notation {@code SEG[n]-F[r].C.S}; a path
 * that stops above the sub-component reads the first repetition, component and sub-component, as
 * HL7 does ({@code get("MSH-9")} is the message type). Edits ({@link
 * dev.koine.hl7v2.V2Message#with(String, String)}, {@link dev.koine.hl7v2.V2Message#withRaw(String,
 * String)}, {@link dev.koine.hl7v2.V2Message#withSegmentAppended(String)}, {@link
 * dev.koine.hl7v2.V2Message#withoutSegment(String)}) escape values as needed and leave every other
 * character as it was.
 *
 * <p>There are no per-version classes: one codec reads v2.3 to v2.8 alike, and the structure of a
 * message comes from MSH-9 (type, trigger event and structure) when a mapping needs it.
 *
 * <h2>Bytes and character sets</h2>
 *
 * <p>ER7 is text. {@link dev.koine.hl7v2.V2Message#parse(byte[], Limits)} decodes bytes by this
 * rule: a byte order mark decides (UTF-8, UTF-16BE, UTF-16LE; the mark is kept); else MSH-18 (HL7
 * table 0211) when it names a known set, and bytes invalid in that set are an error; else UTF-8
 * when the bytes are valid UTF-8 (plain ASCII included); else ISO-8859-1, which maps every byte.
 * {@link dev.koine.hl7v2.V2Message#parse(byte[], java.nio.charset.Charset, Limits)} takes the set
 * from the caller. {@link dev.koine.hl7v2.V2Message#charset()} tells which set was used.
 *
 * <h2>Transport and batches</h2>
 *
 * <p>{@link dev.koine.hl7v2.Mllp} frames and unframes messages ({@code 0x0B ... 0x1C 0x0D}) and
 * reads a stream of frames. {@link dev.koine.hl7v2.V2Batch} reads batch files (FHS, BHS, BTS, FTS,
 * or just several messages) whole or as a stream, keeping the control segments.
 *
 * <h2>Failures</h2>
 *
 * <p>Input that is not ER7 — empty, not starting with MSH, broken encoding characters, a segment
 * without a valid id, binary content — throws {@link dev.koine.core.issue.KoineParseException} with
 * a location such as {@code segment 3 (PID), field 5} and a reason, never a value from the input.
 * Hostile input is capped by {@link dev.koine.hl7v2.Limits} (16 MiB per message by default, and
 * counts of segments, fields, repetitions, components and sub-components); passing one throws
 * {@link dev.koine.core.issue.LimitExceededException} naming the setting, such as {@code
 * Limits.maxSegments}. Misuse of the API (a malformed path, editing MSH-2) throws JDK exceptions.
 *
 * <h2>Threads, cost, privacy</h2>
 *
 * <p>Every type here except {@link dev.koine.hl7v2.Mllp.FrameReader} and {@link
 * dev.koine.hl7v2.Limits.Builder} is immutable and thread-safe. Parsing is one pass over the
 * characters without regular expressions; fields are located during that pass and the lower levels
 * are split when they are read. No {@code toString()} of this package prints message content: they
 * show segment ids, paths and counts ({@code V2Message[ADT^A01, 7 segments]}).
 */
package dev.koine.hl7v2;
