package org.factquiz.progress;

import java.time.LocalDate;

/** How many facts fall due on one day (UTC); day one also counts what is overdue. */
public record DayForecast(LocalDate date, int due) {}
