package org.factquiz.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factquiz.FactQuizException;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.Fact;
import org.factquiz.extract.RoleHolding;
import org.factquiz.extract.Statement;

/**
 * Generates a question bank from facts through the templates of {@code question-templates/}. Each
 * aspect of a fact (its speaker, wording, date, bodies, role, holder) is asked once: the templates
 * that can ask it take turns across the corpus, and when one is refused the next is tried. Every
 * candidate passes the {@link QuestionValidator} and the {@link SetValidator} or is reported with
 * its reason. One pass over the facts; work per question is bounded, so time is linear in facts.
 */
public final class TemplateQuestionGenerator implements QuestionGenerator {
  /** Aspects in the order they claim a fact's words: the speaker before the wording, the holder after the role. */
  private static final List<AnswerSlot> ASPECT_ORDER = List.of(
      AnswerSlot.SPEAKER, AnswerSlot.ROLE, AnswerSlot.PERSON, AnswerSlot.ROLE_BODY, AnswerSlot.DATE, AnswerSlot.BODIES, AnswerSlot.WORD, AnswerSlot.BLANK);

  private final List<Template> templates;
  private final ArticleTexts texts;

  TemplateQuestionGenerator(List<Template> templates, ArticleTexts texts) {
    if (templates.isEmpty()) {
      throw new FactQuizException("no question templates loaded");
    }
    this.templates = List.copyOf(templates);
    this.texts = texts;
  }

  /** A generator over the templates of {@code dir}; templates that fail to load are skipped (see {@link TemplateLoader}). */
  public static TemplateQuestionGenerator fromDirectory(Path dir, ArticleTexts texts) {
    return new TemplateQuestionGenerator(TemplateLoader.load(dir).templates(), texts);
  }

  public static TemplateQuestionGenerator of(TemplateLoad load, ArticleTexts texts) {
    return new TemplateQuestionGenerator(load.templates(), texts);
  }

  @Override
  public GenerationResult generate(List<ArticleFacts> corpus, GenerationRequest request) {
    List<Template> usable = templates.stream()
        .filter(t -> request.kinds().isEmpty() || request.kinds().contains(t.kind()))
        .filter(t -> t.difficulty() >= request.minDifficulty() && t.difficulty() <= request.maxDifficulty())
        .toList();
    Run run = new Run(new Drafting(new CorpusIndex(corpus), texts, request.seed()));
    for (ArticleFacts a : corpus) {
      if (wanted(a.article(), request.articles())) {
        run.article(a, usable);
      }
    }
    List<Question> chosen = QuestionSelection.choose(run.accepted, request.count(), request.seed());
    return new GenerationResult(chosen, run.rejected);
  }

  static boolean wanted(String article, List<String> requested) {
    return requested.isEmpty() || requested.stream().anyMatch(r -> article.equals(r) || article.startsWith(r + ".")
        || article.startsWith(r));
  }

  /** The state of one generation: makers, validators, turn counters and results. */
  private final class Run {
    private final Drafting d;
    private final QuestionValidator validator = new QuestionValidator(texts);
    private final SetValidator set = new SetValidator();
    private final Map<String, Integer> turns = new HashMap<>();
    private final List<Question> accepted = new ArrayList<>();
    private final Map<QuestionKind, Integer> perKind = new HashMap<>();
    private final List<Rejection> rejected = new ArrayList<>();

    Run(Drafting d) {
      this.d = d;
    }

    /** Questions on several facts go first: they are the scarcer kinds, and single facts have fallbacks. */
    void article(ArticleFacts a, List<Template> usable) {
      for (Template t : usable) {
        if (t.answer().grouped()) {
          new GroupQuestions(d).make(t, a).forEach(this::offer);
        }
      }
      a.facts().forEach(f -> fact(f, a, usable));
    }

    private void fact(Fact f, ArticleFacts a, List<Template> usable) {
      if (f.evidence() == null || f.evidence().sentence() == null) {
        rejected.add(new Rejection(StableIds.fact(f), "(all)", "the fact carries no evidence sentence", null));
        return;
      }
      Map<AnswerSlot, List<Template>> byAspect = new TreeMap<>(Comparator.comparingInt(ASPECT_ORDER::indexOf));
      for (Template t : usable) {
        if (!t.answer().grouped() && fits(t, f)) {
          byAspect.computeIfAbsent(t.answer().aspect(), k -> new ArrayList<>()).add(t);
        }
      }
      for (Map.Entry<AnswerSlot, List<Template>> e : byAspect.entrySet()) {
        List<Template> ts = e.getValue();
        String turnKey = e.getKey() + "|" + ts.stream().map(Template::id).toList();
        int turn = turns.merge(turnKey, 1, Integer::sum) - 1;
        int start = (int) Math.floorMod(turn + d.seed, (long) ts.size());
        List<Template> order = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
          order.add(ts.get((start + i) % ts.size()));
        }
        // the kind with the fewest questions so far is tried first, so that every kind gets its share
        order.sort(Comparator.comparingInt(t -> perKind.getOrDefault(t.kind(), 0)));
        for (Template t : order) {
          if (make(t, f, a).anyMatch(this::offer)) {
            break;
          }
        }
      }
    }

    /** The template's candidates for the fact, best first, made as asked for: a cloze offers several words of its sentence in turn. */
    private java.util.stream.Stream<Outcome> make(Template t, Fact f, ArticleFacts a) {
      if (f instanceof Statement s) {
        return t.answer() == AnswerSlot.WORD ? new ClozeQuestions(d).make(t, s, a) : java.util.stream.Stream.of(new StatementQuestions(d).speaker(t, s, a));
      }
      if (f instanceof RoleHolding r) {
        return java.util.stream.Stream.of(t.answer() == AnswerSlot.ROLE_BODY ? new RoleQuestions(d).body(t, r, a) : new RoleQuestions(d).make(t, r, a));
      }
      if (t.answer() == AnswerSlot.BLANK) {
        return new ClozeQuestions(d).sentence(t, (DatedEvent) f, a);
      }
      return java.util.stream.Stream.of(new EventQuestions(d).make(t, (DatedEvent) f, a));
    }

    /** Validates and adds the outcome's candidate; true when it was accepted. */
    private boolean offer(Outcome o) {
      if (o.candidate() == null) {
        rejected.add(new Rejection(o.factId(), o.template(), o.reason(), null));
        return false;
      }
      Question q = o.candidate().question();
      Optional<String> reason = validator.reject(o.candidate()).or(() -> set.offer(o.candidate()));
      if (reason.isPresent()) {
        rejected.add(new Rejection(q.id(), o.template(), reason.get(), q.stem()));
        return false;
      }
      accepted.add(q);
      perKind.merge(q.kind(), 1, Integer::sum);
      return true;
    }
  }

  private static boolean fits(Template t, Fact f) {
    return switch (t.fact()) {
      case STATEMENT -> f instanceof Statement s && (t.direct() == null || t.direct() == s.direct());
      case ROLE -> f instanceof RoleHolding;
      case EVENT -> f instanceof DatedEvent;
    };
  }
}
