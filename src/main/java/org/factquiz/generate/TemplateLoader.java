package org.factquiz.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.factquiz.FactQuizException;

/**
 * Loads the question templates of a directory ({@code *.yaml}, {@code *.yml}, one template per
 * file). A malformed file is reported with file, line and field and skipped; the others load.
 */
public final class TemplateLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private TemplateLoader() {}

  /** Loads every template file of {@code dir}, in file-name order. */
  public static TemplateLoad load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new FactQuizException("template directory not found: " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      throw new FactQuizException("cannot list templates in " + dir + ": " + e.getMessage(), e);
    }
    List<Template> templates = new ArrayList<>();
    List<TemplateError> errors = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        templates.add(parse(name, Files.readString(file, StandardCharsets.UTF_8)));
      } catch (MalformedTemplateException e) {
        errors.add(e.error());
      } catch (IOException e) {
        errors.add(new TemplateError(name, 0, "(file)", "cannot read: " + e.getMessage()));
      }
    }
    rejectDuplicateIds(templates, errors);
    return new TemplateLoad(templates, errors);
  }

  /** Parses one template document; throws {@link MalformedTemplateException} naming file, line and field. */
  public static Template parse(String file, String yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new MalformedTemplateException(new TemplateError(file, line, "(syntax)", e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new MalformedTemplateException(new TemplateError(file, 1, "(document)", "expected a mapping of template fields"));
    }
    return new TemplateReader(file, root, YamlLines.of(yaml)).read();
  }

  private static void rejectDuplicateIds(List<Template> templates, List<TemplateError> errors) {
    List<String> seen = new ArrayList<>();
    templates.removeIf(t -> {
      if (seen.contains(t.id())) {
        errors.add(new TemplateError(t.file(), 1, "id", "duplicate template id '" + t.id() + "'"));
        return true;
      }
      seen.add(t.id());
      return false;
    });
  }
}
