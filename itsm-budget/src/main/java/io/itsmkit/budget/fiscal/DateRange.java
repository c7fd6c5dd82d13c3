package io.itsmkit.budget.fiscal;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A half-open span of days, {@code [start, end)}: it holds {@code start} and every day before {@code end}.
 * A contract "from 1 January to 31 December 2026" is {@code ofInclusive(2026-01-01, 2026-12-31)}, which
 * is {@code [2026-01-01, 2027-01-01)} and has 365 days. Half-open spans meet without overlapping, so
 * periods that tile a year have days that sum to the year's.
 *
 * <p>Dates run from {@link #MIN} (inclusive) to {@link #MAX} (exclusive): 1900 to 2999.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class DateRange implements Comparable<DateRange> {
    /** The earliest day a range may hold: 1900-01-01. */
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);

    /** The latest exclusive end of a range: 3000-01-01, so 2999-12-31 is the last day a range may hold. */
    public static final LocalDate MAX = LocalDate.of(3000, 1, 1);

    private final LocalDate start;
    private final LocalDate end;

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Returns the range {@code [start, end)}.
     *
     * @param start the first day
     * @param end the first day after the range, after {@code start}
     * @return the range
     * @throws ValidationException with rule {@code "end-after-start"}, {@code "date-in-range"} for a date
     *     outside 1900-2999, or {@code "required"}
     */
    public static DateRange of(@Nullable LocalDate start, @Nullable LocalDate end) {
        LocalDate s = inRange(start, "range.start");
        LocalDate e = inRange(end, "range.end");
        if (!e.isAfter(s)) {
            throw new ValidationException(
                    "range.end",
                    "end-after-start",
                    "[" + s + ", " + e + ")",
                    "must be after the start (ranges are half-open)");
        }
        return new DateRange(s, e);
    }

    /**
     * Returns the range from {@code first} to {@code last}, both held.
     *
     * @param first the first day
     * @param last the last day, on or after {@code first}
     * @return {@code [first, last + 1 day)}
     * @throws ValidationException as {@link #of} does
     */
    public static DateRange ofInclusive(@Nullable LocalDate first, @Nullable LocalDate last) {
        inRange(first, "range.first");
        LocalDate l = inRange(last, "range.last");
        if (!l.isBefore(MAX)) {
            throw new ValidationException("range.last", "date-in-range", l, "must be before " + MAX);
        }
        return of(first, l.plusDays(1));
    }

    private static LocalDate inRange(@Nullable LocalDate date, String path) {
        LocalDate d = Checks.notNull(date, path);
        if (d.isBefore(MIN) || d.isAfter(MAX)) {
            throw new ValidationException(path, "date-in-range", d, "must be from " + MIN + " to " + MAX);
        }
        return d;
    }

    /**
     * Returns the first day.
     *
     * @return the start, held by the range
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the first day after the range.
     *
     * @return the end, not held by the range
     */
    public LocalDate end() {
        return end;
    }

    /**
     * Returns the last day held.
     *
     * @return the day before {@link #end()}
     */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    /**
     * Returns the number of days held.
     *
     * @return one or more
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /**
     * Tells whether a day is held.
     *
     * @param date the day
     * @return {@code true} if {@code start <= date < end}
     * @throws ValidationException with rule {@code "required"} if null
     */
    public boolean contains(@Nullable LocalDate date) {
        LocalDate d = Checks.notNull(date, "date");
        return !d.isBefore(start) && d.isBefore(end);
    }

    /**
     * Returns the number of days both ranges hold.
     *
     * @param other another range
     * @return zero or more
     * @throws ValidationException with rule {@code "required"} if null
     */
    public long overlapDays(@Nullable DateRange other) {
        return intersection(other).map(DateRange::days).orElse(0L);
    }

    /**
     * Returns the days both ranges hold.
     *
     * @param other another range
     * @return the common range, or empty if they do not overlap
     * @throws ValidationException with rule {@code "required"} if null
     */
    public Optional<DateRange> intersection(@Nullable DateRange other) {
        DateRange o = Checks.notNull(other, "other");
        LocalDate s = start.isAfter(o.start) ? start : o.start;
        LocalDate e = end.isBefore(o.end) ? end : o.end;
        return e.isAfter(s) ? Optional.of(new DateRange(s, e)) : Optional.empty();
    }

    /**
     * Returns the calendar months the range touches, each cut to the range: {@code [2026-03-15,
     * 2026-05-10)} gives {@code [03-15, 04-01)}, {@code [04-01, 05-01)}, {@code [05-01, 05-10)}.
     *
     * @return the pieces, in order, tiling the range
     */
    public List<DateRange> months() {
        List<DateRange> months = new ArrayList<>();
        LocalDate s = start;
        while (s.isBefore(end)) {
            LocalDate next = s.withDayOfMonth(1).plusMonths(1);
            LocalDate e = next.isBefore(end) ? next : end;
            months.add(new DateRange(s, e));
            s = e;
        }
        return List.copyOf(months);
    }

    /**
     * Orders ranges by start, then end.
     *
     * @param other another range
     * @return the comparison
     * @throws ValidationException with rule {@code "required"} if null
     */
    @Override
    public int compareTo(@Nullable DateRange other) {
        DateRange o = Checks.notNull(other, "other");
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof DateRange r && r.start.equals(start) && r.end.equals(end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /**
     * Renders the range as {@code [2026-01-01, 2027-01-01)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
