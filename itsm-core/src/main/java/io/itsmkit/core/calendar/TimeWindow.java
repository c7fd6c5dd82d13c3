package io.itsmkit.core.calendar;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A working window in local wall time, belonging to the day it starts on: {@code 08:30-13:00}, a window
 * that ends at midnight ({@code 18:00-24:00}), or an overnight shift ({@code 22:00-06:00}, which ends the
 * next morning).
 *
 * <p>Precision is the nanosecond. The start is a time of day; the end is kept as nanoseconds after the
 * start day's midnight, so it is above 24 h for an overnight window.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class TimeWindow implements Comparable<TimeWindow> {
    static final long DAY = 86_400_000_000_000L;

    private final long start;
    private final long end;

    private TimeWindow(long start, long end) {
        this.start = start;
        this.end = end;
    }

    /**
     * A window within one day. {@code end} equal to {@link LocalTime#MIDNIGHT} means 24:00, so
     * {@code of(00:00, 00:00)} is the whole day.
     *
     * @param start the start, inclusive
     * @param end the end, exclusive; after {@code start}, or midnight for 24:00
     * @return the window
     * @throws ValidationException with rule {@code "not-empty"} if {@code end} equals {@code start} (other
     *     than 00:00-00:00), {@code "end-after-start"} if {@code end} is before {@code start} (use
     *     {@link #overnight} for shifts past midnight), or {@code "required"} if an argument is null
     */
    public static TimeWindow of(LocalTime start, LocalTime end) {
        long s = Checks.notNull(start, "window.start").toNanoOfDay();
        long e = Checks.notNull(end, "window.end").equals(LocalTime.MIDNIGHT) ? DAY : end.toNanoOfDay();
        checkNotEmpty(start, end);
        if (e < s) {
            throw new ValidationException(
                    "window.end",
                    "end-after-start",
                    start + "-" + end,
                    "must be after the start (24:00 is written as 00:00); for a shift past midnight use overnight(start, end)");
        }
        return new TimeWindow(s, e);
    }

    private static void checkNotEmpty(LocalTime start, LocalTime end) {
        if (start.equals(end) && !start.equals(LocalTime.MIDNIGHT)) {
            throw new ValidationException(
                    "window.end", "not-empty", start + "-" + end, "a window from a time to the same time is empty");
        }
    }

    /**
     * An overnight window that starts on one day and ends the next morning, e.g. 22:00-06:00. It belongs
     * to the day it starts: a holiday on that day closes the whole shift.
     *
     * @param start the start, inclusive, on the first day
     * @param end the end, exclusive, on the next day; after 00:00 and before {@code start}
     * @return the window
     * @throws ValidationException with rule {@code "not-empty"} if {@code end} equals {@code start},
     *     {@code "overnight"} if {@code end} is midnight or after {@code start}, or {@code "required"} if an
     *     argument is null
     */
    public static TimeWindow overnight(LocalTime start, LocalTime end) {
        long s = Checks.notNull(start, "window.start").toNanoOfDay();
        long e = Checks.notNull(end, "window.end").toNanoOfDay();
        checkNotEmpty(start, end);
        if (e == 0 || e >= s) {
            throw new ValidationException(
                    "window.end",
                    "overnight",
                    start + "-" + end,
                    "an overnight window ends the next day after 00:00 and before its start");
        }
        return new TimeWindow(s, DAY + e);
    }

    /**
     * Parses {@code "H:mm-H:mm"} (hours of one or two digits; seconds and fractions allowed): {@code "24:00"}
     * as an end means midnight, and an end before the start makes an overnight window.
     *
     * @param window e.g. {@code "08:30-13:00"}, {@code "8:30-13:00"}, {@code "18:00-24:00"}, {@code "22:00-06:00"}
     * @return the window
     * @throws ValidationException with rule {@code "format"} if the text is not of that form, or
     *     {@code "not-empty"} for a window like {@code "08:00-08:00"}
     */
    public static TimeWindow parse(String window) {
        String text = Checks.notNull(window, "window");
        int dash = text.indexOf('-');
        LocalTime start = dash < 0 ? null : time(text.substring(0, dash).strip());
        String endText = dash < 0 ? "" : text.substring(dash + 1).strip();
        LocalTime end = endText.equals("24:00") ? LocalTime.MIDNIGHT : time(endText);
        if (start == null || end == null) {
            throw new ValidationException(
                    "window", "format", text, "must be H:mm-H:mm, e.g. 08:30-13:00 or 8:30-13:00");
        }
        return end.equals(LocalTime.MIDNIGHT) || !end.isBefore(start) ? of(start, end) : overnight(start, end);
    }

    private static @Nullable LocalTime time(String text) {
        try {
            return LocalTime.parse(text.length() > 1 && text.charAt(1) == ':' ? "0" + text : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Returns the start time.
     *
     * @return the start, on the window's day
     */
    public LocalTime start() {
        return LocalTime.ofNanoOfDay(start);
    }

    /**
     * Returns the end time of day (midnight for a window ending at 24:00).
     *
     * @return the end, on the window's day or, if {@link #endsNextDay()}, the next day
     */
    public LocalTime end() {
        return LocalTime.ofNanoOfDay(end % DAY);
    }

    /**
     * Tells whether the window ends on the next day (overnight, or at 24:00).
     *
     * @return {@code true} if the end lies on the next day
     */
    public boolean endsNextDay() {
        return end >= DAY;
    }

    /**
     * Returns the start in nanoseconds after the window's day's midnight.
     *
     * @return from 0 (inclusive) to 24 h (exclusive)
     */
    long startNanos() {
        return start;
    }

    /**
     * Returns the end in nanoseconds after the window's day's midnight.
     *
     * @return more than the start, at most 48 h
     */
    long endNanos() {
        return end;
    }

    /**
     * Orders windows by start, then end.
     *
     * @param o another window
     * @return the comparison
     * @throws ValidationException if {@code o} is null
     */
    @Override
    public int compareTo(TimeWindow o) {
        Checks.notNull(o, "other");
        int c = Long.compare(start, o.start);
        return c != 0 ? c : Long.compare(end, o.end);
    }

    /**
     * Windows are equal when they start and end at the same times.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof TimeWindow w && w.start == start && w.end == end;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(start * 31 + end);
    }

    /**
     * Renders the window as {@link #parse} reads it, e.g. {@code "22:00-06:00"} or {@code "18:00-24:00"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return start() + "-" + (end == DAY ? "24:00" : end().toString());
    }
}
