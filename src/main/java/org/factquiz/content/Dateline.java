package org.factquiz.content;

import java.time.LocalDate;

/**
 * Where and when an article was filed, e.g. "Moscow, 17 February 2000 (RFE/RL) --": the place
 * (null when only a date is given), the date, the news source in brackets (null when absent), and
 * the span of the dateline text in the original article.
 */
public record Dateline(String place, LocalDate date, String source, int start, int end) {}
