package org.factquiz.export;

import java.util.Set;

/**
 * The two QTI versions we write: QTI 2.1 names elements and attributes in camelCase, QTI 3.0
 * prefixes elements with "qti-" and uses kebab-case; namespaces and package types differ.
 */
enum QtiDialect {
  V21("http://www.imsglobal.org/xsd/imsqti_v2p1",
      "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd",
      "http://www.imsglobal.org/xsd/imscp_v1p1",
      "http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd",
      "QTIv2.1 Package", "1.0.0", "imsqti_item_xmlv2p1", "imsqti_test_xmlv2p1"),
  V30("http://www.imsglobal.org/xsd/imsqtiasi_v3p0",
      "http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd",
      "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1",
      "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd",
      "QTI Package", "3.0.0", "imsqti_item_xmlv3p0", "imsqti_test_xmlv3p0");

  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String XML = "http://www.w3.org/XML/1998/namespace";
  private static final Set<String> HTML = Set.of("p", "div", "span", "br", "q", "cite", "em", "strong");

  final String namespace;
  final String schemaLocation;
  final String manifestNamespace;
  final String manifestSchemaLocation;
  final String packageSchema;
  final String packageSchemaVersion;
  final String itemType;
  final String testType;

  QtiDialect(String namespace, String schemaLocation, String manifestNamespace, String manifestSchemaLocation,
      String packageSchema, String packageSchemaVersion, String itemType, String testType) {
    this.namespace = namespace;
    this.schemaLocation = schemaLocation;
    this.manifestNamespace = manifestNamespace;
    this.manifestSchemaLocation = manifestSchemaLocation;
    this.packageSchema = packageSchema;
    this.packageSchemaVersion = packageSchemaVersion;
    this.itemType = itemType;
    this.testType = testType;
  }

  /** The element name in this version, from its QTI 2.1 name ("choiceInteraction"). */
  String element(String name21) {
    if (this == V21 || HTML.contains(name21)) {
      return name21;
    }
    return "qti-" + kebab(name21);
  }

  /** The attribute name in this version, from its QTI 2.1 name ("responseIdentifier"). */
  String attribute(String name21) {
    return this == V21 ? name21 : kebab(name21);
  }

  /** Modal feedback holds its content directly in 2.1, inside qti-content-body in 3.0. */
  boolean wrapsFeedbackBody() {
    return this == V30;
  }

  private static String kebab(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('-').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
