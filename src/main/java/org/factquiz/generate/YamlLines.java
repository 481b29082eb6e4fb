package org.factquiz.generate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The line on which each field of a YAML document starts, so errors can point at it. */
final class YamlLines {
  private static final YAMLFactory FACTORY = new YAMLFactory();
  private final Map<String, Integer> lines = new HashMap<>();

  private YamlLines() {}

  /** Reads the document's tokens; a document that does not parse yields what was read before the error. */
  static YamlLines of(String yaml) {
    YamlLines result = new YamlLines();
    try (JsonParser p = FACTORY.createParser(yaml)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t.isScalarValue()) {
          result.lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException e) {
      // the loader reports the syntax error itself; keep the lines found so far
    }
    return result;
  }

  /** The line of a field given as a JSON pointer ("/variants/1"), or of its parent, or 1. */
  int line(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return 1;
  }
}
