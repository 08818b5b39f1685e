package dev.koine.hl7v2;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import dev.koine.hl7v2.internal.CharsetRule;
import dev.koine.hl7v2.internal.Er7Scanner;
import dev.koine.hl7v2.internal.LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An HL7 v2 batch file (HL7 v2.5.1 chapter 2.10.3): an optional file header {@code FHS}, batches
 * each opened by {@code BHS} and closed by {@code BTS}, the messages, and an optional file trailer
 * {@code FTS} — or simply several messages one after the other. Read it whole ({@link
 * #parse(String)}) or as a {@linkplain #stream(Reader, Limits) stream} of {@link Part}s, one
 * message at a time. Control segments are kept, so the parts joined give the input back exactly.
 *
 * <p>Trailer segments (BTS, FTS) are read with the delimiters of the last header segment (BHS,
 * FHS), or of the last message if there is no header. Each message is limited by {@link Limits} on
 * its own; a batch may hold any number of them. Immutable and thread-safe; {@link #toString()}
 * shows counts only.
 */
public final class V2Batch {

  /** One part of a batch, in input order: a control segment or a message. */
  public sealed interface Part permits Control, Entry {
    /** The exact wire text of this part. */
    String encode();
  }

  /**
   * A batch control segment: FHS, BHS, BTS or FTS.
   *
   * @param segment the segment, with its terminator
   */
  public record Control(V2Segment segment) implements Part {
    /** Requires a segment. */
    public Control {
      Checks.notNull(segment, "segment");
    }

    @Override
    public String encode() {
      return segment.encode();
    }
  }

  /**
   * A message of the batch.
   *
   * @param message the message
   */
  public record Entry(V2Message message) implements Part {
    /** Requires a message. */
    public Entry {
      Checks.notNull(message, "message");
    }

    @Override
    public String encode() {
      return message.encode();
    }
  }

  private final List<Part> parts;
  private final Charset charset;

  private V2Batch(List<Part> parts, Charset charset) {
    this.parts = List.copyOf(parts);
    this.charset = charset;
  }

  /** Parses a whole batch with the default limits. */
  public static V2Batch parse(String text) {
    return parse(text, Limits.defaults());
  }

  /**
   * Parses a whole batch.
   *
   * @throws KoineParseException if the text is not a batch of ER7 messages
   * @throws LimitExceededException if a message passes a limit
   */
  public static V2Batch parse(String text, Limits limits) {
    Checks.notNull(text, "text");
    Charset declared = CharsetRule.declared(text);
    return collect(
        new StringReader(text), limits, declared == null ? StandardCharsets.UTF_8 : declared);
  }

  /** Parses a whole batch from bytes with the default limits. */
  public static V2Batch parse(byte[] bytes) {
    return parse(bytes, Limits.defaults());
  }

  /**
   * Parses a whole batch from bytes; the character set is chosen as for {@link
   * V2Message#parse(byte[], Limits)} (from the first MSH segment's MSH-18).
   */
  public static V2Batch parse(byte[] bytes, Limits limits) {
    Checks.notNull(bytes, "bytes");
    CharsetRule.Decoded decoded = CharsetRule.decode(bytes);
    return collect(new StringReader(decoded.text), limits, decoded.charset);
  }

  private static V2Batch collect(Reader reader, Limits limits, Charset charset) {
    PartIterator iterator = new PartIterator(reader, Checks.notNull(limits, "limits"), charset);
    List<Part> parts = new ArrayList<>();
    while (iterator.hasNext()) {
      parts.add(iterator.next());
    }
    if (parts.isEmpty()) {
      throw new KoineParseException("", "empty input: no HL7 v2 segment");
    }
    return new V2Batch(parts, charset);
  }

  /** A lazy stream of the parts of a batch read from text, with the default limits. */
  public static Stream<Part> stream(Reader reader) {
    return stream(reader, Limits.defaults());
  }

  /**
   * A lazy stream of the parts of a batch: one message is held in memory at a time. Each message's
   * {@link V2Message#charset()} is the set its MSH-18 names, else UTF-8. The caller closes the
   * reader. Read failures surface as {@link UncheckedIOException}; malformed input as {@link
   * KoineParseException} when the stream reaches it.
   */
  public static Stream<Part> stream(Reader reader, Limits limits) {
    Checks.notNull(reader, "reader");
    return toStream(new PartIterator(reader, Checks.notNull(limits, "limits"), null));
  }

  /**
   * A lazy stream of the parts of a batch read from bytes in a known character set (each message's
   * {@link V2Message#charset()} is that set). The caller closes the stream. Bytes that are not
   * valid in the set surface as an {@link UncheckedIOException} wrapping a {@link
   * java.nio.charset.MalformedInputException}.
   */
  public static Stream<Part> stream(InputStream in, Charset charset, Limits limits) {
    Checks.notNull(in, "in");
    Checks.notNull(charset, "charset");
    return toStream(
        new PartIterator(
            new InputStreamReader(in, charset.newDecoder()),
            Checks.notNull(limits, "limits"),
            charset));
  }

  /** A lazy stream of the messages of a batch, skipping control segments. */
  public static Stream<V2Message> messages(Reader reader, Limits limits) {
    return stream(reader, limits).filter(p -> p instanceof Entry).map(p -> ((Entry) p).message());
  }

  private static Stream<Part> toStream(PartIterator iterator) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /** All parts in input order. */
  public List<Part> parts() {
    return parts;
  }

  /** The messages in input order. */
  public List<V2Message> messages() {
    List<V2Message> messages = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Entry e) {
        messages.add(e.message());
      }
    }
    return Collections.unmodifiableList(messages);
  }

  /** The control segments (FHS, BHS, BTS, FTS) in input order. */
  public List<V2Segment> controlSegments() {
    List<V2Segment> segments = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Control c) {
        segments.add(c.segment());
      }
    }
    return Collections.unmodifiableList(segments);
  }

  /** The file header segment FHS, if the batch has one. */
  public Optional<V2Segment> fileHeader() {
    return controlSegments().stream().filter(s -> s.id().equals("FHS")).findFirst();
  }

  /** The exact text of the batch: its parts joined. */
  public String encode() {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      sb.append(p.encode());
    }
    return sb.toString();
  }

  /** The text in {@link #charset()}: for a batch parsed from bytes, those bytes. */
  public byte[] encodeBytes() {
    return encode().getBytes(charset);
  }

  /** The character set the batch was decoded with (or, for text input, MSH-18's or UTF-8). */
  public Charset charset() {
    return charset;
  }

  /** Counts only: {@code V2Batch[120 messages, 4 control segments]}. */
  @Override
  public String toString() {
    return "V2Batch["
        + messages().size()
        + " messages, "
        + controlSegments().size()
        + " control segments]";
  }

  /** Groups lines into parts; blank lines belong to the part before them. */
  private static final class PartIterator implements Iterator<Part> {
    private final LineReader lines;
    private final Limits limits;
    private final Charset charset;
    private String pending;
    private boolean started;
    private boolean ended;
    private boolean fileTrailerSeen;
    private int segmentNumber;
    private int messageNumber;
    private V2Delimiters lastMessage = V2Delimiters.DEFAULT;
    private V2Delimiters lastHeader;
    private Part next;

    PartIterator(Reader reader, Limits limits, Charset charset) {
      this.lines = new LineReader(reader, limits.maxMessageBytes());
      this.limits = limits;
      this.charset = charset;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !ended) {
        try {
          next = readPart();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        ended = next == null;
      }
      return next != null;
    }

    @Override
    public Part next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Part part = next;
      next = null;
      return part;
    }

    private String line() throws IOException {
      if (pending != null) {
        String line = pending;
        pending = null;
        return line;
      }
      return lines.next();
    }

    /** Appends the blank lines that follow (they belong to the line before them). */
    private void absorbBlankLines(StringBuilder sb) throws IOException {
      while (LineReader.hasLineBreak(sb)) {
        String line = line();
        if (line == null) {
          return;
        }
        if (!LineReader.isBlank(line)) {
          pending = line;
          return;
        }
        sb.append(line);
      }
    }

    private Part readPart() throws IOException {
      StringBuilder sb = new StringBuilder(256);
      String line = line();
      if (!started) {
        started = true;
        while (line != null && isLeadingBlank(sb.length() == 0 ? stripBom(line) : line)) {
          sb.append(line);
          line = line();
        }
        if (line == null) {
          if (sb.length() > 0) {
            throw new KoineParseException("", "empty input: no HL7 v2 segment");
          }
          return null;
        }
      }
      if (line == null) {
        return null;
      }
      sb.append(line);
      segmentNumber++;
      String id = lineId(sb, Er7Scanner.contentStart(sb.toString()));
      String where = "batch segment " + segmentNumber;
      if (fileTrailerSeen) {
        throw new KoineParseException(where, "content after the file trailer FTS");
      }
      if (segmentNumber == 1 && !("FHS".equals(id) || "BHS".equals(id) || "MSH".equals(id))) {
        throw new KoineParseException(
            where, "not an HL7 v2 batch: it does not start with FHS, BHS or MSH");
      }
      if (id != null && Er7Scanner.isBatchControl(id)) {
        if ("FHS".equals(id) && segmentNumber > 1) {
          throw new KoineParseException(where, "a file header FHS after the start of the file");
        }
        absorbBlankLines(sb);
        return control(sb.toString(), where, "FTS".equals(id));
      }
      if (!"MSH".equals(id)) {
        throw new KoineParseException(
            where, "a segment outside a message: expected MSH or a batch control segment");
      }
      messageNumber++;
      absorbBlankLines(sb);
      while (true) {
        String more = line();
        if (more == null) {
          break;
        }
        String moreId = lineId(more, 0);
        if ("MSH".equals(moreId) || (moreId != null && Er7Scanner.isBatchControl(moreId))) {
          pending = more;
          break;
        }
        segmentNumber++;
        sb.append(more);
        if (sb.length() > limits.maxMessageBytes()) {
          throw new LimitExceededException(
              "message " + messageNumber,
              "Limits.maxMessageBytes",
              limits.maxMessageBytes(),
              sb.length());
        }
        absorbBlankLines(sb);
      }
      String text = sb.toString();
      Charset cs = charset;
      if (cs == null) {
        Charset declared = CharsetRule.declared(text);
        cs = declared == null ? StandardCharsets.UTF_8 : declared;
      }
      V2Message message = V2Message.parse(text, limits, cs, "message " + messageNumber);
      lastMessage = message.delimiters();
      return new Entry(message);
    }

    private Part control(String text, String where, boolean fileTrailer) {
      Er7Scanner.Layout layout =
          Er7Scanner.scan(
              text,
              limits,
              Er7Scanner.Mode.CONTROL,
              lastHeader == null ? lastMessage : lastHeader,
              where);
      if (Er7Scanner.isHeader(layout.ids[0])) {
        lastHeader = layout.delimiters;
      }
      fileTrailerSeen = fileTrailer;
      V2Segment segment =
          new V2Segment(
              text,
              layout.delimiters,
              charset == null ? StandardCharsets.UTF_8 : charset,
              layout.ids[0],
              0,
              1,
              0,
              layout.starts[0],
              layout.ends[0],
              layout.terminatorEnds[0],
              layout.separators,
              layout.separatorFrom[0],
              layout.separatorFrom[1],
              Er7Scanner.isHeader(layout.ids[0]),
              layout.leafCounts[0]);
      return new Control(segment);
    }

    /**
     * The first three characters of a line if they can be a segment id, without looking at the
     * field separator (each message may have its own), else null.
     */
    private static String lineId(CharSequence line, int start) {
      if (line.length() < start + 3) {
        return null;
      }
      for (int i = start; i < start + 3; i++) {
        char c = line.charAt(i);
        if (!((c >= 'A' && c <= 'Z') || (i > start && c >= '0' && c <= '9'))) {
          return null;
        }
      }
      return line.subSequence(start, start + 3).toString();
    }

    private static String stripBom(String line) {
      return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static boolean isLeadingBlank(String line) {
      return LineReader.isBlank(line);
    }
  }
}
