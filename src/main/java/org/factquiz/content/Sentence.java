package org.factquiz.content;

/** One sentence of an article, with its character span in the article's original text. */
public record Sentence(int paragraph, int index, int start, int end, String text) {}
