package org.factquiz.extract;

import java.util.List;
import java.util.stream.Collectors;

/** A run of capitalised words in a sentence ("UN Secretary-General Ana Silva"). */
record NameRun(List<Token> tokens, int firstIndex) {
  NameRun {
    tokens = List.copyOf(tokens);
  }

  int start() {
    return tokens.get(0).start();
  }

  int end() {
    return tokens.get(tokens.size() - 1).end();
  }

  boolean possessive() {
    return tokens.get(tokens.size() - 1).possessive();
  }

  String text() {
    return tokens.stream().map(Token::text).collect(Collectors.joining(" "));
  }

  NameRun sub(int from, int to) {
    return new NameRun(tokens.subList(from, to), firstIndex + from);
  }

  int size() {
    return tokens.size();
  }
}
