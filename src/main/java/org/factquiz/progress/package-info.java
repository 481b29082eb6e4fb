/** Learner progress: history, mastery by article, person, body and kind; spaced repetition per fact. */
package org.factquiz.progress;
