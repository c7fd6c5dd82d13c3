package io.itsmkit.budget.fiscal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fiscal year of a {@link FiscalCalendar}: its name, its days and its periods. Obtain it from
 * {@link FiscalCalendar#year(int)} or {@link FiscalCalendar#yearOf}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class FiscalYear {
    private final FiscalCalendar calendar;
    private final int name;
    private final DateRange range;
    private final List<FiscalPeriod> periods;

    FiscalYear(FiscalCalendar calendar, int name, DateRange range, List<FiscalPeriod> periods) {
        this.calendar = calendar;
        this.name = name;
        this.range = range;
        this.periods = List.copyOf(periods);
    }

    /**
     * Returns the calendar the year belongs to.
     *
     * @return the calendar
     */
    public FiscalCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the year's name, e.g. 2027 for 1 April 2026 to 31 March 2027 named by end year.
     *
     * @return the name
     */
    public int year() {
        return name;
    }

    /**
     * Returns the year's days.
     *
     * @return from the start day to the next year's start day
     */
    public DateRange range() {
        return range;
    }

    /**
     * Returns the periods, in order; they tile {@link #range()}.
     *
     * @return an immutable list of {@link PeriodPattern#periodsPerYear()} periods
     */
    public List<FiscalPeriod> periods() {
        return periods;
    }

    /**
     * Returns the next fiscal year.
     *
     * @return the year starting where this one ends
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "fiscal-year-in-range"} after 2999
     */
    public FiscalYear next() {
        return calendar.yearOf(range.end());
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof FiscalYear y && y.calendar.equals(calendar) && y.name == name;
    }

    @Override
    public int hashCode() {
        return calendar.hashCode() * 31 + name;
    }

    /**
     * Renders the year as {@code FY2027 [2026-04-01, 2027-04-01)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "FY" + name + " " + range;
    }
}
