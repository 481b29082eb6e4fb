package org.factquiz.quiz;

import java.util.List;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;

/** A teacher's edit of a question: the new wording, options, key, accepted answers and feedback. */
public record QuestionEdit(String stem, List<Choice> options, List<Choice> premises, AnswerKey key, List<String> accepted,
    String feedback) {}
