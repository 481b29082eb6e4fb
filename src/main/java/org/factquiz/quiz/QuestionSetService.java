package org.factquiz.quiz;

import java.time.Clock;
import java.util.List;
import org.factquiz.account.Account;
import org.factquiz.InvalidInputException;
import org.factquiz.NotFoundException;
import org.factquiz.generate.GenerationRequest;
import org.factquiz.generate.Question;

/** Teachers generate question sets, review their questions (approve, reject, edit) and delete them. */
public final class QuestionSetService {
  private final QuestionSetRepository sets;
  private final Library library;
  private final KeyValidator validator;
  private final Clock clock;

  public QuestionSetService(QuestionSetRepository sets, Library library, KeyValidator validator, Clock clock) {
    this.sets = sets;
    this.library = library;
    this.validator = validator;
    this.clock = clock;
  }

  public SavedQuestionSet create(Account teacher, String title, GenerationRequest request) {
    teacher.requireTeacher();
    for (int i = 0; i < request.articles().size(); i++) {
      if (library.entry(request.articles().get(i)).isEmpty()) {
        throw new InvalidInputException("/articles/" + i, "no article " + request.articles().get(i));
      }
    }
    if (request.minDifficulty() > request.maxDifficulty()) {
      throw new InvalidInputException("/minDifficulty", "minDifficulty is above maxDifficulty");
    }
    List<Question> questions = library.generate(request).questions();
    return sets.create(teacher.id(), title.trim(), clock.instant(), questions);
  }

  public List<SavedQuestionSet> ofTeacher(Account teacher) {
    teacher.requireTeacher();
    return sets.ofOwner(teacher.id());
  }

  /** The set, when this teacher owns it; sets of other teachers are not found. */
  public SavedQuestionSet get(Account teacher, long setId) {
    teacher.requireTeacher();
    return sets.find(setId).filter(s -> s.ownerId() == teacher.id())
        .orElseThrow(() -> new NotFoundException("no question set " + setId));
  }

  public SetEntry review(Account teacher, long setId, String questionId, ReviewStatus status) {
    SavedQuestionSet set = get(teacher, setId);
    SetEntry entry = entryOf(set, questionId);
    sets.setStatus(setId, questionId, status);
    return new SetEntry(entry.question(), status, entry.version());
  }

  /** Stores the edit as a new version after checking that its key still holds. */
  public SetEntry edit(Account teacher, long setId, String questionId, QuestionEdit edit) {
    SavedQuestionSet set = get(teacher, setId);
    SetEntry entry = entryOf(set, questionId);
    Question old = entry.question();
    Question edited = new Question(old.id(), old.kind(), edit.stem().trim(),
        edit.premises() == null ? old.premises() : edit.premises(),
        edit.options() == null ? old.options() : edit.options(),
        edit.key(), edit.accepted() == null ? old.accepted() : edit.accepted(),
        edit.feedback() == null ? old.feedback() : edit.feedback(),
        old.evidence(), old.source(), old.difficulty(), old.tags(), old.factId());
    validator.check(edited, old);
    int version = entry.version() + 1;
    sets.saveVersion(setId, edited, version, teacher.id(), clock.instant());
    return new SetEntry(edited, entry.status(), version);
  }

  public void delete(Account teacher, long setId) {
    get(teacher, setId);
    sets.delete(setId);
  }

  private static SetEntry entryOf(SavedQuestionSet set, String questionId) {
    return set.entry(questionId).orElseThrow(() -> new NotFoundException("no question " + questionId + " in set " + set.id()));
  }
}
