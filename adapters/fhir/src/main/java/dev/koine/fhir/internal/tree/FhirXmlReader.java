package dev.koine.fhir.internal.tree;

import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import dev.koine.fhir.Limits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads FHIR XML into a {@link FhirTree} with the JDK's StAX parser: DTDs refused (so no entity
 * expansion and no external entities), {@code value}, {@code id} and {@code url} attributes,
 * resource wrapper elements ({@code <resource><Patient>...}), and the XHTML narrative {@code div}
 * captured as text (see {@link Xhtml}). Comments and {@code xsi:} attributes are not content and
 * are dropped.
 *
 * <p>XML does not say whether a lone element is an array item or whether a value is a number, so
 * the reader asks {@link FhirStructure}: the tree it builds equals the one the JSON reader builds
 * for the same content. Unknown elements are kept (an array when they repeat).
 *
 * <p>XML whose root element is in no namespace is read as FHIR and noted in {@link
 * FhirTree#issues()} ({@link IssueCode#NORMALISED}); some published STU3 snippets lack the
 * namespace. Any other namespace is refused.
 *
 * <p>Malformed, truncated or non-FHIR input throws {@link KoineParseException} located by an
 * XPath-like path and line/column (never a value); a broken limit throws {@link
 * LimitExceededException} naming the setting. Immutable and thread-safe.
 */
public final class FhirXmlReader {
  private final FhirStructure structure;
  private final Limits limits;

  /** A reader for one FHIR version and limits. */
  public FhirXmlReader(FhirStructure structure, Limits limits) {
    this.structure = Checks.notNull(structure, "structure");
    this.limits = Checks.notNull(limits, "limits");
  }

  /** Reads one resource from XML bytes (encoding from the XML declaration, UTF-8 by default). */
  public FhirTree read(byte[] xml) {
    Checks.notNull(xml, "xml");
    Inputs.checkSize(xml.length, limits);
    XMLStreamReader r;
    try {
      r = Xml.factory().createXMLStreamReader(new ByteArrayInputStream(xml));
    } catch (XMLStreamException e) {
      throw new KoineParseException("", "malformed XML", e);
    }
    Parse parse = new Parse(r);
    try {
      return parse.root();
    } catch (XMLStreamException e) {
      Location loc = e.getLocation();
      String where = parse.xpath();
      throw new KoineParseException(
          loc == null ? where : Inputs.located(where, loc.getLineNumber(), loc.getColumnNumber()),
          "malformed XML",
          e);
    } catch (RuntimeException e) {
      if (e instanceof KoineParseException) {
        throw e;
      }
      // the JDK parser reports some malformed input as unchecked exceptions
      throw new KoineParseException(parse.location(), "malformed XML", e);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing to release
      }
    }
  }

  /** Reads one resource from an XML string. */
  public FhirTree read(String xml) {
    return read(Checks.notNull(xml, "xml").getBytes(StandardCharsets.UTF_8));
  }

  /** Reads one resource from a stream (read fully, not closed). */
  public FhirTree read(InputStream xml) {
    return read(Inputs.readAll(Checks.notNull(xml, "xml"), limits));
  }

  /**
   * How many times each element name was seen among one element's children: a scan over a few names
   * (StAX hands out the same name instances), a map past {@link #SCAN} names.
   */
  private static final class NameCounts {
    private static final int SCAN = 12;
    private String[] names = new String[4];
    private int[] counts = new int[4];
    private int size;
    private Map<String, int[]> index;

    /** Counts one more {@code name} and returns its count. */
    int increment(String name) {
      if (index != null) {
        int[] c = index.computeIfAbsent(name, k -> new int[1]);
        return ++c[0];
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return ++counts[i];
        }
      }
      if (size == SCAN) {
        index = new HashMap<>();
        for (int i = 0; i < size; i++) {
          index.put(names[i], new int[] {counts[i]});
        }
        index.put(name, new int[] {1});
        return 1;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      names[size] = name;
      counts[size] = 1;
      size++;
      return 1;
    }
  }

  /** One parse. Not thread-safe, used once. */
  private final class Parse {
    private final XMLStreamReader r;
    private final List<Issue> issues = new ArrayList<>(0);
    private boolean noNamespace;
    private int ordinal;
    private String[] pathNames = new String[16];
    private int[] pathIndex = new int[16];
    private int pathDepth;

    Parse(XMLStreamReader r) {
      this.r = r;
    }

    FhirTree root() throws XMLStreamException {
      int e = r.next();
      while (e != XMLStreamConstants.START_ELEMENT) {
        checkProlog(e);
        if (e == XMLStreamConstants.END_DOCUMENT) {
          throw new KoineParseException("", "empty input: expected a FHIR XML resource");
        }
        e = r.next();
      }
      String ns = r.getNamespaceURI();
      String local = r.getLocalName();
      push(local, 1);
      if (ns == null || ns.isEmpty()) {
        noNamespace = true;
        issues.add(
            Issue.of(
                IssueCode.NORMALISED,
                Names.isResourceType(local) ? local : "",
                "XML without the FHIR namespace " + Xml.FHIR_NS + " was read as FHIR"));
      } else if (!ns.equals(Xml.FHIR_NS)) {
        throw error("the root element is not in the FHIR namespace");
      }
      if (!Names.isResourceType(local)) {
        throw error("the root element is not a FHIR resource");
      }
      FhirNode root = readResource(local, local, 1, false);
      pop();
      while (r.hasNext()) {
        checkProlog(r.next());
      }
      return new FhirTree(root, ordinal, issues);
    }

    private void checkProlog(int e) {
      switch (e) {
        case XMLStreamConstants.DTD:
          throw error("a DTD is not allowed in FHIR XML");
        case XMLStreamConstants.ENTITY_REFERENCE:
        case XMLStreamConstants.ENTITY_DECLARATION:
          throw error("entities are not allowed in FHIR XML");
        case XMLStreamConstants.CHARACTERS:
          if (!r.isWhiteSpace()) {
            throw error("text outside the resource");
          }
          break;
        default:
          break;
      }
    }

    // ------------------------------------------------------------ locations

    private void push(String local, int index) {
      if (pathDepth == pathNames.length) {
        pathNames = Arrays.copyOf(pathNames, pathDepth * 2);
        pathIndex = Arrays.copyOf(pathIndex, pathDepth * 2);
      }
      pathNames[pathDepth] = local;
      pathIndex[pathDepth] = index;
      pathDepth++;
    }

    private void pop() {
      pathDepth--;
    }

    /** {@code /Bundle/entry[2]/resource/Patient}: 1-based indexes among same-named siblings. */
    String xpath() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < pathDepth; i++) {
        String name = pathNames[i];
        sb.append('/').append(Names.isElementName(name) ? name : "<invalid-name>");
        if (pathIndex[i] > 1) {
          sb.append('[').append(pathIndex[i]).append(']');
        }
      }
      return sb.toString();
    }

    String location() {
      Location loc = r.getLocation();
      return loc == null
          ? xpath()
          : Inputs.located(xpath(), loc.getLineNumber(), loc.getColumnNumber());
    }

    private KoineParseException error(String reason) {
      return new KoineParseException(location(), reason);
    }

    // ------------------------------------------------------------ content

    private boolean inFhirNamespace(String ns) {
      if (noNamespace) {
        return ns == null || ns.isEmpty();
      }
      return Xml.FHIR_NS.equals(ns);
    }

    private void checkDepth(int depth) {
      if (depth > limits.maxDepth()) {
        throw new LimitExceededException(location(), "Limits.maxDepth", limits.maxDepth(), depth);
      }
    }

    private FhirNode newNode(
        String name,
        String resourceType,
        String value,
        ValueKind kind,
        String elementId,
        List<FhirNode> children,
        boolean array) {
      if (ordinal >= limits.maxNodes()) {
        throw new LimitExceededException(
            location(), "Limits.maxNodes", limits.maxNodes(), ordinal + 1L);
      }
      return new FhirNode(
          name,
          resourceType,
          value,
          kind,
          elementId,
          FhirNode.Kids.copyOf(children),
          array,
          ordinal++);
    }

    private String attribute(int i) {
      String v = r.getAttributeValue(i);
      if (v.length() > limits.maxStringLength()) {
        throw new LimitExceededException(
            location(), "Limits.maxStringLength", limits.maxStringLength(), v.length());
      }
      return v;
    }

    /** Reads the resource element at the current START_ELEMENT into a node named {@code name}. */
    private FhirNode readResource(String name, String resourceType, int depth, boolean array)
        throws XMLStreamException {
      checkDepth(depth);
      for (int i = 0; i < r.getAttributeCount(); i++) {
        if (!Xml.XSI_NS.equals(r.getAttributeNamespace(i))) {
          throw error("attributes are not allowed on a resource element");
        }
      }
      List<FhirNode> children = readChildren(resourceType, depth, null);
      return newNode(name, resourceType, null, null, null, children, array);
    }

    /**
     * Reads the element at the current START_ELEMENT: a primitive, a complex element or a resource
     * wrapper.
     */
    private FhirNode readElement(String name, FhirStructure.Child info, int depth, boolean array)
        throws XMLStreamException {
      checkDepth(depth);
      String value = null;
      String id = null;
      FhirNode url = null;
      for (int i = 0; i < r.getAttributeCount(); i++) {
        String ans = r.getAttributeNamespace(i);
        if (ans != null && !ans.isEmpty()) {
          if (Xml.XSI_NS.equals(ans)) {
            continue;
          }
          throw error("unexpected attribute in a namespace");
        }
        String local = r.getAttributeLocalName(i);
        switch (local) {
          case "value":
            value = attribute(i);
            break;
          case "id":
            id = attribute(i);
            break;
          case "url":
            checkDepth(depth + 1);
            url = newNode("url", null, attribute(i), ValueKind.STRING, null, List.of(), false);
            break;
          default:
            throw error("unexpected attribute");
        }
      }
      String type = info == null ? null : info.type();
      FhirNode[] wrapped = new FhirNode[1];
      boolean mayHoldResource = info == null || info.isResource();
      List<FhirNode> children =
          readChildren(
              type,
              depth,
              mayHoldResource ? () -> wrapResource(name, depth, array, wrapped) : null);
      if (wrapped[0] != null) {
        if (value != null || id != null || url != null || !children.isEmpty()) {
          throw error("a resource wrapper element has other content");
        }
        return wrapped[0];
      }
      if (url != null) {
        List<FhirNode> all = new ArrayList<>(children.size() + 1);
        all.add(url);
        all.addAll(children);
        children = all;
      }
      ValueKind kind = null;
      ValueKind declared = info == null ? null : info.kind();
      if (value != null) {
        kind = declared != null && declared.accepts(value) ? declared : ValueKind.STRING;
      } else if (declared != null) {
        kind = declared;
      }
      return newNode(name, null, value, kind, id, children, array);
    }

    /** Reads the resource inside a wrapper element; called at its START_ELEMENT. */
    private interface Wrapper {
      void read() throws XMLStreamException;
    }

    private void wrapResource(String name, int depth, boolean array, FhirNode[] wrapped)
        throws XMLStreamException {
      if (wrapped[0] != null) {
        throw error("a resource wrapper element holds more than one resource");
      }
      wrapped[0] = readResource(name, r.getLocalName(), depth, array);
    }

    /**
     * Reads child elements up to the END_ELEMENT of the current element. Where the element may hold
     * an inline resource ({@code wrapper} not null), a child whose name starts with an upper-case
     * letter is that resource; elsewhere it is an (invalid, but kept) element.
     */
    private List<FhirNode> readChildren(String type, int depth, Wrapper wrapper)
        throws XMLStreamException {
      List<FhirNode> children = new ArrayList<>();
      NameCounts counts = null;
      boolean unknownRepeats = false;
      while (true) {
        int e = r.next();
        switch (e) {
          case XMLStreamConstants.START_ELEMENT:
            {
              String ns = r.getNamespaceURI();
              String local = r.getLocalName();
              if (counts == null) {
                counts = new NameCounts();
              }
              int seen = counts.increment(local);
              push(local, seen);
              boolean resourceName = !local.isEmpty() && Character.isUpperCase(local.charAt(0));
              FhirStructure.Child info = structure.child(type, local);
              if (Xml.XHTML_NS.equals(ns)
                  || (info != null && info.isXhtml() && inFhirNamespace(ns))) {
                if (!local.equals("div")) {
                  throw error("unexpected XHTML element");
                }
                checkDepth(depth + 1);
                String div = Xhtml.capture(r, depth + 1, limits, this::location);
                boolean array = info != null && info.array();
                children.add(newNode(local, null, div, ValueKind.STRING, null, List.of(), array));
              } else if (!inFhirNamespace(ns)) {
                throw error("element not in the FHIR namespace");
              } else if (wrapper != null && resourceName && Names.isResourceType(local)) {
                wrapper.read();
              } else if (!Names.isElementName(local)) {
                throw error("not a FHIR element name");
              } else {
                boolean array = info != null && info.array();
                if (info == null && seen > 1) {
                  unknownRepeats = true;
                }
                children.add(readElement(local, info, depth + 1, array));
              }
              pop();
              if (children.size() > limits.maxChildren()) {
                throw new LimitExceededException(
                    location(), "Limits.maxChildren", limits.maxChildren(), children.size());
              }
              break;
            }
          case XMLStreamConstants.END_ELEMENT:
            return unknownRepeats ? markRepeats(children, type) : children;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (!r.isWhiteSpace()) {
              throw error("text content is not allowed in a FHIR element");
            }
            break;
          case XMLStreamConstants.COMMENT:
          case XMLStreamConstants.PROCESSING_INSTRUCTION:
            break;
          case XMLStreamConstants.END_DOCUMENT:
            throw error("truncated XML: unexpected end of input");
          default:
            checkProlog(e);
            throw error("unexpected XML content");
        }
      }
    }

    /** Unknown elements that repeat are array items, as they would be in JSON. */
    private List<FhirNode> markRepeats(List<FhirNode> children, String type) {
      Map<String, Integer> counts = new HashMap<>();
      for (FhirNode c : children) {
        counts.merge(c.name(), 1, Integer::sum);
      }
      List<FhirNode> out = new ArrayList<>(children.size());
      for (FhirNode c : children) {
        boolean repeats = counts.get(c.name()) > 1 && structure.child(type, c.name()) == null;
        out.add(repeats ? c.withArray(true) : c);
      }
      return out;
    }
  }
}
