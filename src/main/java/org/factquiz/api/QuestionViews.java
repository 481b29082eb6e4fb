package org.factquiz.api;

import java.util.List;
import java.util.Map;
import org.factquiz.extract.Evidence;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.Source;
import org.factquiz.generate.Tags;
import org.factquiz.quiz.PresentedQuestion;
import org.factquiz.quiz.SetEntry;

/**
 * Wire records of questions. {@link StudentQuestionView} is the only form a student receives
 * before submitting: it has no field that can carry a key, accepted answer, feedback or evidence.
 */
public final class QuestionViews {
  private QuestionViews() {}

  public record ChoiceView(String id, String text) {
    static List<ChoiceView> of(List<Choice> choices) {
      return choices.stream().map(c -> new ChoiceView(c.id(), c.text())).toList();
    }
  }

  /** A question as a student sees it while answering. */
  public record StudentQuestionView(String id, String kind, String stem, List<ChoiceView> options, List<ChoiceView> premises) {
    public static StudentQuestionView of(PresentedQuestion p) {
      Question q = p.question();
      return new StudentQuestionView(q.id(), q.kind().wireName(), q.stem(), ChoiceView.of(p.options()),
          ChoiceView.of(p.premises()));
    }

    public static StudentQuestionView of(Question q) {
      return of(new PresentedQuestion(q, q.options(), q.premises()));
    }
  }

  public record KeyView(List<String> choices, Map<String, String> pairs, String text, Double number, Double tolerance) {
    static KeyView of(AnswerKey k) {
      return k == null ? null : new KeyView(k.choices(), k.pairs(), k.text(), k.number(), k.tolerance());
    }

    AnswerKey toKey() {
      return new AnswerKey(choices, pairs, text, number, tolerance);
    }
  }

  public record EvidenceView(String article, int paragraph, int start, int end, String sentence) {
    public static EvidenceView of(Evidence e) {
      return e == null ? null : new EvidenceView(e.article(), e.paragraph(), e.start(), e.end(), e.sentence());
    }
  }

  public record SourceView(String article, String title, String dateline) {
    static SourceView of(Source s) {
      return s == null ? null : new SourceView(s.article(), s.title(), s.dateline());
    }
  }

  public record TagsView(String article, List<String> people, List<String> bodies, String template) {
    static TagsView of(Tags t) {
      return t == null ? null : new TagsView(t.article(), t.people(), t.bodies(), t.template());
    }
  }

  /** A question with its key, for teachers; status and version are set for questions of a set. */
  public record TeacherQuestionView(String id, String kind, String stem, List<ChoiceView> premises, List<ChoiceView> options,
      KeyView key, List<String> accepted, String feedback, EvidenceView evidence, SourceView source, int difficulty,
      TagsView tags, String factId, String status, Integer version) {
    static TeacherQuestionView of(Question q) {
      return of(q, null, null);
    }

    static TeacherQuestionView of(SetEntry e) {
      return of(e.question(), e.status().wireName(), e.version());
    }

    private static TeacherQuestionView of(Question q, String status, Integer version) {
      return new TeacherQuestionView(q.id(), q.kind().wireName(), q.stem(), ChoiceView.of(q.premises()),
          ChoiceView.of(q.options()), KeyView.of(q.key()), q.accepted(), q.feedback(), EvidenceView.of(q.evidence()),
          SourceView.of(q.source()), q.difficulty(), TagsView.of(q.tags()), q.factId(), status, version);
    }
  }
}
