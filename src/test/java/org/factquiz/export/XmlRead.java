package org.factquiz.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads exported XML back with the JDK's DOM parser, namespace-aware, by local names. */
final class XmlRead {
  private XmlRead() {}

  static Element parse(byte[] xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
      return doc.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Every descendant element with this local name, in document order. */
  static List<Element> all(Element root, String localName) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = root.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** The direct child elements with this local name. */
  static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(localName)) {
        out.add(e);
      }
    }
    return out;
  }

  static List<String> texts(List<Element> elements) {
    return elements.stream().map(e -> e.getTextContent().strip()).toList();
  }
}
