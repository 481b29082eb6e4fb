package org.factquiz.extract;

/**
 * Where a fact comes from: the article id, the paragraph index, the character span of the
 * sentence in the article's original text, and the sentence verbatim.
 */
public record Evidence(String article, int paragraph, int start, int end, String sentence) {}
