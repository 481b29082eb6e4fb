package org.factquiz.extract;

import java.util.List;
import org.factquiz.content.Sentence;

/** A sentence with its tokens and its evidence, as the extractors read it. */
record SentenceView(Sentence sentence, List<Token> tokens, Evidence evidence) {
  int start() {
    return sentence.start();
  }

  int end() {
    return sentence.end();
  }

  String text() {
    return sentence.text();
  }

  /** Index of the first token at or after offset, or tokens.size(). */
  int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size();
  }
}
