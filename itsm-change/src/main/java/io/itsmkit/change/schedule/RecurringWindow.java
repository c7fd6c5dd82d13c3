package io.itsmkit.change.schedule;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A window that recurs in a time zone: it starts at a local time on each date of its {@link Recurrence} and
 * lasts a length of local wall-clock time, e.g. every Sunday 02:00 to 06:00 in Europe/Rome, or every year from
 * December 15 for 21 days.
 *
 * <p>Semantics: each occurrence runs from {@code date + start} to {@code date + start + length} in local
 * wall time, turned into instants with java.time's rules (a local time in a DST gap is shifted later by the
 * gap, an ambiguous one takes the earlier offset); an occurrence that the clocks change makes empty is
 * skipped. Occurrences are computed between {@link BusinessCalendar#HORIZON_START} and
 * {@link BusinessCalendar#HORIZON_END}, the horizon of core's calendars.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param recurrence the dates an occurrence starts on
 * @param start the local start time
 * @param length the local wall-clock length, more than zero and at most 366 days
 * @param zone the zone of the local dates and times
 */
public record RecurringWindow(Recurrence recurrence, LocalTime start, Duration length, ZoneId zone) {
    /** The longest occurrence accepted. */
    public static final Duration MAX_LENGTH = Duration.ofDays(366);

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null or the length is not positive or above
     *     {@link #MAX_LENGTH}
     * @param recurrence see {@link #recurrence()}
     * @param start see {@link #start()}
     * @param length see {@link #length()}
     * @param zone see {@link #zone()}
     */
    public RecurringWindow {
        Checks.notNull(recurrence, "recurringWindow.recurrence");
        Checks.notNull(start, "recurringWindow.start");
        Checks.positive(length, "recurringWindow.length");
        Checks.notNull(zone, "recurringWindow.zone");
        if (length.compareTo(MAX_LENGTH) > 0) {
            throw new ValidationException(
                    "recurringWindow.length", "at-most-a-year", length, "must be at most " + MAX_LENGTH);
        }
    }

    /**
     * Returns the occurrences that overlap a range, whole (not clipped to the range), in order.
     *
     * @param range the range
     * @return the occurrences sharing an instant with {@code range}
     * @throws ValidationException if the range is null or not within the calendar horizon
     */
    public List<Window> occurrencesOverlapping(Window range) {
        Checks.notNull(range, "range");
        if (range.start().isBefore(BusinessCalendar.HORIZON_START)
                || range.end().isAfter(BusinessCalendar.HORIZON_END)) {
            throw new ValidationException(
                    "range",
                    "within-horizon",
                    range,
                    "must lie from " + BusinessCalendar.HORIZON_START + " to " + BusinessCalendar.HORIZON_END);
        }
        LocalDate first = LocalDate.ofInstant(range.start(), zone).minusDays(length.toDays() + 2);
        LocalDate last = LocalDate.ofInstant(range.end(), zone);
        List<Window> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (recurrence.occursOn(d)) {
                LocalDateTime localStart = d.atTime(start);
                Instant s = localStart.atZone(zone).toInstant();
                Instant e = localStart.plus(length).atZone(zone).toInstant();
                if (e.isAfter(s)) {
                    Window w = new Window(s, e);
                    if (w.overlaps(range)) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }
}
