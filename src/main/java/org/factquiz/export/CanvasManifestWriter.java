package org.factquiz.export;

import java.util.List;

/** The {@code imsmanifest.xml} of a Canvas QTI package: the quiz resource and its Canvas metadata. */
final class CanvasManifestWriter {
  private static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
  private final String quizId;

  CanvasManifestWriter(String quizId) {
    this.quizId = quizId;
  }

  byte[] write(List<String> report) {
    XmlOut x = new XmlOut();
    x.comment(" factquiz export report\n" + String.join("\n", report) + "\n");
    x.newline();
    x.root("manifest", CP_NS).namespace("xsi", QtiDialect.XSI)
        .attr("xsi", QtiDialect.XSI, "schemaLocation", CP_NS + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd")
        .attr("identifier", "MANIFEST-" + quizId).newline();
    x.start("metadata").element("schema", "IMS Content").element("schemaversion", "1.1.3").end();
    x.empty("organizations").newline();
    x.start("resources").newline();
    String quizHref = quizId + "/" + quizId + ".xml";
    String metaHref = quizId + "/assessment_meta.xml";
    x.start("resource").attr("identifier", quizId).attr("type", "imsqti_xmlv1p2").attr("href", quizHref);
    x.empty("file").attr("href", quizHref);
    x.empty("dependency").attr("identifierref", quizId + "-meta");
    x.end().newline();
    x.start("resource").attr("identifier", quizId + "-meta")
        .attr("type", "associatedcontent/imscc_xmlv1p1/learning-application-resource").attr("href", metaHref);
    x.empty("file").attr("href", metaHref);
    x.end().newline();
    x.end().end();
    return x.finish();
  }
}
