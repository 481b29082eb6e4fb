package org.factquiz.account;

import java.util.List;
import org.factquiz.InvalidInputException;
import org.factquiz.NotFoundException;

/** Teachers create classes; students join them by code; each sees only their own. */
public final class ClassService {
  private final ClassRepository classes;
  private final TokenMint mint;

  public ClassService(ClassRepository classes, TokenMint mint) {
    this.classes = classes;
    this.mint = mint;
  }

  public Classroom create(Account teacher, String name) {
    teacher.requireTeacher();
    return classes.create(name.trim(), mint.newClassCode(), teacher.id());
  }

  public List<Classroom> visibleTo(Account account) {
    return account.isTeacher() ? classes.ofTeacher(account.id()) : classes.ofStudent(account.id());
  }

  public Classroom join(Account student, String code) {
    student.requireStudent();
    Classroom classroom = classes.findByCode(AccountService.normaliseCode(code))
        .orElseThrow(() -> new InvalidInputException("/code", "no class has this code"));
    classes.join(classroom.id(), student.id());
    return classroom;
  }

  /** The class, when the teacher owns it; otherwise not found, so classes of others stay hidden. */
  public Classroom ownedBy(Account teacher, long classId) {
    teacher.requireTeacher();
    return classes.find(classId).filter(c -> c.teacherId() == teacher.id())
        .orElseThrow(() -> new NotFoundException("no class " + classId));
  }

  public boolean isMember(long classId, long studentId) {
    return classes.isMember(classId, studentId);
  }
}
