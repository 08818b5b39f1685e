package dev.koine.fhir.internal.tree;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import dev.koine.fhir.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads FHIR JSON into a {@link FhirTree} with the Jackson streaming parser (no data binding).
 *
 * <p>Handles the FHIR JSON conventions: {@code resourceType}, inline resources (any object with a
 * {@code resourceType}), {@code _x} siblings carrying the id and extensions of primitive {@code x}
 * (also for arrays, aligned item by item, with {@code null} where one side has nothing), element
 * ids, and numbers kept as their exact text. A JSON {@code null} property and an empty array carry
 * nothing and are skipped.
 *
 * <p>Malformed, truncated or non-FHIR input throws {@link KoineParseException} located by a JSON
 * pointer and line/column (never a value); a broken limit throws {@link LimitExceededException}
 * naming the setting. Immutable and thread-safe: build one per version and limits and reuse it
 * (construction builds a Jackson factory).
 */
public final class FhirJsonReader {
  private final FhirStructure structure;
  private final Limits limits;
  private final JsonFactory factory;

  /** A reader for one FHIR version (used for the kind of value-less primitives) and limits. */
  public FhirJsonReader(FhirStructure structure, Limits limits) {
    this.structure = Checks.notNull(structure, "structure");
    this.limits = Checks.notNull(limits, "limits");
    this.factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(saturated(2L * limits.maxDepth() + 8))
                    .maxStringLength(saturated(limits.maxStringLength() + 1L))
                    .maxNumberLength(saturated(limits.maxStringLength() + 1L))
                    .maxDocumentLength(-1)
                    .build())
            .errorReportConfiguration(
                ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(0)
                    .maxRawContentLength(0)
                    .build())
            .build();
  }

  private static int saturated(long value) {
    return (int) Math.min(value, Integer.MAX_VALUE);
  }

  /** Reads one resource from UTF-8 JSON. */
  public FhirTree read(byte[] json) {
    return parse(json, true).tree;
  }

  /**
   * Reads a JSON object that is not a resource into the elements it holds as members, the form
   * {@link FhirJsonWriter#writeElement} writes: members are read as for an object whose type this
   * version does not define.
   */
  public List<FhirNode> readElements(String json) {
    return parse(Checks.notNull(json, "json").getBytes(StandardCharsets.UTF_8), false).elements;
  }

  private Parsed parse(byte[] json, boolean resource) {
    Checks.notNull(json, "json");
    Inputs.checkSize(json.length, limits);
    try (JsonParser parser = factory.createParser(json)) {
      return new Parse(parser).run(resource);
    } catch (JsonProcessingException e) {
      throw wrap(e);
    } catch (IOException e) {
      // from a byte array, only a bad character encoding (e.g. CharConversionException)
      throw new KoineParseException("", "malformed JSON: invalid character encoding", e);
    } catch (KoineParseException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new KoineParseException("", "malformed JSON", e);
    }
  }

  /** Reads one resource from a JSON string. */
  public FhirTree read(String json) {
    return read(Checks.notNull(json, "json").getBytes(StandardCharsets.UTF_8));
  }

  /** Reads one resource from a stream of UTF-8 JSON (the stream is read fully, not closed). */
  public FhirTree read(InputStream json) {
    return read(Inputs.readAll(Checks.notNull(json, "json"), limits));
  }

  private static KoineParseException wrap(JsonProcessingException e) {
    String where = "";
    Object source = e.getProcessor();
    if (source instanceof JsonParser parser) {
      where = pointer(parser.getParsingContext());
    }
    JsonLocation loc = e.getLocation();
    String location =
        loc == null ? where : Inputs.located(where, loc.getLineNr(), loc.getColumnNr());
    String reason;
    if (e instanceof JsonEOFException) {
      reason = "truncated JSON: unexpected end of input";
    } else if (e instanceof StreamConstraintsException) {
      reason = "JSON exceeds a parser constraint";
    } else {
      reason = "malformed JSON";
    }
    return new KoineParseException(location, reason, e);
  }

  /** The JSON pointer of a parsing context, with only validated names in it. */
  static String pointer(JsonStreamContext ctx) {
    if (ctx == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(Integer.toString(Math.max(c.getCurrentIndex(), 0)));
      } else if (c.inObject()) {
        String name = c.getCurrentName();
        if (name != null) {
          parts.add(name.startsWith("_") ? "_" + Names.safe(name.substring(1)) : Names.safe(name));
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      sb.append('/').append(parts.get(i));
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  /** The content of a {@code _x} object: an element id and extension children. */
  private static final class Ext {
    final String id;
    final List<FhirNode> children;

    Ext(String id, List<FhirNode> children) {
      this.id = id;
      this.children = children;
    }
  }

  private static final byte VALUE_SEEN = 1;
  private static final byte EXT_SEEN = 2;
  private static final byte VALUE_ARRAY = 4;
  private static final byte EXT_ARRAY = 8;

  /**
   * The properties of the object being read at one depth, reused for every object at that depth of
   * one parse. A slot is everything read for one element name ({@code x} and {@code _x}), in
   * first-seen order; its value items are a range of {@link #values}: a node (an object), a
   * scalar's text (its kind in {@link #kinds}) or {@code null} (a JSON {@code null} array item).
   * Objects have few properties, so a name is found by a scan (names come from Jackson's symbol
   * table, so equals is mostly identity); past {@link #SCAN} slots a map takes over.
   */
  private static final class Frame {
    private static final int SCAN = 12;
    String[] names = new String[8];
    int[] hashes = new int[8];
    byte[] flags = new byte[8];
    int[] from = new int[8]; // first value item, or -1 when the value part carries nothing
    int[] to = new int[8];
    Object[] exts = new Object[8]; // List<Ext>, or null when the _ part carries nothing
    int slots;
    Map<String, Integer> index;
    Object[] values = new Object[16];
    ValueKind[] kinds = new ValueKind[16];
    int valueCount;
    final ArrayList<FhirNode> children = new ArrayList<>();

    void reset() {
      slots = 0;
      valueCount = 0;
      index = null;
      children.clear();
    }

    /** Drops every reference it holds (after a parse that failed part-way). */
    void clear() {
      Arrays.fill(values, null);
      Arrays.fill(exts, null);
      children.clear();
    }

    /** Drops the references to what was read (the frame outlives the parse, on its thread). */
    void release() {
      Arrays.fill(values, 0, valueCount, null);
      Arrays.fill(exts, 0, slots, null);
      children.clear();
    }

    int find(String name) {
      if (index != null) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
      }
      // most properties are new in their object, so most scans miss: compare the names' (cached)
      // hashes first
      int h = name.hashCode();
      for (int i = 0; i < slots; i++) {
        if (hashes[i] == h && names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    int add(String name) {
      if (slots == names.length) {
        int n = slots * 2;
        names = Arrays.copyOf(names, n);
        hashes = Arrays.copyOf(hashes, n);
        flags = Arrays.copyOf(flags, n);
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        exts = Arrays.copyOf(exts, n);
      }
      int i = slots++;
      names[i] = name;
      hashes[i] = name.hashCode();
      flags[i] = 0;
      from[i] = -1;
      to[i] = -1;
      exts[i] = null;
      if (index != null) {
        index.put(name, i);
      } else if (slots > SCAN) {
        index = new HashMap<>();
        for (int j = 0; j < slots; j++) {
          index.put(names[j], j);
        }
      }
      return i;
    }

    void addValue(Object value, ValueKind kind) {
      if (valueCount == values.length) {
        values = Arrays.copyOf(values, valueCount * 2);
        kinds = Arrays.copyOf(kinds, valueCount * 2);
      }
      values[valueCount] = value;
      kinds[valueCount++] = kind;
    }
  }

  /**
   * The frames of this thread's parses: a parse allocates none once the thread has parsed a
   * document as deep (the frames' arrays were a tenth of a decode's allocation). A parse never
   * starts another on its thread, and leaves no node in them.
   */
  private static final ThreadLocal<List<Frame>> FRAMES = ThreadLocal.withInitial(ArrayList::new);

  /** What a parse read: a resource's tree, or the elements of an object. */
  private static final class Parsed {
    final FhirTree tree;
    final List<FhirNode> elements;

    Parsed(FhirTree tree, List<FhirNode> elements) {
      this.tree = tree;
      this.elements = elements;
    }
  }

  /** The result of reading one JSON object. */
  private static final class ObjectContent {
    String resourceType;
    String elementId;
    List<FhirNode> children = List.of();
  }

  /** One parse: the parser and the counters. Not thread-safe, used once. */
  private final class Parse {
    private final JsonParser p;
    // this thread's frames, reused across parses (each parse clears what it put in them)
    private final List<Frame> frames = FRAMES.get();
    private int ordinal;
    private int leaves;
    private List<Issue> issues;

    /**
     * Whether something {@link UnknownElements} reports may be in the tree: an element not defined
     * for its type, an empty string, an {@code id} not in FHIR id form (element ids too: the flag
     * only decides whether that walk runs).
     */
    private boolean suspect;

    /** Whether a {@code url} or {@code profile} value was an STU3 canonical URL. */
    private boolean stu3Urls;

    Parse(JsonParser p) {
      this.p = p;
    }

    Parsed run(boolean resource) throws IOException {
      try {
        return resource ? new Parsed(readRoot(), null) : new Parsed(null, readElements());
      } catch (IOException | RuntimeException e) {
        for (Frame f : frames) {
          f.clear();
        }
        throw e;
      }
    }

    private FhirTree readRoot() throws IOException {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new KoineParseException("", "empty input: expected a FHIR JSON resource");
      }
      if (t != JsonToken.START_OBJECT) {
        throw error("/", "a FHIR JSON resource must be an object");
      }
      ObjectContent root = readObject(null, 1, false);
      if (root.resourceType == null) {
        throw new KoineParseException("/", "not a FHIR resource: resourceType is missing");
      }
      FhirNode node = newNode(root.resourceType, root.resourceType, null, null, null, root, false);
      if (p.nextToken() != null) {
        throw error("", "unexpected content after the resource");
      }
      return new FhirTree(
          node, ordinal, leaves, issues == null ? List.of() : issues, !suspect, stu3Urls);
    }

    private List<FhirNode> readElements() throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw error("/", "expected a JSON object");
      }
      ObjectContent content = readObject(null, 1, false);
      if (content.resourceType != null || content.elementId != null) {
        throw error("/", "expected the members of an element, not a resource or an element id");
      }
      if (p.nextToken() != null) {
        throw error("", "unexpected content after the object");
      }
      return content.children;
    }

    private KoineParseException error(String where, String reason) {
      JsonLocation loc = p.currentLocation();
      return new KoineParseException(
          Inputs.located(where, loc.getLineNr(), loc.getColumnNr()), reason);
    }

    private void checkDepth(int depth) {
      if (depth > limits.maxDepth()) {
        throw new LimitExceededException(
            location(pointer(p.getParsingContext())), "Limits.maxDepth", limits.maxDepth(), depth);
      }
    }

    private String location(String where) {
      JsonLocation loc = p.currentLocation();
      return Inputs.located(where, loc.getLineNr(), loc.getColumnNr());
    }

    private void checkChildren(int count, JsonStreamContext where) {
      if (count > limits.maxChildren()) {
        throw new LimitExceededException(
            location(pointer(where)), "Limits.maxChildren", limits.maxChildren(), count);
      }
    }

    private FhirNode newNode(
        String name,
        String resourceType,
        String value,
        ValueKind kind,
        String elementId,
        ObjectContent content,
        boolean array) {
      if (ordinal >= limits.maxNodes()) {
        throw new LimitExceededException(
            location(pointer(p.getParsingContext())),
            "Limits.maxNodes",
            limits.maxNodes(),
            ordinal + 1L);
      }
      List<FhirNode> children = content == null ? List.of() : content.children;
      String id = content == null ? elementId : content.elementId;
      if (value != null || children.isEmpty()) {
        leaves++;
      }
      return new FhirNode(name, resourceType, value, kind, id, children, array, ordinal++);
    }

    private String text() throws IOException {
      int length = p.getTextLength();
      if (length > limits.maxStringLength()) {
        throw new LimitExceededException(
            location(pointer(p.getParsingContext())),
            "Limits.maxStringLength",
            limits.maxStringLength(),
            length);
      }
      return p.getText();
    }

    private Frame frame(int depth) {
      while (frames.size() <= depth) {
        frames.add(new Frame());
      }
      Frame f = frames.get(depth);
      f.reset();
      return f;
    }

    /**
     * Reads the object whose START_OBJECT is the current token. {@code type} is the FHIR type of
     * the element (null if unknown); {@code ext} is true for a {@code _x} object.
     */
    private ObjectContent readObject(String type, int depth, boolean ext) throws IOException {
      checkDepth(depth);
      JsonStreamContext objectContext = p.getParsingContext();
      ObjectContent out = new ObjectContent();
      Frame f = frame(depth);
      String currentType = type;
      Map<String, FhirStructure.Child> known = structure.children(type);
      // nextFieldName() reads a property name in one call (Jackson's fast path for it), where
      // nextToken() then currentName() made two
      String field;
      while ((field = p.nextFieldName()) != null) {
        if (field.equals("resourceType")) {
          if (ext || out.resourceType != null) {
            throw error(pointer(objectContext), "unexpected or repeated resourceType");
          }
          if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw error(pointer(p.getParsingContext()), "resourceType must be a string");
          }
          String rt = text();
          if (!Names.isResourceType(rt)) {
            throw error(pointer(p.getParsingContext()), "resourceType is not a FHIR type name");
          }
          if ((type != null && !FhirStructure.RESOURCE.equals(type))
              || !structure.isResourceType(rt)) {
            suspect = true; // a resource's content where the definitions hold none, or no type
          }
          String canonical = structure.typeName(rt);
          if (canonical != null) {
            rt = canonical;
          }
          out.resourceType = rt;
          currentType = rt;
          known = structure.children(rt);
          continue;
        }
        boolean extPart = field.startsWith("_");
        String name = extPart ? field.substring(1) : field;
        FhirStructure.Child info = known.get(name);
        if (info == null) {
          suspect = true;
        }
        int slot = f.find(name);
        if (slot < 0) {
          // an element of the type is a valid name by definition; only unknown ones are checked
          if (info == null && !Names.isElementName(name)) {
            throw error(pointer(objectContext), "property name is not a FHIR element name");
          }
          slot = f.add(name);
          checkChildren(f.slots, objectContext);
        }
        byte seen = extPart ? EXT_SEEN : VALUE_SEEN;
        if ((f.flags[slot] & seen) != 0) {
          throw error(pointer(p.getParsingContext()), "duplicate property");
        }
        f.flags[slot] |= seen;
        JsonToken v = p.nextToken();
        if (extPart) {
          readExtPart(f, slot, v, info, depth);
        } else {
          readValuePart(f, slot, name, v, info, depth);
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw error(pointer(objectContext), "unexpected JSON token");
      }
      if (out.resourceType == null && FhirStructure.RESOURCE.equals(type)) {
        suspect = true; // no resource where the definitions hold one
      }
      JsonStreamContext where = objectContext.getParent();
      List<FhirNode> children = f.children;
      for (int i = 0, n = f.slots; i < n; i++) {
        if (f.names[i].equals("id") && out.resourceType == null) {
          out.elementId = elementId(f, i, where);
          continue;
        }
        merge(f, i, out.resourceType != null ? out.resourceType : currentType, children, where);
      }
      checkChildren(children.size(), where);
      out.children = FhirNode.Kids.copyOf(children);
      f.release();
      return out;
    }

    /** The JSON pointer of a property of the object at {@code parent}, and an item index. */
    private String at(JsonStreamContext parent, String name, int index) {
      String base = pointer(parent);
      String p = (base.equals("/") ? "" : base) + "/" + name;
      return index < 0 ? p : p + "/" + index;
    }

    private String elementId(Frame f, int slot, JsonStreamContext where) {
      int from = f.from[slot];
      if ((f.flags[slot] & (EXT_SEEN | VALUE_ARRAY)) != 0
          || from < 0
          || f.to[slot] - from != 1
          || !(f.values[from] instanceof String)
          || f.kinds[from] != ValueKind.STRING) {
        throw new KoineParseException(
            location(at(where, f.names[slot], -1)), "an element id must be a single string");
      }
      return (String) f.values[from];
    }

    private void readValuePart(
        Frame f, int slot, String name, JsonToken v, FhirStructure.Child info, int depth)
        throws IOException {
      if (v == JsonToken.VALUE_NULL) {
        return;
      }
      if (info != null && info.array() != (v == JsonToken.START_ARRAY)) {
        // FHIR JSON writes a repeating element as an array, always, and a single one never
        if (issues == null) {
          issues = new ArrayList<>();
        }
        issues.add(
            Issue.of(
                IssueCode.NORMALISED,
                pointer(p.getParsingContext()),
                info.array()
                    ? "a repeating element written as a single value: read as one item"
                    : "a single-valued element written as an array: read item by item"));
      }
      int from = f.valueCount;
      if (v == JsonToken.START_ARRAY) {
        f.flags[slot] |= VALUE_ARRAY;
        int count = 0;
        JsonToken it;
        while ((it = p.nextToken()) != JsonToken.END_ARRAY) {
          checkChildren(++count, p.getParsingContext());
          if (it == JsonToken.VALUE_NULL) {
            f.addValue(null, null);
          } else {
            readValue(f, name, it, info, depth, true);
          }
        }
        if (count == 0) {
          return;
        }
      } else {
        readValue(f, name, v, info, depth, false);
      }
      f.from[slot] = from;
      f.to[slot] = f.valueCount;
    }

    /** Reads one value item into the frame: a node for an object, else the scalar's text. */
    private void readValue(
        Frame f, String name, JsonToken v, FhirStructure.Child info, int depth, boolean array)
        throws IOException {
      switch (v) {
        case START_OBJECT:
          {
            ObjectContent c = readObject(info == null ? null : info.type(), depth + 1, false);
            f.addValue(newNode(name, c.resourceType, null, null, null, c, array), null);
            return;
          }
        case VALUE_STRING:
          {
            checkDepth(depth + 1);
            String t = text();
            if (t.isEmpty() || ("id".equals(name) && !Names.isId(t))) {
              suspect = true;
            }
            if (!stu3Urls && ("url".equals(name) || "profile".equals(name))) {
              stu3Urls = FhirStructure.isStu3Url(t);
            }
            f.addValue(t, ValueKind.STRING);
            return;
          }
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          checkDepth(depth + 1);
          f.addValue(text(), ValueKind.NUMBER);
          return;
        case VALUE_TRUE:
          checkDepth(depth + 1);
          f.addValue("true", ValueKind.BOOLEAN);
          return;
        case VALUE_FALSE:
          checkDepth(depth + 1);
          f.addValue("false", ValueKind.BOOLEAN);
          return;
        case START_ARRAY:
          throw error(pointer(p.getParsingContext()), "nested arrays are not FHIR JSON");
        default:
          throw error(pointer(p.getParsingContext()), "unexpected JSON token");
      }
    }

    private void readExtPart(Frame f, int slot, JsonToken v, FhirStructure.Child info, int depth)
        throws IOException {
      String type = info == null ? null : info.type();
      if (v == JsonToken.VALUE_NULL) {
        return;
      }
      if (v == JsonToken.START_ARRAY) {
        f.flags[slot] |= EXT_ARRAY;
        List<Ext> items = new ArrayList<>();
        JsonToken it;
        while ((it = p.nextToken()) != JsonToken.END_ARRAY) {
          checkChildren(items.size() + 1, p.getParsingContext());
          if (it == JsonToken.VALUE_NULL) {
            items.add(null);
          } else if (it == JsonToken.START_OBJECT) {
            ObjectContent c = readObject(type, depth + 1, true);
            items.add(new Ext(c.elementId, c.children));
          } else {
            throw error(pointer(p.getParsingContext()), "a _ item must be an object or null");
          }
        }
        f.exts[slot] = items.isEmpty() ? null : items;
      } else if (v == JsonToken.START_OBJECT) {
        ObjectContent c = readObject(type, depth + 1, true);
        f.exts[slot] = List.of(new Ext(c.elementId, c.children));
      } else {
        throw error(pointer(p.getParsingContext()), "a _ property must be an object or an array");
      }
    }

    /** Combines {@code x} and {@code _x} into nodes. */
    private void merge(
        Frame f, int slot, String parentType, List<FhirNode> out, JsonStreamContext where) {
      int from = f.from[slot];
      @SuppressWarnings("unchecked")
      List<Ext> exts = (List<Ext>) f.exts[slot];
      if (from < 0 && exts == null) {
        return;
      }
      String name = f.names[slot];
      byte flags = f.flags[slot];
      boolean valueArray = (flags & VALUE_ARRAY) != 0;
      boolean extArray = (flags & EXT_ARRAY) != 0;
      boolean array = valueArray || extArray;
      int valueCount = from < 0 ? 0 : f.to[slot] - from;
      if (from >= 0 && exts != null) {
        if (valueArray != extArray) {
          throw new KoineParseException(
              location(at(where, name, -1)),
              "the property and its _ sibling must both be arrays or neither");
        }
        if (valueCount != exts.size()) {
          throw new KoineParseException(
              location(at(where, name, -1)),
              "the property and its _ sibling have different lengths");
        }
      }
      int n = from >= 0 ? valueCount : exts.size();
      ValueKind defaultKind = null;
      for (int i = 0; i < n; i++) {
        Object v = from < 0 ? null : f.values[from + i];
        Ext e = exts == null ? null : exts.get(i);
        int itemIndex = array ? i : -1;
        if (v instanceof FhirNode node) {
          if (e != null) {
            throw new KoineParseException(
                location(at(where, name, itemIndex)),
                "a _ sibling is only allowed for primitive values");
          }
          out.add(node);
          continue;
        }
        String text = (String) v;
        if (text == null && e == null) {
          throw new KoineParseException(
              location(at(where, name, itemIndex)),
              "null item with no counterpart in the _ sibling");
        }
        ValueKind kind;
        if (text != null) {
          kind = f.kinds[from + i];
        } else {
          if (defaultKind == null) {
            ValueKind k = structure.primitiveKind(parentType, name);
            defaultKind = k == null ? ValueKind.STRING : k;
          }
          kind = defaultKind;
        }
        out.add(newNode(name, null, text, kind, null, e == null ? null : extContent(e), array));
      }
    }

    private ObjectContent extContent(Ext e) {
      ObjectContent c = new ObjectContent();
      c.elementId = e.id;
      c.children = e.children;
      return c;
    }
  }
}
