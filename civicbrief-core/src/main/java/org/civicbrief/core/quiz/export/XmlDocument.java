package org.civicbrief.core.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An XML document built element by element in one namespace and written as indented UTF-8. Building
 * a tree and writing it with the JDK's stream writer, rather than printing strings, leaves escaping
 * to the JDK, so no text from an article can break the markup.
 */
final class XmlDocument {

  static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

  private final Document doc;
  private final String namespace;

  private XmlDocument(Document doc, String namespace) {
    this.doc = doc;
    this.namespace = namespace;
  }

  /**
   * A document whose root is {@code root} in {@code namespace} (empty for none), with {@code
   * schemaLocation} as its {@code xsi:schemaLocation} unless that is empty.
   */
  static XmlDocument create(String namespace, String root, String schemaLocation) {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      doc = f.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK cannot make an empty XML document", e);
    }
    XmlDocument x = new XmlDocument(doc, namespace.isEmpty() ? null : namespace);
    Element r = doc.createElementNS(x.namespace, root);
    doc.appendChild(r);
    if (!namespace.isEmpty()) {
      r.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", namespace);
    }
    if (!schemaLocation.isEmpty()) {
      r.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
      r.setAttributeNS(XSI, "xsi:schemaLocation", schemaLocation);
    }
    return x;
  }

  Element root() {
    return doc.getDocumentElement();
  }

  /** A new child of {@code parent}. */
  Element add(Element parent, String name) {
    Element e = doc.createElementNS(namespace, name);
    parent.appendChild(e);
    return e;
  }

  /** A new child of {@code parent} holding {@code text}. */
  Element addText(Element parent, String name, String text) {
    Element e = add(parent, name);
    e.appendChild(doc.createTextNode(PlainText.line(text)));
    return e;
  }

  /** A new child of {@code parent} with attributes given as name, value, name, value... */
  Element addWith(Element parent, String name, String... attributes) {
    Element e = add(parent, name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      e.setAttribute(attributes[i], PlainText.line(attributes[i + 1]));
    }
    return e;
  }

  /** Appends {@code text} to {@code parent}'s content as it is: pass constants or cleaned text. */
  void appendText(Element parent, String text) {
    parent.appendChild(doc.createTextNode(text));
  }

  /**
   * Appends an HTML fragment as a CDATA section, as Moodle writes its own. Fragments are built from
   * escaped text and hold no {@code ]]>}; should one ever, it goes in as escaped text, which reads
   * the same.
   */
  void cdata(Element parent, String html) {
    parent.appendChild(
        html.contains("]]>") ? doc.createTextNode(html) : doc.createCDATASection(html));
  }

  void comment(Element parent, String text) {
    // "--" may not occur in a comment.
    parent.appendChild(doc.createComment(" " + PlainText.line(text).replace("--", "- -") + " "));
  }

  /**
   * Writes the document to {@code out}, which stays open: UTF-8, two-space indentation where an
   * element holds only elements, and none inside text, where it would change what a reader sees.
   */
  void writeTo(OutputStream out) throws IOException {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      write(w, root(), 0);
      w.writeCharacters("\n");
      w.writeEndDocument();
      // A stream writer's close leaves the underlying stream open.
      w.close();
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot write the XML document", e);
    }
  }

  private static void write(XMLStreamWriter w, Node node, int depth) throws XMLStreamException {
    switch (node.getNodeType()) {
      case Node.ELEMENT_NODE -> element(w, (Element) node, depth);
      case Node.CDATA_SECTION_NODE -> w.writeCData(node.getNodeValue());
      case Node.COMMENT_NODE -> w.writeComment(node.getNodeValue());
      default -> w.writeCharacters(node.getNodeValue());
    }
  }

  private static void element(XMLStreamWriter w, Element e, int depth) throws XMLStreamException {
    NodeList children = e.getChildNodes();
    if (children.getLength() == 0) {
      w.writeEmptyElement(e.getTagName());
    } else {
      w.writeStartElement(e.getTagName());
    }
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
        if (a.getPrefix() == null) {
          w.writeDefaultNamespace(a.getValue());
        } else {
          w.writeNamespace(a.getLocalName(), a.getValue());
        }
      } else if (a.getPrefix() != null) {
        w.writeAttribute(a.getPrefix(), a.getNamespaceURI(), a.getLocalName(), a.getValue());
      } else {
        w.writeAttribute(a.getName(), a.getValue());
      }
    }
    if (children.getLength() == 0) {
      return;
    }
    boolean elementsOnly = true;
    for (int i = 0; i < children.getLength(); i++) {
      short type = children.item(i).getNodeType();
      elementsOnly &= type == Node.ELEMENT_NODE || type == Node.COMMENT_NODE;
    }
    for (int i = 0; i < children.getLength(); i++) {
      if (elementsOnly) {
        w.writeCharacters("\n" + "  ".repeat(depth + 1));
      }
      write(w, children.item(i), depth + 1);
    }
    if (elementsOnly) {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }
    w.writeEndElement();
  }
}
