package org.factquiz.generate;

import java.util.List;

/** The templates that loaded and, for each file that did not, the error naming file, line and field. */
public record TemplateLoad(List<Template> templates, List<TemplateError> errors) {
  public TemplateLoad {
    templates = List.copyOf(templates);
    errors = List.copyOf(errors);
  }

  public int count() {
    return templates.size();
  }
}
