package org.factquiz.generate;

/** The article a question comes from, as a reader would cite it: id, title and dateline text. */
public record Source(String article, String title, String dateline) {}
