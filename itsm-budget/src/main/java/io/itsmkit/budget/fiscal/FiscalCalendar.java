package io.itsmkit.budget.fiscal;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fiscal calendar: the day every fiscal year starts (1 January, 1 April, 6 April, 1 October, any day
 * but 29 February), how years are named, and how each year divides into periods.
 *
 * <p>Guarantees: consecutive fiscal years meet without gap or overlap, and a year's periods tile it in
 * order, so every day lies in exactly one year and one period. Supported years lie within
 * {@link DateRange#MIN} and {@link DateRange#MAX} (1900-2999).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class FiscalCalendar {
    /** The calendar year in twelve monthly periods: fiscal year 2026 is 1 January to 31 December 2026. */
    public static final FiscalCalendar CALENDAR_YEAR =
            new FiscalCalendar(MonthDay.of(Month.JANUARY, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY);

    private final MonthDay start;
    private final YearNaming naming;
    private final PeriodPattern pattern;

    private FiscalCalendar(MonthDay start, YearNaming naming, PeriodPattern pattern) {
        this.start = start;
        this.naming = naming;
        this.pattern = pattern;
    }

    /**
     * Returns a fiscal calendar.
     *
     * @param start the day each fiscal year starts, not 29 February
     * @param naming whether a year is named by the calendar year it starts or ends in
     * @param pattern how a year divides into periods
     * @return the calendar
     * @throws ValidationException with rule {@code "not-february-29"} or {@code "required"}
     */
    public static FiscalCalendar of(
            @Nullable MonthDay start, @Nullable YearNaming naming, @Nullable PeriodPattern pattern) {
        MonthDay s = Checks.notNull(start, "calendar.start");
        if (s.equals(MonthDay.of(Month.FEBRUARY, 29))) {
            throw new ValidationException(
                    "calendar.start", "not-february-29", s, "must be a day every year has, not 29 February");
        }
        return new FiscalCalendar(
                s, Checks.notNull(naming, "calendar.naming"), Checks.notNull(pattern, "calendar.pattern"));
    }

    /**
     * Returns the fiscal year with the given name.
     *
     * @param year the year's name under this calendar's {@link YearNaming}
     * @return the year
     * @throws ValidationException with rule {@code "fiscal-year-in-range"} if the year does not lie within
     *     1900-2999
     */
    public FiscalYear year(int year) {
        long startYear = naming == YearNaming.START_YEAR || isJanuaryFirst() ? year : (long) year - 1;
        return yearStartingIn(supported(startYear, "year", year));
    }

    /**
     * Returns the fiscal year a day lies in.
     *
     * @param date the day
     * @return the year holding it
     * @throws ValidationException with rule {@code "fiscal-year-in-range"} if the year does not lie within
     *     1900-2999, or {@code "required"}
     */
    public FiscalYear yearOf(@Nullable LocalDate date) {
        LocalDate d = Checks.notNull(date, "date");
        int startYear = d.isBefore(startIn(d.getYear())) ? d.getYear() - 1 : d.getYear();
        return yearStartingIn(supported(startYear, "date", d));
    }

    /**
     * Returns the period a day lies in.
     *
     * @param date the day
     * @return the period holding it
     * @throws ValidationException as {@link #yearOf} does
     */
    public FiscalPeriod periodOf(@Nullable LocalDate date) {
        LocalDate d = Checks.notNull(date, "date");
        return yearOf(d).periods().stream()
                .filter(p -> p.range().contains(d))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Returns the fiscal years a range of days touches, in order.
     *
     * @param range the days
     * @return one or more years
     * @throws ValidationException as {@link #yearOf} does, or {@code "required"}
     */
    public List<FiscalYear> years(@Nullable DateRange range) {
        DateRange r = Checks.notNull(range, "range");
        List<FiscalYear> years = new ArrayList<>();
        FiscalYear y = yearOf(r.start());
        years.add(y);
        while (y.range().end().isBefore(r.end())) {
            y = yearOf(y.range().end());
            years.add(y);
        }
        return List.copyOf(years);
    }

    /** Returns the start year if the year it starts lies within the supported dates. */
    private int supported(long startYear, String path, Object value) {
        boolean ok = startYear >= DateRange.MIN.getYear() - 1
                && startYear < DateRange.MAX.getYear()
                && !startIn((int) startYear).isBefore(DateRange.MIN)
                && !startIn((int) startYear + 1).isAfter(DateRange.MAX);
        if (!ok) {
            throw new ValidationException(
                    path,
                    "fiscal-year-in-range",
                    value,
                    "must lie in a fiscal year within " + DateRange.MIN + " and " + DateRange.MAX);
        }
        return (int) startYear;
    }

    private boolean isJanuaryFirst() {
        return start.getMonth() == Month.JANUARY && start.getDayOfMonth() == 1;
    }

    private LocalDate startIn(int calendarYear) {
        return start.atYear(calendarYear);
    }

    private FiscalYear yearStartingIn(int startYear) {
        LocalDate first = startIn(startYear);
        LocalDate next = startIn(startYear + 1);
        int name = naming == YearNaming.START_YEAR || isJanuaryFirst() ? startYear : startYear + 1;
        List<FiscalPeriod> periods = new ArrayList<>();
        int n = pattern.periodsPerYear();
        LocalDate s = first;
        int weeks = 0;
        for (int k = 1; k <= n; k++) {
            LocalDate e;
            if (k == n) {
                e = next;
            } else if (pattern == PeriodPattern.MONTHLY) {
                e = first.plusMonths(k);
            } else if (pattern == PeriodPattern.QUARTERLY) {
                e = first.plusMonths(3L * k);
            } else {
                weeks += pattern.weeks(k);
                e = first.plusWeeks(weeks);
            }
            periods.add(new FiscalPeriod(name, k, DateRange.of(s, e)));
            s = e;
        }
        return new FiscalYear(this, name, DateRange.of(first, next), periods);
    }

    /**
     * Returns the day each fiscal year starts.
     *
     * @return the month and day
     */
    public MonthDay start() {
        return start;
    }

    /**
     * Returns how years are named.
     *
     * @return the naming
     */
    public YearNaming naming() {
        return naming;
    }

    /**
     * Returns how a year divides into periods.
     *
     * @return the pattern
     */
    public PeriodPattern pattern() {
        return pattern;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof FiscalCalendar c && c.start.equals(start) && c.naming == naming && c.pattern == pattern;
    }

    @Override
    public int hashCode() {
        return (start.hashCode() * 31 + naming.hashCode()) * 31 + pattern.hashCode();
    }

    /**
     * Renders the calendar, e.g. {@code "fiscal years from --04-01 named by END_YEAR in MONTHLY periods"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "fiscal years from " + start + " named by " + naming + " in " + pattern + " periods";
    }
}
