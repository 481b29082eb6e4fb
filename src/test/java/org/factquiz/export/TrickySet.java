package org.factquiz.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.factquiz.extract.Evidence;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;
import org.factquiz.generate.Source;
import org.factquiz.generate.Tags;

/** Test sets: every kind with text that is hard to escape, plus a few edge cases of our own. */
final class TrickySet {
  private TrickySet() {}

  /** Two questions of every kind (synthetic tricky text) and the edge cases below. */
  static QuestionSet all() {
    List<Question> qs = new ArrayList<>(SyntheticQuestions.of(16).questions());
    qs.add(question("0digit-first", QuestionKind.CLOZE, "The accord was signed by the mayor of ____",
        List.of(), List.of(), AnswerKey.ofText("Saint-Étienne"), List.of("St-Etienne")));
    qs.add(question("1three-right", QuestionKind.MULTIPLE_RESPONSE, "Which are rivers? Pick \"all\" that apply: {a} ~ [b]",
        List.of(), List.of(new Choice("x", "Rhône"), new Choice("y", "Vltava"), new Choice("z", "Dnipro"),
            new Choice("w", "Mont Blanc – a peak")), AnswerKey.ofChoices(List.of("x", "y", "z")), List.of()));
    qs.add(question("2control", QuestionKind.SINGLE_CHOICE, "Bell\u0007 character and ]]> end – which is right?",
        List.of(), List.of(new Choice("a", "It's \"this\" one"), new Choice("b", "<b>Not</b> & that")),
        AnswerKey.ofChoices(List.of("b")), List.of()));
    qs.add(question("3false", QuestionKind.TRUE_FALSE, "Ólafur Ragnar said: 'no' – twice.", List.of(),
        List.of(new Choice("true", "True"), new Choice("false", "False")), AnswerKey.ofChoices(List.of("false")), List.of()));
    return new QuestionSet(qs);
  }

  /** A question whose key names an option that does not exist: every exporter must leave it out. */
  static Question brokenKey() {
    return question("broken", QuestionKind.SINGLE_CHOICE, "Which one?", List.of(),
        List.of(new Choice("a", "One"), new Choice("b", "Two")), AnswerKey.ofChoices(List.of("zz")), List.of());
  }

  static Question question(String id, QuestionKind kind, String stem, List<Choice> premises, List<Choice> options,
      AnswerKey key, List<String> accepted) {
    String sentence = "The mayor said the accord \"holds\" – for now.";
    return new Question(id, kind, stem, premises, options, key, accepted, null,
        new Evidence("art-1", 2, 100, 100 + sentence.length(), sentence),
        new Source("art-1", "Accord \"holds\" – mayor", "Saint-Étienne, 4 May 2019 (Wire) --"), 1,
        new Tags("art-1", List.of(), List.of(), "test"), "fact-" + id);
  }

  /** The entries of a zip by name, in order. */
  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  /** The questions of {@code set} an export wrote, in order: all but those its report left out. */
  static List<Question> exported(QuestionSet set, ExportReport report) {
    List<String> omitted = report.omitted().stream().map(Omission::questionId).toList();
    return set.questions().stream().filter(q -> !omitted.contains(q.id())).toList();
  }
}
