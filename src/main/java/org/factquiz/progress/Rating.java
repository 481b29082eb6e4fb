package org.factquiz.progress;

import java.time.Duration;
import java.util.Locale;

/** How well a learner recalled a fact, on FSRS's four-point scale (grade 1 to 4). */
public enum Rating {
  AGAIN(1),
  HARD(2),
  GOOD(3),
  EASY(4);

  /** A right answer given faster than this counts as Easy rather than Good. */
  public static final Duration FAST_ANSWER = Duration.ofSeconds(8);

  private final int grade;

  Rating(int grade) {
    this.grade = grade;
  }

  /** The FSRS grade G: 1 again, 2 hard, 3 good, 4 easy. */
  public int grade() {
    return grade;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Rating fromWireName(String name) {
    for (Rating r : values()) {
      if (r.wireName().equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new StudyException("/rating", "rating must be one of again, hard, good, easy");
  }

  /**
   * The rating a graded answer stands for: wrong is Again, right is Good, right and fast is Easy.
   * A partly right answer counts as Hard. {@code took} may be null when the time is unknown.
   */
  public static Rating ofAnswer(double credit, Duration took) {
    if (credit <= 0.0) {
      return AGAIN;
    }
    if (credit < 1.0) {
      return HARD;
    }
    return took != null && took.compareTo(FAST_ANSWER) < 0 ? EASY : GOOD;
  }
}
