package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;

/**
 * Lays out a quiz for one attempt from the attempt's seed, the same on every reload: questions
 * and options shuffled when the quiz asks for it; ordering and matching items always shuffled,
 * since their stored order could give the key away.
 */
public final class AttemptLayout {
  private AttemptLayout() {}

  public static List<PresentedQuestion> of(Quiz quiz, long seed) {
    Random random = new Random(seed);
    List<Question> questions = new ArrayList<>(quiz.questions());
    if (quiz.shuffle()) {
      Collections.shuffle(questions, random);
    }
    List<PresentedQuestion> out = new ArrayList<>(questions.size());
    for (Question q : questions) {
      boolean revealing = q.kind() == QuestionKind.ORDERING || q.kind() == QuestionKind.MATCHING;
      List<Choice> options = new ArrayList<>(q.options());
      List<Choice> premises = new ArrayList<>(q.premises());
      if (q.kind() != QuestionKind.TRUE_FALSE && (quiz.shuffle() || revealing)) {
        shuffleAwayFromKey(options, q, random);
      }
      if (quiz.shuffle()) {
        Collections.shuffle(premises, random);
      }
      out.add(new PresentedQuestion(q, List.copyOf(options), List.copyOf(premises)));
    }
    return out;
  }

  /** Shuffles, and for ordering reshuffles (a few times) while the shown order is the key's. */
  private static void shuffleAwayFromKey(List<Choice> options, Question q, Random random) {
    Collections.shuffle(options, random);
    if (q.kind() == QuestionKind.ORDERING && options.size() > 1) {
      for (int i = 0; i < 5 && options.stream().map(Choice::id).toList().equals(q.key().choices()); i++) {
        Collections.shuffle(options, random);
      }
    }
  }
}
