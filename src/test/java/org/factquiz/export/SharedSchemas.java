package org.factquiz.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official XSDs in {@code ../shared/schemas} (read in place, never copied into the project),
 * compiled once with the JDK's validator and the folder's OASIS catalog, local files only.
 */
final class SharedSchemas {
  static final String QTI21 = "qti21/qtiv2p1/imsqti_v2p1.xsd";
  static final String QTI30 = "qti30/qtiv3p0/imsqti_asiv3p0_sbacv1p0_v1p0.xsd";
  static final String QTI30_CP = "qti30/qtiv3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd";
  static final String IMSCP = "imscp/imscp_v1p1.xsd";
  static final String QTI12 = "qti12/domainProfile_4/ims_qtiasiv1p2.xsd";
  private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

  private SharedSchemas() {}

  /** {@code ../shared/schemas} from the project directory; fails the test with directions when absent. */
  static Path dir() {
    Path dir = Path.of("..", "shared", "schemas").toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("catalog.xml"))) {
      fail("the official XSDs are missing: expected them in " + dir
          + " (../shared/schemas beside the project, with catalog.xml); they are read in place, never copied here");
    }
    return dir;
  }

  /** The validation errors of {@code xml} against the schema at {@code relative}; empty when valid. */
  static List<String> problems(String relative, byte[] xml) {
    Schema schema = COMPILED.computeIfAbsent(relative, SharedSchemas::compile);
    List<String> problems = new ArrayList<>();
    Validator validator = schema.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
          problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
          problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }
      });
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      // recorded by the handler
    } catch (Exception e) {
      problems.add(e.toString());
    }
    return problems;
  }

  private static Schema compile(String relative) {
    Path dir = dir();
    File xsd = dir.resolve(relative).toFile();
    if (!xsd.isFile()) {
      fail("schema missing from the shared folder: " + xsd);
    }
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setFeature(XMLConstants.USE_CATALOG, true);
      factory.setProperty("javax.xml.catalog.files", dir.resolve("catalog.xml").toUri().toString());
      factory.setProperty("javax.xml.catalog.resolve", "continue");
      return factory.newSchema(xsd);
    } catch (SAXException e) {
      throw new AssertionError("schema " + xsd + " does not compile: " + e.getMessage(), e);
    }
  }
}
