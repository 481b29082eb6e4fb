package org.factquiz.export;

import java.util.List;
import java.util.function.UnaryOperator;

/** The {@code imsmanifest.xml} of a QTI package: the test resource and one resource per item. */
final class QtiManifestWriter {
  private final QtiDialect d;
  private final String setId;

  QtiManifestWriter(QtiDialect d, String setId) {
    this.d = d;
    this.setId = setId;
  }

  byte[] write(List<String> itemIds, UnaryOperator<String> href, List<String> report) {
    XmlOut x = new XmlOut();
    x.comment(" factquiz export report\n" + String.join("\n", report) + "\n");
    x.newline();
    x.root("manifest", d.manifestNamespace).namespace("xsi", QtiDialect.XSI)
        .attr("xsi", QtiDialect.XSI, "schemaLocation", d.manifestSchemaLocation)
        .attr("identifier", "MANIFEST-" + setId).newline();
    x.start("metadata").element("schema", d.packageSchema).element("schemaversion", d.packageSchemaVersion).end();
    x.empty("organizations").newline();
    x.start("resources").newline();
    x.start("resource").attr("identifier", "test-" + setId).attr("type", d.testType).attr("href", "test.xml");
    x.empty("file").attr("href", "test.xml");
    for (String id : itemIds) {
      x.empty("dependency").attr("identifierref", id);
    }
    x.end().newline();
    for (String id : itemIds) {
      x.start("resource").attr("identifier", id).attr("type", d.itemType).attr("href", href.apply(id));
      x.empty("file").attr("href", href.apply(id));
      x.end().newline();
    }
    x.end().end();
    return x.finish();
  }
}
