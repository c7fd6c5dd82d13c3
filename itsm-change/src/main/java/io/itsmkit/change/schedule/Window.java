package io.itsmkit.change.schedule;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A half-open time window {@code [start, end)}: it contains its start, not its end, and is never empty.
 *
 * <p>Two windows overlap when they share an instant, so touching windows (one ends when the next starts) do
 * not overlap: back-to-back changes never conflict (ServiceNow's {@code allow_contiguous_changes}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param start the first instant, inclusive
 * @param end the end, exclusive; after {@code start}
 */
public record Window(Instant start, Instant end) implements Comparable<Window> {
    /**
     * Validates the window.
     *
     * @throws ValidationException if an instant is null or {@code end} is not after {@code start}
     * @param start see {@link #start()}
     * @param end see {@link #end()}
     */
    public Window {
        Checks.notNull(start, "window.start");
        Checks.notNull(end, "window.end");
        if (!end.isAfter(start)) {
            throw new ValidationException(
                    "window.end", "end-after-start", start + "/" + end, "must be after the start " + start);
        }
    }

    /**
     * Returns the window of a given length from a start.
     *
     * @param start the first instant
     * @param length the length, more than zero
     * @return {@code [start, start + length)}
     * @throws ValidationException if an argument is null, the length is not positive, or the end is beyond
     *     {@link Instant#MAX}
     */
    public static Window of(Instant start, Duration length) {
        Checks.notNull(start, "window.start");
        Checks.positive(length, "window.length");
        try {
            return new Window(start, start.plus(length));
        } catch (DateTimeException | ArithmeticException e) {
            throw new ValidationException(
                    "window.length", "within-range", length, "ends after " + Instant.MAX + " when added to " + start);
        }
    }

    /**
     * Returns the window's length.
     *
     * @return the duration from start to end, more than zero
     */
    public Duration length() {
        return Duration.between(start, end);
    }

    /**
     * Tells whether two windows share an instant. Symmetric; touching windows do not overlap.
     *
     * @param other another window
     * @return {@code true} if {@code start < other.end && other.start < end}
     */
    public boolean overlaps(Window other) {
        Checks.notNull(other, "other");
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /**
     * Tells whether another window lies wholly inside this one.
     *
     * @param other another window
     * @return {@code true} if {@code start <= other.start && other.end <= end}
     */
    public boolean contains(Window other) {
        Checks.notNull(other, "other");
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * Tells whether an instant lies in the window.
     *
     * @param t an instant
     * @return {@code true} if {@code start <= t < end}
     */
    public boolean contains(Instant t) {
        Checks.notNull(t, "instant");
        return !t.isBefore(start) && t.isBefore(end);
    }

    /**
     * Returns the instants two windows share.
     *
     * @param other another window
     * @return the overlap, or empty if the windows do not overlap
     */
    public Optional<Window> intersection(Window other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        Instant s = start.isAfter(other.start) ? start : other.start;
        Instant e = end.isBefore(other.end) ? end : other.end;
        return Optional.of(new Window(s, e));
    }

    /**
     * Orders windows by start, then by end.
     *
     * @param other another window
     * @return the comparison
     * @throws ValidationException if {@code other} is null
     */
    @Override
    public int compareTo(Window other) {
        Checks.notNull(other, "other");
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    /**
     * Renders the window as {@code [start, end)}.
     *
     * @return e.g. {@code [2026-03-02T22:00:00Z, 2026-03-03T02:00:00Z)}
     */
    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
