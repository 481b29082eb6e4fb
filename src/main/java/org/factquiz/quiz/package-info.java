/** Quizzes: question sets opened to a class, attempts, and grading with partial credit. */
package org.factquiz.quiz;
