/**
 * Article loading: decodes a plain-text news article, strips site furniture, finds the title,
 * dateline, lede, paragraphs and sentences, and keeps character offsets into the original text.
 */
package org.factquiz.content;
