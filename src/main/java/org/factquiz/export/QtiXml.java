package org.factquiz.export;

/** An XML document written with QTI 2.1 names that come out in the chosen dialect's names. */
final class QtiXml {
  final QtiDialect d;
  private final XmlOut x = new XmlOut();

  QtiXml(QtiDialect d) {
    this.d = d;
  }

  /** The root element with the QTI namespace, xsi:schemaLocation and xml:lang. */
  QtiXml root(String name) {
    x.root(d.element(name), d.namespace).namespace("xsi", QtiDialect.XSI);
    x.attr("xsi", QtiDialect.XSI, "schemaLocation", d.schemaLocation);
    return this;
  }

  QtiXml lang(String lang) {
    x.attr("xml", QtiDialect.XML, "lang", lang);
    return this;
  }

  QtiXml start(String name) {
    x.start(d.element(name));
    return this;
  }

  QtiXml attr(String name, String value) {
    x.attr(d.attribute(name), value);
    return this;
  }

  QtiXml text(String text) {
    x.text(text);
    return this;
  }

  QtiXml end() {
    x.end();
    return this;
  }

  QtiXml empty(String name) {
    x.empty(d.element(name));
    return this;
  }

  /** {@code <name>text</name>}. */
  QtiXml element(String name, String text) {
    return start(name).text(text).end();
  }

  /** {@code <baseValue baseType="type">value</baseValue>}. */
  QtiXml baseValue(String type, String value) {
    return start("baseValue").attr("baseType", type).text(value).end();
  }

  /** {@code <setOutcomeValue identifier="id">} with a float base value. */
  QtiXml setScore(String value) {
    return start("setOutcomeValue").attr("identifier", "SCORE").baseValue("float", value).end();
  }

  QtiXml newline() {
    x.newline();
    return this;
  }

  byte[] finish() {
    return x.finish();
  }
}
