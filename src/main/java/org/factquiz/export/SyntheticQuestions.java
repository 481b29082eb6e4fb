package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factquiz.extract.Evidence;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;
import org.factquiz.generate.Source;
import org.factquiz.generate.Tags;

/**
 * Invented questions of every kind with text that is hard to escape (quotation marks,
 * apostrophes, dashes, non-ASCII names, GIFT, XML and CSV specials), for the export benchmark
 * and tests. Nothing here comes from real articles.
 */
public final class SyntheticQuestions {
  private static final String[] NAMES = {
      "Zoë Łukasiewicz", "François Müller-Åberg", "Siobhán O'Neill", "Nguyễn Văn An", "José Ñúñez", "Ærøskøbing Council"};

  private SyntheticQuestions() {}

  /** {@code count} questions cycling through the eight kinds; ids are stable hashes of their index. */
  public static QuestionSet of(int count) {
    List<Question> out = new ArrayList<>(count);
    QuestionKind[] kinds = QuestionKind.values();
    for (int i = 0; i < count; i++) {
      out.add(question(i, kinds[i % kinds.length]));
    }
    return new QuestionSet(out);
  }

  static Question question(int i, QuestionKind kind) {
    String name = NAMES[i % NAMES.length];
    String other = NAMES[(i + 1) % NAMES.length];
    String id = String.format(Locale.ROOT, "%016x", (i + 1) * 0x9E3779B97F4A7C15L);
    String sentence = name + " said: \"Costs rose 5% – not 50% — in Q3 {draft}; see A&B <notes> ]]> a~b=c#d\\e.\"";
    Evidence evidence = new Evidence("synthetic-" + (i % 5), i % 7, 10 * i, 10 * i + sentence.length(), sentence);
    Source source = new Source("synthetic-" + (i % 5), "Budget talks: \"A&B\" – Q3 {draft} #" + (i % 5),
        "Łódź, 3 March 2021 (Wire) --");
    Tags tags = new Tags("synthetic-" + (i % 5), List.of(name), List.of(), "synthetic-" + kind.wireName());
    List<Choice> people = List.of(new Choice("a", name), new Choice("b", other),
        new Choice("c", "Dr. \"Ann\" O'Hara – C&A {x}"), new Choice("d", "Ed ~ Eve = #1: \\ path"));
    return switch (kind) {
      case SINGLE_CHOICE -> q(id, kind, "Who said \"costs rose 5%\" – and {why}? #" + i, List.of(), people,
          AnswerKey.ofChoices(List.of("a")), List.of(), evidence, source, tags);
      case MULTIPLE_RESPONSE -> q(id, kind, "Which of these were at the talks in Łódź: A&B = yes? #" + i, List.of(), people,
          AnswerKey.ofChoices(List.of("a", "c")), List.of(), evidence, source, tags);
      case TRUE_FALSE -> q(id, kind, name + " said costs rose 5% — not 50%. #" + i, List.of(),
          List.of(new Choice("true", "True"), new Choice("false", "False")),
          AnswerKey.ofChoices(List.of(i % 2 == 0 ? "true" : "false")), List.of(), evidence, source, tags);
      case CLOZE -> q(id, kind, "Costs rose in Q3, said ____ of the \"A&B\" group {draft} #" + i + ".", List.of(), List.of(),
          AnswerKey.ofText(name), List.of(name.toUpperCase(Locale.ROOT), "O'Neill"), evidence, source, tags);
      case SHORT_ANSWER -> q(id, kind, "Which council met on 3 March – per the wire? #" + i, List.of(), List.of(),
          AnswerKey.ofText("Ærøskøbing Council"), List.of("Aeroskobing Council", "the council"), evidence, source, tags);
      case MATCHING -> q(id, kind, "Match each person to the role: #" + i,
          List.of(new Choice("p1", name), new Choice("p2", other), new Choice("p3", "Siobhán O'Neill & co")),
          List.of(new Choice("r1", "Chair \"pro tem\""), new Choice("r2", "Treasurer – acting"),
              new Choice("r3", "Clerk {Q3}"), new Choice("r4", "Auditor ~ 5%")),
          AnswerKey.ofPairs(Map.of("p1", "r1", "p2", "r2", "p3", "r3")), List.of(), evidence, source, tags);
      case ORDERING -> q(id, kind, "Put these in order, earliest first: #" + i, List.of(),
          List.of(new Choice("e1", "Talks began – in Łódź"), new Choice("e2", "\"A&B\" report {draft}"),
              new Choice("e3", "Vote = 5:4"), new Choice("e4", "O'Neill resigned")),
          AnswerKey.ofChoices(List.of("e2", "e1", "e4", "e3")), List.of(), evidence, source, tags);
      case NUMERIC -> q(id, kind, "In which year did the council first meet? #" + i, List.of(), List.of(),
          AnswerKey.ofNumber(1990 + i % 30, i % 3 == 0 ? 0 : 1), List.of(), evidence, source, tags);
    };
  }

  private static Question q(String id, QuestionKind kind, String stem, List<Choice> premises, List<Choice> options,
      AnswerKey key, List<String> accepted, Evidence evidence, Source source, Tags tags) {
    return new Question(id, kind, stem, premises, options, key, accepted, "It's in the article – see below.",
        evidence, source, 2, tags, "fact-" + id);
  }
}
