package io.itsmkit.core.calendar.spi;

import java.time.LocalDate;
import java.util.Set;

/**
 * Where a {@code BusinessCalendar}'s full-day holidays come from: built-in rules
 * ({@code io.itsmkit.core.calendar.Holidays}) or the host (a holiday table, a regional service).
 *
 * <p>Contract: {@link #holidaysIn(int)} is a pure, thread-safe function of the year (a calendar asks once
 * per year it computes and caches the answer), returns dates of that year only, in the calendar's zone,
 * and never {@code null}. Implementations should define {@code equals} so calendars built from equal
 * sources are equal.
 */
@FunctionalInterface
public interface HolidaySource {
    /**
     * Returns the holidays of one year.
     *
     * @param year the year, e.g. 2026
     * @return the holiday dates of that year, possibly empty
     */
    Set<LocalDate> holidaysIn(int year);
}
