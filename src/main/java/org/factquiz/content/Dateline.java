package org.factquiz.content;

import java.time.LocalDate;

/**
 * Where and when an article was filed, e.g. "Moscow, 17 February 2000 (RFE/RL) --"; the span
 * covers the dateline text in the original article. Place may be null when only a date is given.
 */
public record Dateline(String place, LocalDate date, int start, int end) {}
