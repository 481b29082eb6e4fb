package org.factquiz.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and checks the fields of one parsed template document, pointing errors at their line. */
final class TemplateReader {
  private static final Set<String> FIELDS = Set.of(
      "id", "kind", "fact", "direct", "answer", "distractors", "options", "difficulty", "variants", "feedback");
  private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

  private final String file;
  private final JsonNode root;
  private final YamlLines lines;

  TemplateReader(String file, JsonNode root, YamlLines lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  Template read() {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw error(name, "unknown field (expected one of " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
      }
    }
    String id = text("id");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw error("id", "must be lower-case words joined by '-', got '" + id + "'");
    }
    QuestionKind kind = parseEnum("kind", () -> QuestionKind.fromWireName(text("kind")));
    FactType fact = parseEnum("fact", () -> FactType.valueOf(text("fact").toUpperCase(Locale.ROOT)));
    AnswerSlot answer = parseEnum("answer", () -> AnswerSlot.fromWireName(text("answer")));
    if (answer.fact() != fact) {
      throw error("answer", "'" + answer.wireName() + "' is drawn from " + answer.fact().wireName() + " facts, not " + fact.wireName());
    }
    if (!answer.kinds().contains(kind)) {
      throw error("kind", "a " + kind.wireName() + " question cannot ask for '" + answer.wireName() + "'");
    }
    String distractors = root.has("distractors") ? text("distractors") : "none";
    if (!answer.strategies().contains(distractors)) {
      throw error("distractors", "'" + distractors + "' does not fit answer '" + answer.wireName() + "' (use one of " + answer.strategies() + ")");
    }
    Boolean direct = null;
    if (root.has("direct")) {
      if (!root.get("direct").isBoolean() || fact != FactType.STATEMENT) {
        throw error("direct", "must be true or false, and only on statement templates");
      }
      direct = root.get("direct").booleanValue();
    }
    int options = root.has("options") ? integer("options", 2, 8) : 4;
    int difficulty = integer("difficulty", 1, 5);
    List<String> variants = variants();
    for (int i = 0; i < variants.size(); i++) {
      checkSlots("variants/" + i, variants.get(i), fact);
      if (variants.get(i).contains("{answer}") || variants.get(i).contains("{correct}")) {
        throw error("variants/" + i, "the stem shows the key through {answer} or {correct}; use them in feedback only");
      }
      if (kind != QuestionKind.TRUE_FALSE && variants.get(i).contains("{" + shownAnswer(answer) + "}")) {
        throw error("variants/" + i, "the stem shows its own answer slot {" + shownAnswer(answer) + "}");
      }
    }
    String feedback = text("feedback");
    checkSlots("feedback", feedback, fact);
    return new Template(id, kind, fact, direct, answer, distractors, options, difficulty, variants, feedback, file);
  }

  private static String shownAnswer(AnswerSlot answer) {
    return switch (answer) {
      case DATE -> "date";
      case YEAR -> "year";
      default -> answer.wireName().replace('-', '_');
    };
  }

  private List<String> variants() {
    JsonNode v = root.get("variants");
    if (v == null || !v.isArray() || v.isEmpty()) {
      throw error("variants", "must be a non-empty list of stem wordings");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
        throw error("variants/" + i, "must be a non-empty string");
      }
      out.add(v.get(i).asText().strip());
    }
    return out;
  }

  private void checkSlots(String field, String text, FactType fact) {
    Matcher m = SLOT.matcher(text);
    while (m.find()) {
      if (!Slots.known(fact).contains(m.group(1))) {
        throw error(field, "unknown slot {" + m.group(1) + "} for " + fact.wireName() + " templates (known: " + Slots.known(fact) + ")");
      }
    }
  }

  private String text(String field) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      throw error(field, "is required");
    }
    if (!n.isTextual() || n.asText().isBlank()) {
      throw error(field, "must be a non-empty string");
    }
    return n.asText().strip();
  }

  private int integer(String field, int min, int max) {
    JsonNode n = root.get(field);
    if (n == null || !n.isInt() || n.intValue() < min || n.intValue() > max) {
      throw error(field, "must be a whole number from " + min + " to " + max);
    }
    return n.intValue();
  }

  private <T> T parseEnum(String field, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw error(field, "unknown value '" + text(field) + "'");
    }
  }

  private MalformedTemplateException error(String field, String message) {
    return new MalformedTemplateException(new TemplateError(file, lines.line("/" + field), field, message));
  }
}
