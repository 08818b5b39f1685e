package dev.koine.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.koine.core.issue.KoineParseException;
import dev.koine.hl7v2.Mllp;
import dev.koine.hl7v2.V2Batch;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The inputs of a command, read lazily: each argument is a file, a directory (walked recursively in
 * sorted order, hidden entries skipped), or {@code -} for standard input. A file holding NDJSON
 * (one FHIR resource per line) gives one input per line, named {@code file:line}; an HL7 v2 batch
 * file (FHS/BHS...BTS/FTS, or several MSH messages) gives one input per message, named {@code
 * file#n}, as does a stream of several MLLP frames. Only one file is held in memory at a time.
 */
final class Inputs {
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * Files up to this size are read whole; larger NDJSON and HL7 v2 batch files are streamed record
   * by record (this much is read first to tell what the file is).
   */
  static final int HEAD_BYTES = 1 << 20;

  private Inputs() {}

  /** One item of the input sequence, in order. */
  sealed interface Item permits Input, Unreadable, Skipped {
    /** The name shown in output. */
    String name();
  }

  /**
   * A message to process.
   *
   * @param name the name shown in output: the path, {@code path:line} or {@code path#n}
   * @param content the bytes (owned by the command that reads them)
   * @param outBase the output path for {@code convert --out}, relative to the output directory,
   *     without extension (mirrors the subdirectories of a walked directory; records get {@code
   *     -n})
   */
  @SuppressWarnings("ArrayRecordComponent")
  record Input(String name, byte[] content, String outBase) implements Item {}

  /**
   * An input that could not be read or split.
   *
   * @param name the name shown in output
   * @param reason why, one line without values
   */
  record Unreadable(String name, String reason) implements Item {}

  /**
   * A file met while walking a directory whose content no installed codec accepts.
   *
   * @param name the path
   */
  record Skipped(String name) implements Item {}

  /** The items of these arguments, read lazily in order. */
  static Iterator<Item> of(List<String> args, InputStream stdin) {
    return new Walk(args, stdin);
  }

  /** Expands arguments and walks directories one entry at a time. */
  private static final class Walk implements Iterator<Item> {
    private final Deque<String> args;
    private final InputStream stdin;
    private final Deque<Iterator<Path>> dirs = new ArrayDeque<>();
    private Path root;
    private Iterator<Item> current = Collections.emptyIterator();
    private Item next;

    Walk(List<String> args, InputStream stdin) {
      this.args = new ArrayDeque<>(args);
      this.stdin = stdin;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = next;
      next = null;
      return item;
    }

    private Item advance() {
      while (true) {
        if (current.hasNext()) {
          return current.next();
        }
        if (!dirs.isEmpty()) {
          Iterator<Path> top = dirs.peek();
          if (!top.hasNext()) {
            dirs.pop();
            continue;
          }
          Path p = top.next();
          String fileName = p.getFileName().toString();
          if (fileName.startsWith(".")) {
            continue;
          }
          if (Files.isDirectory(p)) {
            enter(p);
          } else if (Files.isRegularFile(p)) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            current = file(p, stripExtension(rel), true);
          }
          continue;
        }
        if (args.isEmpty()) {
          return null;
        }
        String arg = args.pop();
        if (arg.equals("-")) {
          current = standardInput(stdin);
          continue;
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
          root = path;
          enter(path);
        } else {
          current = file(path, stripExtension(path.getFileName().toString()), false);
        }
      }
    }

    private void enter(Path dir) {
      try (Stream<Path> entries = Files.list(dir)) {
        dirs.push(entries.sorted().toList().iterator());
      } catch (IOException | UncheckedIOException e) {
        current = one(new Unreadable(dir.toString(), "cannot read the directory"));
      }
    }

    private static Iterator<Item> file(Path path, String outBase, boolean walked) {
      String name = path.toString();
      try {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
          head = in.readNBytes(HEAD_BYTES + 1);
        }
        if (head.length <= HEAD_BYTES) {
          return split(name, outBase, head, walked); // the whole file
        }
        if (isNdjson(name, head)) {
          return new NdjsonRecords(
              name, outBase, new BufferedInputStream(Files.newInputStream(path)), walked);
        }
        if (isV2Batch(head)) {
          Charset charset = isUtf8(path) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
          return new BatchMessages(
              name,
              outBase,
              new BufferedReader(
                  new InputStreamReader(Files.newInputStream(path), charset.newDecoder())));
        }
        if (isMllpStream(head)) {
          return new MllpFrames(name, outBase, new BufferedInputStream(Files.newInputStream(path)));
        }
        return split(name, outBase, Files.readAllBytes(path), walked);
      } catch (NoSuchFileException e) {
        return one(new Unreadable(name, "cannot read: no such file"));
      } catch (IOException e) {
        return one(
            new Unreadable(
                name, "cannot read: " + e.getClass().getSimpleName().toLowerCase(Locale.ROOT)));
      }
    }
  }

  /** Standard input: read whole if small, else streamed like a large file (batches in UTF-8). */
  private static Iterator<Item> standardInput(InputStream stdin) {
    try {
      byte[] head = stdin.readNBytes(HEAD_BYTES + 1);
      if (head.length <= HEAD_BYTES) {
        return split("-", "stdin", head, false);
      }
      InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), stdin);
      if (isNdjson("-", head)) {
        return new NdjsonRecords("-", "stdin", new BufferedInputStream(all), false);
      }
      if (isV2Batch(head)) {
        return new BatchMessages(
            "-",
            "stdin",
            new BufferedReader(new InputStreamReader(all, StandardCharsets.UTF_8.newDecoder())));
      }
      if (isMllpStream(head)) {
        return new MllpFrames("-", "stdin", all);
      }
      return split("-", "stdin", all.readAllBytes(), false);
    } catch (IOException e) {
      return one(new Unreadable("-", "cannot read: " + e.getMessage()));
    }
  }

  /** True if the file is valid UTF-8, read in one streaming pass. */
  private static boolean isUtf8(Path path) throws IOException {
    char[] sink = new char[1 << 16];
    try (Reader r =
        new InputStreamReader(
            Files.newInputStream(path),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      while (r.read(sink) >= 0) {
        // only validating
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Iterator<Item> one(Item item) {
    return List.of(item).iterator();
  }

  /** One file's inputs: its NDJSON records, its batch messages, or the file itself. */
  static Iterator<Item> split(String name, String outBase, byte[] content, boolean walked) {
    if (isNdjson(name, content)) {
      return new NdjsonRecords(name, outBase, new ByteArrayInputStream(content), walked);
    }
    if (isV2Batch(content)) {
      return new BatchMessages(name, outBase, new StringReader(text(content)));
    }
    if (isMllpStream(content)) {
      return new MllpFrames(name, outBase, new ByteArrayInputStream(content));
    }
    if (walked && Codecs.all().stream().noneMatch(c -> c.accepts(content))) {
      return one(new Skipped(name));
    }
    return one(new Input(name, content, outBase));
  }

  static String stripExtension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }

  /** {@code *.ndjson}, or a first non-blank line that is a whole JSON object with more lines. */
  static boolean isNdjson(String name, byte[] content) {
    if (name.toLowerCase(Locale.ROOT).endsWith(".ndjson")) {
      return true;
    }
    int start = skipBlank(content, bomLength(content));
    if (start >= content.length || content[start] != '{') {
      return false;
    }
    int end = lineEnd(content, start);
    if (skipBlank(content, end) >= content.length) {
      return false; // a single line: an ordinary JSON file
    }
    try (JsonParser p = JSON.createParser(content, start, end - start)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException e) {
      return false; // not a whole object on the first line: pretty-printed JSON
    }
  }

  /** Starts with FHS or BHS, or holds more than one MSH segment. */
  static boolean isV2Batch(byte[] content) {
    int i = skipBlank(content, bomLength(content));
    if (startsWith(content, i, "FHS") || startsWith(content, i, "BHS")) {
      return true;
    }
    if (!startsWith(content, i, "MSH")) {
      return false;
    }
    for (int j = i + 3; j + 3 < content.length; j++) {
      if ((content[j] == '\r' || content[j] == '\n') && startsWith(content, j + 1, "MSH")) {
        return true;
      }
    }
    return false;
  }

  /** Starts with an MLLP start block and holds another frame after the first one's end block. */
  static boolean isMllpStream(byte[] content) {
    if (content.length == 0 || content[0] != Mllp.START_BLOCK) {
      return false;
    }
    boolean ended = false;
    for (int i = 1; i < content.length; i++) {
      if (content[i] == Mllp.END_BLOCK) {
        ended = true;
      } else if (ended && content[i] == Mllp.START_BLOCK) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] content, int at, String prefix) {
    if (at + prefix.length() > content.length) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (content[at + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int bomLength(byte[] content) {
    return content.length >= 3
            && (content[0] & 0xFF) == 0xEF
            && (content[1] & 0xFF) == 0xBB
            && (content[2] & 0xFF) == 0xBF
        ? 3
        : 0;
  }

  private static int skipBlank(byte[] content, int from) {
    int i = from;
    while (i < content.length
        && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) {
      i++;
    }
    return i;
  }

  private static int lineEnd(byte[] content, int from) {
    int i = from;
    while (i < content.length && content[i] != '\n' && content[i] != '\r') {
      i++;
    }
    return i;
  }

  /** The non-blank lines of an NDJSON file, read one at a time from a stream. */
  private static final class NdjsonRecords implements Iterator<Item> {
    private final String name;
    private final String outBase;
    private final InputStream in;
    private final boolean walked;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int line;
    private boolean first = true;
    private boolean done;
    private Item next;

    NdjsonRecords(String name, String outBase, InputStream in, boolean walked) {
      this.name = name;
      this.outBase = outBase;
      this.in = in;
      this.walked = walked;
    }

    /** The next line without its end (LF, CRLF or CR), or null at the end. */
    private byte[] readLine() throws IOException {
      buffer.reset();
      int b = in.read();
      if (b < 0) {
        return null;
      }
      while (b >= 0 && b != '\n' && b != '\r') {
        buffer.write(b);
        b = in.read();
      }
      if (b == '\r') {
        in.mark(1);
        if (in.read() != '\n') {
          in.reset();
        }
      }
      line++;
      byte[] bytes = buffer.toByteArray();
      return line == 1 ? Arrays.copyOfRange(bytes, bomLength(bytes), bytes.length) : bytes;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        byte[] record;
        try {
          record = readLine();
        } catch (IOException e) {
          next = new Unreadable(name + ":" + (line + 1), "cannot read");
          close();
          break;
        }
        if (record == null) {
          close();
          break;
        }
        if (skipBlank(record, 0) == record.length) {
          continue;
        }
        if (first && walked && Codecs.all().stream().noneMatch(c -> c.accepts(record))) {
          next = new Skipped(name); // not FHIR: skip the whole file
          close();
        } else {
          next = new Input(name + ":" + line, record, outBase + "-" + line);
        }
        first = false;
      }
      return next != null;
    }

    private void close() {
      done = true;
      try {
        in.close();
      } catch (IOException e) {
        // nothing more is read from it
      }
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = next;
      next = null;
      return item;
    }
  }

  /** UTF-8, or ISO-8859-1 when the bytes are not UTF-8 (each message then says its own set). */
  private static String text(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(content, StandardCharsets.ISO_8859_1);
    }
  }

  /** The messages of an HL7 v2 batch file, parsed one at a time with {@link V2Batch#stream}. */
  private static final class BatchMessages implements Iterator<Item> {
    private final String name;
    private final String outBase;
    private final Iterator<V2Batch.Part> parts;
    private int n;
    private boolean done;
    private Item next;

    private final Reader reader;

    BatchMessages(String name, String outBase, Reader reader) {
      this.name = name;
      this.outBase = outBase;
      this.reader = reader;
      this.parts = V2Batch.stream(reader).iterator();
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = fetch();
      }
      return next != null;
    }

    private Item fetch() {
      try {
        while (parts.hasNext()) {
          if (parts.next() instanceof V2Batch.Entry entry) {
            n++;
            return new Input(name + "#" + n, entry.message().encodeBytes(), outBase + "-" + n);
          }
        }
        close();
        return null;
      } catch (KoineParseException | UncheckedIOException e) {
        close(); // a batch cannot be resynchronised after a malformed part
        return new Unreadable(
            name + "#" + (n + 1),
            e instanceof UncheckedIOException ? "cannot read: " + e.getCause() : e.getMessage());
      }
    }

    private void close() {
      done = true;
      try {
        reader.close();
      } catch (IOException e) {
        // nothing more is read from it
      }
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = next;
      next = null;
      return item;
    }
  }

  /** The payloads of a stream of MLLP frames, read one frame at a time with {@link Mllp}. */
  private static final class MllpFrames implements Iterator<Item> {
    private final String name;
    private final String outBase;
    private final Mllp.FrameReader frames;
    private int n;
    private boolean done;
    private Item next;

    MllpFrames(String name, String outBase, InputStream in) {
      this.name = name;
      this.outBase = outBase;
      this.frames = Mllp.reader(in);
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          Optional<byte[]> payload = frames.next();
          if (payload.isPresent()) {
            n++;
            next = new Input(name + "#" + n, payload.get(), outBase + "-" + n);
          } else {
            close();
          }
        } catch (KoineParseException e) {
          close(); // the stream cannot be resynchronised after a malformed frame
          next = new Unreadable(name + "#" + (n + 1), e.getMessage());
        } catch (IOException e) {
          close();
          next = new Unreadable(name + "#" + (n + 1), "cannot read: " + e.getMessage());
        }
      }
      return next != null;
    }

    private void close() {
      done = true;
      try {
        frames.close();
      } catch (IOException e) {
        // nothing more is read from it
      }
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = next;
      next = null;
      return item;
    }
  }
}
