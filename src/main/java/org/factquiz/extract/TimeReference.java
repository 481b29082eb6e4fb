package org.factquiz.extract;

/** What a temporal mention is measured from: nothing, the dateline, the story's last day, or nothing at all (too vague). */
public enum TimeReference {
  /** A calendar date stated in the text ("17 February 2000", "May 18", "in 1997"). */
  CALENDAR,
  /** Relative to the dateline ("Wednesday", "last spring", "two weeks ago"). */
  DATELINE,
  /** Relative to the last day the story mentioned ("the same day", "the next day"). */
  STORY,
  /** Too vague to date ("recently", "in recent days"); the value is always unresolved. */
  VAGUE
}
