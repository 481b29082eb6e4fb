package org.factquiz.content;

import java.time.LocalDate;

/**
 * Where and when an article was filed, e.g. "Lisbon, 3 April 2001 (AFP) --": the place
 * (null when only a date is given), the date (null for "LIMA (AP) _" with no date anywhere), the
 * news source in brackets (null when absent), and the span of the dateline text in the original.
 */
public record Dateline(String place, LocalDate date, String source, int start, int end) {}
