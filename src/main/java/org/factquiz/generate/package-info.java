/**
 * Question generation: templates kept as files turn facts into questions, distractors are picked
 * from the corpus, and a validator rejects candidates whose key is not supported by their evidence.
 */
package org.factquiz.generate;
