package org.factquiz.quiz;

import java.util.List;
import java.util.Optional;
import org.factquiz.generate.Question;

/** Stores the articles, their facts and the question bank, and the fingerprint of content/. */
public interface LibraryRepository {
  Optional<String> contentFingerprint();

  /** Replaces every article of origin "content" and its questions, and records the fingerprint, at once. */
  void replaceContent(String fingerprint, List<LibraryEntry> entries, List<Question> questions);

  /** Adds (or replaces) one article and its questions. */
  void add(LibraryEntry entry, List<Question> questions);

  List<LibraryEntry> entries();

  List<Question> questions();
}
