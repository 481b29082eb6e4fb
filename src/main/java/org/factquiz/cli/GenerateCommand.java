package org.factquiz.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factquiz.generate.ArticleTexts;
import org.factquiz.generate.GenerationRequest;
import org.factquiz.generate.GenerationResult;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;
import org.factquiz.generate.QuestionSetJson;
import org.factquiz.generate.Rejection;
import org.factquiz.generate.TemplateLoad;
import org.factquiz.generate.TemplateLoader;
import org.factquiz.generate.TemplateQuestionGenerator;

/**
 * {@code generate --out SET.json}: extracts the facts of the articles in {@code content/}, turns
 * them into questions through the templates of {@code question-templates/}, writes the question
 * set, and prints a kinds × articles table and every rejected candidate with its reason.
 */
final class GenerateCommand implements Command {
  private static final Set<String> VALUED = Set.of("out", "articles", "kinds", "count", "min-difficulty",
      "max-difficulty", "seed", "content", "templates", "facts");

  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String summary() {
    return "generate --out SET.json [--articles a,b] [--kinds k,..] [--count N] [--seed N] ...   write a question set";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, VALUED, Set.of("quiet"));
    Path target = Path.of(o.require("out"));
    GenerationRequest request = request(o);
    TemplateLoad templates = TemplateLoader.load(Path.of(orDefault(o.get("templates"), "question-templates")));
    templates.errors().forEach(e -> err.println("template skipped: " + e));
    String facts = o.get("facts");
    CorpusLoad corpus = CorpusLoad.of(Path.of(orDefault(o.get("content"), "content")), facts == null ? null : Path.of(facts), err);
    if (corpus.facts().isEmpty()) {
      throw new UsageException("no articles found to generate from");
    }
    GenerationResult result = TemplateQuestionGenerator.of(templates, ArticleTexts.of(corpus.texts()))
        .generate(corpus.facts(), request);
    QuestionSetJson.write(new QuestionSet(result.questions()), target);
    out.print(SummaryTable.of(result.questions()));
    out.printf(java.util.Locale.ROOT, "%d questions written to %s; %d candidates rejected%n", result.questions().size(), target, result.rejected().size());
    if (!o.flag("quiet")) {
      for (Rejection r : result.rejected()) {
        out.printf(java.util.Locale.ROOT, "rejected %s [%s]: %s%s%n", r.candidateId(), r.template(), r.reason(),
            r.stem() == null ? "" : " | " + shorten(r.stem()));
      }
    }
    return 0;
  }

  static GenerationRequest request(Options o) {
    Set<QuestionKind> kinds = new LinkedHashSet<>();
    for (String k : o.list("kinds")) {
      try {
        kinds.add(QuestionKind.fromWireName(k));
      } catch (IllegalArgumentException e) {
        throw new UsageException("unknown question kind '" + k + "' (kinds: " + wireNames() + ")");
      }
    }
    int min = number(o, "min-difficulty", 1);
    int max = number(o, "max-difficulty", 5);
    if (min < 1 || max > 5 || min > max) {
      throw new UsageException("difficulty range must lie within 1..5 with min <= max");
    }
    Integer count = o.get("count") == null ? null : number(o, "count", 0);
    if (count != null && count < 1) {
      throw new UsageException("--count must be at least 1");
    }
    long seed = o.get("seed") == null ? 0L : parseLong(o.get("seed"), "seed");
    return new GenerationRequest(o.list("articles"), kinds, count, min, max, seed);
  }

  private static List<String> wireNames() {
    List<String> names = new ArrayList<>();
    for (QuestionKind k : QuestionKind.values()) {
      names.add(k.wireName());
    }
    return names;
  }

  private static int number(Options o, String name, int fallback) {
    String v = o.get(name);
    return v == null ? fallback : (int) parseLong(v, name);
  }

  private static long parseLong(String v, String name) {
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, got '" + v + "'");
    }
  }

  private static String orDefault(String v, String fallback) {
    return v == null ? fallback : v;
  }

  private static String shorten(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }
}
