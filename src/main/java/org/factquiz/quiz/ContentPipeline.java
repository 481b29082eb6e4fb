package org.factquiz.quiz;

import org.factquiz.extract.FactExtractor;
import org.factquiz.generate.QuestionGenerator;

/**
 * The stages that turn article bytes into questions, and a version string that changes whenever
 * their output may change (it is part of the fingerprint that decides whether to regenerate).
 */
public record ContentPipeline(ArticleParser parser, FactExtractor extractor, QuestionGenerator generator, String version) {}
