package dev.koine.fhir.internal.tree;

import javax.xml.stream.XMLInputFactory;

/** XML constants, the hardened StAX factory and escaping shared by the XML reader and writer. */
final class Xml {
  /** The FHIR namespace. */
  static final String FHIR_NS = "http://hl7.org/fhir";

  /** The XHTML namespace of the narrative div. */
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  /** The XML namespace (for {@code xml:lang} and the like). */
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  /** The XML Schema instance namespace ({@code xsi:schemaLocation} is ignored). */
  static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  private static final XMLInputFactory FACTORY = newFactory();

  private Xml() {}

  /**
   * The JDK's own StAX implementation (not whatever is on the class path), namespace-aware, with
   * DTDs and external entities refused and text coalesced. The readers also refuse any DTD event
   * explicitly, so entity expansion (billion laughs) and XXE cannot happen.
   */
  static XMLInputFactory factory() {
    return FACTORY;
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new javax.xml.stream.XMLStreamException("external entities are not allowed");
        });
    return f;
  }

  /** Whether every character can be written in XML 1.0. */
  static boolean isXmlText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return false;
        }
      } else if (c == 0xFFFE || c == 0xFFFF) {
        return false;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Appends text content, escaped ({@code & < >} and a CR, which XML would otherwise drop). */
  static void escapeText(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '\r':
          out.append("&#13;");
          break;
        default:
          out.append(c);
      }
    }
  }

  /** Appends an attribute value for double quotes, keeping tabs and line breaks exact. */
  static void escapeAttribute(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\t':
          out.append("&#9;");
          break;
        case '\n':
          out.append("&#10;");
          break;
        case '\r':
          out.append("&#13;");
          break;
        default:
          out.append(c);
      }
    }
  }
}
