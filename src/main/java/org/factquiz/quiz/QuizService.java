package org.factquiz.quiz;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.factquiz.InvalidInputException;
import org.factquiz.NotFoundException;
import org.factquiz.account.Account;
import org.factquiz.account.ClassService;
import org.factquiz.generate.Question;

/**
 * Opens question sets to classes and answers which quizzes a caller may see. Quizzes never change
 * once opened, so they are cached after the first read.
 */
public final class QuizService {
  private final QuizRepository quizzes;
  private final QuestionSetService sets;
  private final ClassService classes;
  private final Clock clock;
  private final Map<Long, Quiz> cache = new ConcurrentHashMap<>();

  public QuizService(QuizRepository quizzes, QuestionSetService sets, ClassService classes, Clock clock) {
    this.quizzes = quizzes;
    this.sets = sets;
    this.classes = classes;
    this.clock = clock;
  }

  /** Opens the set's questions that are not rejected, in the set's order. */
  public Quiz open(Account teacher, long setId, long classId, String title, Integer timeLimitSeconds, int attemptsAllowed,
      boolean shuffle) {
    SavedQuestionSet set;
    try {
      set = sets.get(teacher, setId);
    } catch (NotFoundException e) {
      throw new InvalidInputException("/questionSetId", "no question set " + setId);
    }
    try {
      classes.ownedBy(teacher, classId);
    } catch (NotFoundException e) {
      throw new InvalidInputException("/classId", "no class " + classId);
    }
    List<Question> questions = set.entries().stream().filter(e -> e.status() != ReviewStatus.REJECTED)
        .map(SetEntry::question).toList();
    if (questions.isEmpty()) {
      throw new InvalidInputException("/questionSetId", "every question of this set is rejected");
    }
    Quiz quiz = quizzes.create(teacher.id(), classId, title.trim(), timeLimitSeconds, attemptsAllowed, shuffle,
        clock.instant(), questions);
    cache.put(quiz.id(), quiz);
    return quiz;
  }

  /** Teachers see the quizzes they opened; students the quizzes open to their classes. */
  public List<Quiz> visibleTo(Account account) {
    List<Long> ids = account.isTeacher() ? quizzes.idsOfOwner(account.id()) : quizzes.idsOpenTo(account.id());
    return ids.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  /** The quiz, when the caller owns it or belongs to its class; otherwise not found. */
  public Quiz visible(Account account, long quizId) {
    return find(quizId).filter(q -> account.isTeacher() ? q.ownerId() == account.id()
            : classes.isMember(q.classId(), account.id()))
        .orElseThrow(() -> new NotFoundException("no quiz " + quizId));
  }

  public Quiz owned(Account teacher, long quizId) {
    teacher.requireTeacher();
    return visible(teacher, quizId);
  }

  Optional<Quiz> find(long quizId) {
    Quiz cached = cache.get(quizId);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Quiz> loaded = quizzes.find(quizId);
    loaded.ifPresent(q -> cache.put(quizId, q));
    return loaded;
  }
}
