package org.factquiz.quiz;

import java.util.List;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;

/** A question as one attempt shows it: options and premises in that attempt's shuffled order. */
public record PresentedQuestion(Question question, List<Choice> options, List<Choice> premises) {}
