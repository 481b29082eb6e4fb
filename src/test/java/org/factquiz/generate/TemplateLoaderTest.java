package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {
  private static final String GOOD = String.join("\n",
      "id: who-said-test",
      "kind: single_choice",
      "fact: statement",
      "answer: speaker",
      "distractors: same-type-speakers",
      "difficulty: 2",
      "variants:",
      "  - 'Who said: {quote}'",
      "feedback: 'It was {correct}: {sentence}'");

  @Test
  void loadsEveryShippedTemplateCoveringAllEightKinds() {
    TemplateLoad load = TemplateLoader.load(Path.of("question-templates"));
    assertEquals(java.util.List.of(), load.errors());
    Set<QuestionKind> kinds = load.templates().stream().map(Template::kind).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(QuestionKind.class), kinds);
  }

  @Nested
  class MalformedTemplates {
    @TempDir
    Path dir;

    @Test
    void namesFileLineAndFieldAndStillLoadsTheOthers() throws IOException {
      write("a-good.yaml", GOOD);
      write("b-bad.yaml", GOOD.replace("kind: single_choice", "kind: essay"));
      TemplateLoad load = TemplateLoader.load(dir);
      assertEquals(1, load.count());
      assertEquals(1, load.errors().size());
      TemplateError e = load.errors().get(0);
      assertEquals("b-bad.yaml", e.file());
      assertEquals(2, e.line());
      assertEquals("kind", e.field());
      assertTrue(e.toString().startsWith("b-bad.yaml:2: field 'kind'"), e.toString());
    }

    @Test
    void reportsAnUnknownSlotAtItsVariantLine() {
      TemplateError e = parseError(GOOD.replace("{quote}", "{qoute}"));
      assertEquals("variants/0", e.field());
      assertEquals(8, e.line());
      assertTrue(e.message().contains("{qoute}"));
    }

    @Test
    void refusesAStemThatShowsItsOwnAnswer() {
      TemplateError e = parseError(GOOD.replace("'Who said: {quote}'", "'Did {speaker} say {quote}?'"));
      assertEquals("variants/0", e.field());
    }

    @Test
    void refusesAMissingFieldAnUnknownFieldAndASyntaxError() {
      assertEquals("difficulty", parseError(GOOD.replace("difficulty: 2\n", "")).field());
      assertEquals("colour", parseError(GOOD + "\ncolour: red").field());
      assertEquals("(syntax)", parseError("id: [unclosed\nkind: x").field());
    }

    @Test
    void refusesAKindThatCannotAskTheAnswer() {
      TemplateError e = parseError(GOOD.replace("kind: single_choice", "kind: ordering"));
      assertEquals("kind", e.field());
    }

    private TemplateError parseError(String yaml) {
      try {
        TemplateLoader.parse("t.yaml", yaml);
      } catch (MalformedTemplateException e) {
        return e.error();
      }
      throw new AssertionError("template was accepted: " + yaml);
    }

    private void write(String name, String yaml) throws IOException {
      Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    }
  }
}
