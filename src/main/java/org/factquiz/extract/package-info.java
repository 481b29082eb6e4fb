/**
 * Fact extraction: people and their roles, bodies, who said what, dates and events, each tied to
 * the sentence that states it. Facts are plain records, independent of JSON, HTTP and storage.
 */
package org.factquiz.extract;
