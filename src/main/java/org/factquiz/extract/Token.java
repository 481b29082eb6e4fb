package org.factquiz.extract;

/**
 * A word of a sentence with its span in the article text; {@code possessive} is set when the word
 * carried "'s" (not part of {@code text}).
 */
record Token(int start, int end, String text, boolean possessive) {
  boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  boolean allCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
