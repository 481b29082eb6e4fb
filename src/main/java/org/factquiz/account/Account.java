package org.factquiz.account;

import org.factquiz.AccessDeniedException;

/** A person who signs in; the email is stored lower-case and is unique. */
public record Account(long id, String email, String name, Role role) {
  public boolean isTeacher() {
    return role == Role.TEACHER;
  }

  /** This account, when it is a teacher's; a student gets {@link AccessDeniedException}. */
  public Account requireTeacher() {
    if (!isTeacher()) {
      throw new AccessDeniedException("this is for teachers only");
    }
    return this;
  }

  /** This account, when it is a student's; teachers do not take quizzes. */
  public Account requireStudent() {
    if (isTeacher()) {
      throw new AccessDeniedException("this is for students only");
    }
    return this;
  }
}
