package dev.koine.terminology.internal;

import dev.koine.core.issue.KoineParseException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads FHIR XML into a {@link FhirNode} tree with the JDK's StAX parser. A document with a DTD is
 * refused outright and external entities are never resolved (no XXE). Elements outside the FHIR
 * namespace (the XHTML narrative) and the resource-level narrative and contained resources are
 * skipped; elements with no namespace are accepted (some published STU3 snippets lack it). Not API.
 */
public final class XmlTreeReader {
  private static final String FHIR_NS = "http://hl7.org/fhir";
  private static final int MAX_DEPTH = 100;
  private static final XMLInputFactory FACTORY = factory();

  private XmlTreeReader() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    } catch (IllegalArgumentException notSupported) {
      // the JDK parser supports it; another StAX implementation may not, and DTDs are refused
      // anyway
    }
    return f;
  }

  /**
   * Reads one resource.
   *
   * @param in the XML; not closed
   * @param source the file name for error locations
   * @throws KoineParseException if the XML is malformed or has a DTD
   */
  public static FhirNode read(InputStream in, String source) {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(in);
      FhirNode root = null;
      Deque<FhirNode> stack = new ArrayDeque<>();
      int skipDepth = 0;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD ->
              throw new KoineParseException(
                  at(source, r.getLocation()),
                  "a document type declaration (DTD) is not allowed in FHIR XML");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new KoineParseException(
                  at(source, r.getLocation()), "entity references are not allowed in FHIR XML");
          case XMLStreamConstants.START_ELEMENT -> {
            if (skipDepth > 0) {
              skipDepth++;
              continue;
            }
            String ns = r.getNamespaceURI();
            boolean fhir = ns == null || ns.isEmpty() || ns.equals(FHIR_NS);
            String name = r.getLocalName();
            Location loc = r.getLocation();
            if (root == null) {
              if (!fhir) {
                throw new KoineParseException(
                    at(source, loc), "expected a FHIR resource in namespace " + FHIR_NS);
              }
              root = FhirNode.xmlRoot(source, name, loc.getLineNumber(), loc.getColumnNumber());
              root.value(r.getAttributeValue(null, "value"));
              stack.push(root);
              continue;
            }
            if (!fhir || (stack.size() == 1 && (name.equals("text") || name.equals("contained")))) {
              skipDepth = 1;
              continue;
            }
            if (stack.size() >= MAX_DEPTH) {
              throw new KoineParseException(
                  at(source, loc), "elements nested deeper than " + MAX_DEPTH);
            }
            FhirNode node = stack.peek().add(name, -1, loc.getLineNumber(), loc.getColumnNumber());
            node.value(r.getAttributeValue(null, "value"));
            stack.push(node);
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (skipDepth > 0) {
              skipDepth--;
            } else {
              stack.pop();
            }
          }
          default -> {
            // text, comments, processing instructions: FHIR XML carries values in attributes
          }
        }
      }
      if (root == null) {
        throw new KoineParseException(source, "expected a FHIR resource element");
      }
      return root;
    } catch (XMLStreamException e) {
      Location loc = e.getLocation();
      String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
      int cut = message.indexOf("Message: ");
      throw new KoineParseException(
          loc == null ? source : at(source, loc),
          "malformed XML: " + (cut >= 0 ? message.substring(cut + 9) : message),
          e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond what close already did
        }
      }
    }
  }

  private static String at(String source, Location loc) {
    return source + ":" + loc.getLineNumber() + ":" + loc.getColumnNumber();
  }
}
