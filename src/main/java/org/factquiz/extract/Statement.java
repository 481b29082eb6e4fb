package org.factquiz.extract;

/**
 * Who said what. {@code direct} is true for words inside quotation marks (text verbatim), false
 * for reported speech (text is the reported clause). The speaker is a person's or body's name.
 */
public record Statement(String speaker, boolean direct, String text, Evidence evidence) implements Fact {}
