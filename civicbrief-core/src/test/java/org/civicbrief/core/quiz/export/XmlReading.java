package org.civicbrief.core.quiz.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses what the exporters write, the way an importer would, and queries it with XPath. */
final class XmlReading {

  private final Document doc;
  private final XPath xpath;

  private XmlReading(Document doc, Map<String, String> prefixes) {
    this.doc = doc;
    this.xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(
        new NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            return prefixes.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
          }

          @Override
          public String getPrefix(String uri) {
            return null;
          }

          @Override
          public Iterator<String> getPrefixes(String uri) {
            return List.<String>of().iterator();
          }
        });
  }

  /**
   * Parses {@code bytes} namespace-aware, CDATA merged into text, refusing DOCTYPEs; fails the test
   * when the XML is not well-formed.
   */
  static XmlReading parse(byte[] bytes, Map<String, String> prefixes) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setCoalescing(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      return new XmlReading(builder.parse(new ByteArrayInputStream(bytes)), prefixes);
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  Document document() {
    return doc;
  }

  String string(String expression) {
    try {
      return (String) xpath.evaluate(expression, doc, XPathConstants.STRING);
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  double number(String expression) {
    try {
      return (Double) xpath.evaluate(expression, doc, XPathConstants.NUMBER);
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  List<String> strings(String expression) {
    try {
      NodeList nodes = (NodeList) xpath.evaluate(expression, doc, XPathConstants.NODESET);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Node n = nodes.item(i);
        out.add(n.getTextContent());
      }
      return out;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  /** The files of a ZIP by path, in the order they are stored. */
  static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (files.put(e.getName(), in.readAllBytes()) != null) {
          throw new AssertionError("two entries named " + e.getName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Undoes the five HTML escapes, for comparing an HTML fragment's text with the original. */
  static String unescapeHtml(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
