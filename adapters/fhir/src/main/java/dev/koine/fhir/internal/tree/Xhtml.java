package dev.koine.fhir.internal.tree;

import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import dev.koine.fhir.Limits;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The narrative {@code div} as text. In FHIR XML it is a nested XHTML element; in the tree (and in
 * FHIR JSON) it is a string. Both directions go through one canonical serialisation, so that
 * reading, writing and reading again gives the same string: the div always declares the XHTML
 * namespace; elements and attributes keep their order, prefixes and text; an empty element is
 * written {@code <p></p>}, except HTML void elements ({@code <br/>}), so that browsers render the
 * narrative as written; comments are kept, processing instructions dropped; elements in no
 * namespace or (by mistake) in the FHIR namespace are taken as XHTML.
 */
final class Xhtml {
  /** HTML void elements: the only ones written in the short form {@code <br/>}. */
  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
          "source", "track", "wbr");

  private Xhtml() {}

  /** Where a reader is, for errors and limits. */
  interface Locator {
    String location();
  }

  /**
   * Serialises the element at the reader's current START_ELEMENT with its content, leaving the
   * reader on the matching END_ELEMENT. {@code depth} is the element depth of the div itself.
   */
  static String capture(XMLStreamReader r, int depth, Limits limits, Locator where)
      throws XMLStreamException {
    StringBuilder out = new StringBuilder(256);
    emit(r, out, depth, limits, where);
    return out.toString();
  }

  /**
   * The canonical form of a div string (what an XML write and read gives back), or the string
   * itself when it is not well-formed XHTML.
   */
  static String canonical(String xhtml, Limits limits) {
    StringBuilder out = new StringBuilder(xhtml.length() + 16);
    try {
      write(xhtml, out, limits, "");
      return out.toString();
    } catch (KoineParseException e) {
      return xhtml;
    }
  }

  /** Appends the canonical XML of a div string, or throws if it is not well-formed XHTML. */
  static void write(String xhtml, StringBuilder out, Limits limits, String path) {
    XMLStreamReader r = null;
    try {
      r = Xml.factory().createXMLStreamReader(new StringReader(xhtml));
      int e = r.next();
      while (e != XMLStreamConstants.START_ELEMENT) {
        if (e == XMLStreamConstants.DTD
            || e == XMLStreamConstants.ENTITY_REFERENCE
            || (e == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace())) {
          throw new KoineParseException(path, "the narrative div is not an XHTML element");
        }
        e = r.next();
      }
      if (!"div".equals(r.getLocalName())) {
        throw new KoineParseException(path, "the narrative is not an XHTML div");
      }
      emit(r, out, 1, limits, () -> path);
      while (r.hasNext()) {
        e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT
            || (e == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace())) {
          throw new KoineParseException(path, "content after the narrative div");
        }
      }
    } catch (XMLStreamException ex) {
      throw new KoineParseException(path, "the narrative div is not well-formed XHTML", ex);
    } finally {
      close(r);
    }
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing to release
      }
    }
  }

  private static void emit(
      XMLStreamReader r, StringBuilder out, int depth, Limits limits, Locator where)
      throws XMLStreamException {
    Deque<String> defaults = new ArrayDeque<>();
    int level = 0;
    boolean open = false;
    int e = XMLStreamConstants.START_ELEMENT;
    while (true) {
      switch (e) {
        case XMLStreamConstants.START_ELEMENT:
          {
            if (open) {
              out.append('>');
            }
            level++;
            if (depth + level - 1 > limits.maxDepth()) {
              throw new LimitExceededException(
                  where.location(), "Limits.maxDepth", limits.maxDepth(), depth + level - 1L);
            }
            String ns = r.getNamespaceURI();
            String prefix = r.getPrefix();
            boolean prefixed = prefix != null && !prefix.isEmpty();
            if (ns == null || ns.isEmpty() || ns.equals(Xml.FHIR_NS)) {
              ns = Xml.XHTML_NS;
            }
            out.append('<');
            if (prefixed) {
              out.append(prefix).append(':');
            }
            out.append(r.getLocalName());
            String current = defaults.peek();
            if (prefixed) {
              declare(out, prefix, ns);
              defaults.push(current == null ? Xml.XHTML_NS : current);
            } else {
              if (current == null || !current.equals(ns)) {
                out.append(" xmlns=\"");
                Xml.escapeAttribute(ns, out);
                out.append('"');
              }
              defaults.push(ns);
            }
            Set<String> declared = new HashSet<>();
            if (prefixed) {
              declared.add(prefix);
            }
            StringBuilder attributes = new StringBuilder();
            for (int i = 0; i < r.getAttributeCount(); i++) {
              String ans = r.getAttributeNamespace(i);
              String local = r.getAttributeLocalName(i);
              attributes.append(' ');
              if (ans == null || ans.isEmpty()) {
                attributes.append(local);
              } else if (ans.equals(Xml.XML_NS)) {
                attributes.append("xml:").append(local);
              } else {
                String apfx = r.getAttributePrefix(i);
                if (apfx == null || apfx.isEmpty()) {
                  apfx = "ns" + i;
                }
                if (declared.add(apfx)) {
                  declare(out, apfx, ans);
                }
                attributes.append(apfx).append(':').append(local);
              }
              attributes.append("=\"");
              Xml.escapeAttribute(r.getAttributeValue(i), attributes);
              attributes.append('"');
            }
            out.append(attributes);
            open = true;
            break;
          }
        case XMLStreamConstants.END_ELEMENT:
          {
            String prefix = r.getPrefix();
            boolean prefixed = prefix != null && !prefix.isEmpty();
            if (open && !prefixed && VOID.contains(r.getLocalName())) {
              out.append("/>");
            } else {
              out.append(open ? "></" : "</");
              if (prefixed) {
                out.append(prefix).append(':');
              }
              out.append(r.getLocalName()).append('>');
            }
            open = false;
            defaults.pop();
            level--;
            if (level == 0) {
              return;
            }
            break;
          }
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (open) {
            out.append('>');
            open = false;
          }
          Xml.escapeText(r.getText(), out);
          break;
        case XMLStreamConstants.COMMENT:
          if (open) {
            out.append('>');
            open = false;
          }
          out.append("<!--").append(r.getText()).append("-->");
          break;
        case XMLStreamConstants.PROCESSING_INSTRUCTION:
          break;
        default:
          throw new KoineParseException(where.location(), "unexpected content in the narrative");
      }
      if (out.length() > limits.maxStringLength()) {
        throw new LimitExceededException(
            where.location(), "Limits.maxStringLength", limits.maxStringLength(), out.length());
      }
      e = r.next();
    }
  }

  private static void declare(StringBuilder out, String prefix, String ns) {
    out.append(" xmlns:").append(prefix).append("=\"");
    Xml.escapeAttribute(ns, out);
    out.append('"');
  }
}
