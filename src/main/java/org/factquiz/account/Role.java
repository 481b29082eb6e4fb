package org.factquiz.account;

import java.util.Locale;

/** What an account may do: teachers build and open quizzes, students take them. */
public enum Role {
  TEACHER,
  STUDENT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
