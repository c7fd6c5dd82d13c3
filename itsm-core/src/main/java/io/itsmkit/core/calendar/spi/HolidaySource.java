package io.itsmkit.core.calendar.spi;

import java.util.List;

/**
 * Holidays the host knows (a holiday table, a regional service, a library such as Jollyday), for a
 * {@code BusinessCalendar}. Built-in rules ({@code io.itsmkit.core.calendar.Holidays}) need no source: they
 * are part of the calendar's definition as data.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #holidaysIn(int)} is a pure, thread-safe function of the year and never returns
 *       {@code null} or a list holding {@code null}.
 *   <li>It answers the holidays <em>of</em> a year, where they are observed: a holiday of 2022 observed
 *       on Friday 2021-12-31 may be in the answer for 2022. Dates must lie in the asked year or the years
 *       just before or after it; the calendar files each date under its own year, so where a date is
 *       reported never changes the result.
 * </ul>
 *
 * <p>What a calendar guarantees in return: it asks a source only for the years of its horizon, at most once
 * per year, and keeps the answer (so a slow source costs one call per year per calendar; the operands of a
 * union or intersection share the answers of a source name). It copies the answer in one pass, rejects
 * one that breaks the contract, and wraps whatever the source throws (except a
 * {@link VirtualMachineError}), with a {@code HolidaySourceException} ({@code HOST_FAILURE}) naming the
 * source, the calendar's zone and the year; a failed year is asked again next time.
 */
@FunctionalInterface
public interface HolidaySource {
    /**
     * Returns the holidays of one year.
     *
     * @param year the year, e.g. 2026
     * @return the holidays of that year, possibly empty; dates in {@code year - 1} to {@code year + 1}
     */
    List<Holiday> holidaysIn(int year);
}
