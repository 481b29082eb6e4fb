package org.factquiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.Fact;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.GenerationRequest;
import org.factquiz.generate.GenerationResult;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionGenerator;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.Source;
import org.factquiz.generate.Tags;

/**
 * A test generator that makes one question of every kind per article, and a second wording of
 * each, from the words of the extracted facts' evidence sentences, so the browser tests see all
 * eight kinds whatever the real generator makes of the test articles.
 */
final class EveryKindGenerator implements QuestionGenerator {
  @Override
  public GenerationResult generate(List<ArticleFacts> corpus, GenerationRequest request) {
    List<Question> out = new ArrayList<>();
    for (ArticleFacts article : corpus) {
      if (!request.articles().isEmpty() && !request.articles().contains(article.article())) {
        continue;
      }
      List<Fact> facts = article.facts().filter(f -> f.evidence() != null && words(f.evidence()).size() >= 4).toList();
      for (int variant = 0; variant < 2 && !facts.isEmpty(); variant++) {
        for (QuestionKind kind : QuestionKind.values()) {
          if (request.kinds().isEmpty() || request.kinds().contains(kind)) {
            int index = kind.ordinal() % facts.size();
            out.add(question(article, facts.get(index), index, kind, variant));
          }
        }
      }
    }
    int count = request.count() == null ? out.size() : Math.min(request.count(), out.size());
    return new GenerationResult(out.subList(0, count), List.of());
  }

  private static List<String> words(Evidence e) {
    return new ArrayList<>(new LinkedHashSet<>(Arrays.stream(e.sentence().split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() > 1).toList()));
  }

  private static Question question(ArticleFacts a, Fact fact, int index, QuestionKind kind, int variant) {
    Evidence ev = fact.evidence();
    List<String> w = words(ev);
    String first = w.get(0);
    String last = w.get(w.size() - 1);
    String quoted = "“" + ev.sentence() + "”";
    String id = String.format(Locale.ROOT, "t-%s-%s-%d", a.article(), kind.wireName(), variant);
    String stem;
    List<Choice> premises = List.of();
    List<Choice> options = List.of();
    AnswerKey key;
    switch (kind) {
      case SINGLE_CHOICE -> {
        stem = "Which word opens this sentence? " + quoted;
        options = List.of(new Choice("a", first), new Choice("b", "Seven"), new Choice("c", "Purple"), new Choice("d", "Quietly"));
        key = AnswerKey.ofChoices(List.of("a"));
      }
      case MULTIPLE_RESPONSE -> {
        stem = "Which of these words are in the sentence? " + quoted;
        options = List.of(new Choice("a", first), new Choice("b", "zebra"), new Choice("c", last), new Choice("d", "kettle"));
        key = AnswerKey.ofChoices(List.of("a", "c"));
      }
      case TRUE_FALSE -> {
        stem = "The article says: " + quoted;
        options = List.of(new Choice("true", "True"), new Choice("false", "False"));
        key = AnswerKey.ofChoices(List.of("true"));
      }
      case CLOZE -> {
        stem = "Fill in the blank: " + ev.sentence().replaceFirst("\\b" + last + "\\b", "_____");
        key = AnswerKey.ofText(last);
      }
      case SHORT_ANSWER -> {
        stem = "Type the first word of this sentence: " + quoted;
        key = AnswerKey.ofText(first);
      }
      case MATCHING -> {
        stem = "Match each position with its word in the sentence " + quoted;
        premises = List.of(new Choice("p1", "First word"), new Choice("p2", "Last word"));
        options = List.of(new Choice("o1", first), new Choice("o2", last), new Choice("o3", "elsewhere"));
        key = AnswerKey.ofPairs(Map.of("p1", "o1", "p2", "o2"));
      }
      case ORDERING -> {
        stem = "Put these words in the order the sentence gives them: " + quoted;
        options = List.of(new Choice("w1", w.get(0)), new Choice("w2", w.get(1)), new Choice("w3", w.get(2)),
            new Choice("w4", w.get(3)));
        key = AnswerKey.ofChoices(List.of("w1", "w2", "w3", "w4"));
      }
      default -> {
        stem = "How many different words of two or more letters does this sentence have? " + quoted;
        key = AnswerKey.ofNumber(w.size(), 0);
      }
    }
    if (variant == 1) {
      stem = "Second wording. " + stem;
    }
    String dateline = a.dateline() == null ? null : a.dateline().place() + ", " + a.dateline().date();
    return new Question(id, kind, stem, premises, options, key, List.of(), "Read the sentence again.", ev,
        new Source(a.article(), a.title(), dateline), 1 + kind.ordinal() % 5,
        new Tags(a.article(), List.of(), List.of(), kind.wireName() + "-" + variant), a.article() + "#f" + index);
  }
}
