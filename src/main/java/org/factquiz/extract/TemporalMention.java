package org.factquiz.extract;

/**
 * A date or temporal expression found in a sentence: its character span in that sentence, the
 * words, the normalised value and what the value is measured from.
 */
public record TemporalMention(int start, int end, String text, TimeValue value, TimeReference reference) {
  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
