/**
 * The shape shared by the wire-format adapters: {@link dev.koine.core.codec.MessageCodec} decodes
 * to a {@link dev.koine.core.codec.Decoded} message (value, issues, {@link
 * dev.koine.core.codec.Loss losses}, leaf count) and encodes in a {@link
 * dev.koine.core.codec.WireFormat}. A decode never drops content silently.
 */
package dev.koine.core.codec;
