package org.factquiz.account;

import java.util.List;
import java.util.Optional;

/** Stores classes and which students belong to them. */
public interface ClassRepository {
  Classroom create(String name, String code, long teacherId);

  Optional<Classroom> find(long id);

  Optional<Classroom> findByCode(String code);

  List<Classroom> ofTeacher(long teacherId);

  List<Classroom> ofStudent(long studentId);

  /** Adds the student to the class; joining twice is not an error. */
  void join(long classId, long studentId);

  boolean isMember(long classId, long studentId);
}
