package org.factquiz.export;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A UTF-8 XML document written with the JDK's StAX writer: escaping of text and attributes is the
 * writer's, characters XML 1.0 forbids are dropped, and CDATA sections are split around "]]>".
 */
final class XmlOut {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  // a buffered Writer: the JDK writer's own UTF-8 stream path writes byte by byte
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
  private final Writer text = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 8192);
  private final XMLStreamWriter w;

  XmlOut() {
    try {
      w = FACTORY.createXMLStreamWriter(text);
      w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      w.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new ExportException("cannot start an XML document", e);
    }
  }

  /** Starts the root element in {@code namespace} (null for none). */
  XmlOut root(String name, String namespace) {
    start(name);
    if (namespace != null) {
      call(() -> w.writeDefaultNamespace(namespace));
    }
    return this;
  }

  XmlOut namespace(String prefix, String uri) {
    call(() -> w.writeNamespace(prefix, uri));
    return this;
  }

  XmlOut start(String name) {
    call(() -> w.writeStartElement(name));
    return this;
  }

  XmlOut attr(String name, String value) {
    call(() -> w.writeAttribute(name, clean(value)));
    return this;
  }

  /** An attribute in a bound namespace, e.g. xsi:schemaLocation or xml:lang. */
  XmlOut attr(String prefix, String uri, String name, String value) {
    call(() -> w.writeAttribute(prefix, uri, name, clean(value)));
    return this;
  }

  XmlOut text(String text) {
    call(() -> w.writeCharacters(clean(text)));
    return this;
  }

  /** Text in CDATA sections; "]]>" is split across two sections so the text survives intact. */
  XmlOut cdata(String text) {
    String t = clean(text);
    int from = 0;
    int at;
    while ((at = t.indexOf("]]>", from)) >= 0) {
      String part = t.substring(from, at + 2);
      call(() -> w.writeCData(part));
      from = at + 2;
    }
    String rest = t.substring(from);
    call(() -> w.writeCData(rest));
    return this;
  }

  XmlOut end() {
    call(w::writeEndElement);
    return this;
  }

  /** {@code <name>text</name>}. */
  XmlOut element(String name, String text) {
    return start(name).text(text).end();
  }

  XmlOut empty(String name) {
    call(() -> w.writeEmptyElement(name));
    return this;
  }

  /** An XML comment; "--" (not allowed inside comments) becomes "- -". */
  XmlOut comment(String text) {
    String safe = clean(text).replace("--", "- -");
    call(() -> w.writeComment(safe.endsWith("-") ? safe + " " : safe));
    return this;
  }

  XmlOut newline() {
    return text("\n");
  }

  byte[] finish() {
    call(() -> {
      w.writeEndDocument();
      w.writeCharacters("\n");
      w.close();
    });
    try {
      text.flush();
    } catch (IOException e) {
      throw new ExportException("cannot write XML", e);
    }
    return bytes.toByteArray();
  }

  /** Drops characters XML 1.0 cannot carry (C0 controls other than tab, CR, LF; lone surrogates kept by the writer). */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
      if (bad && out == null) {
        out = new StringBuilder(s.substring(0, i));
      } else if (!bad && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private interface XmlCall {
    void run() throws XMLStreamException;
  }

  private static void call(XmlCall call) {
    try {
      call.run();
    } catch (XMLStreamException e) {
      throw new ExportException("cannot write XML: " + e.getMessage(), e);
    }
  }
}
