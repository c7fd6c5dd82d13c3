package io.itsmkit.core.calendar;

import io.itsmkit.core.error.HostFailureException;
import java.time.ZoneId;

/**
 * A host {@link io.itsmkit.core.calendar.spi.HolidaySource} failed: it threw an exception or an error other
 * than a {@link VirtualMachineError} (the cause, checked or not), answered {@code null} or a list holding
 * {@code null} or something other than a {@code Holiday}, or answered a date outside the year asked and the
 * years just before and after. The host's plug-in broke its contract ({@link HostFailureException}, kind
 * {@code HOST_FAILURE}): the plug-in is {@code holidaySources[name]}, the rule {@code "holiday-source"}, and
 * the message names the source, the calendar's zone and the year.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class HolidaySourceException extends HostFailureException {
    private static final long serialVersionUID = 1L;

    /** The name the calendar knows the source by. */
    private final String source;

    /** The calendar's zone. */
    private final ZoneId zone;

    /** The year asked. */
    private final int year;

    /**
     * Creates the exception.
     *
     * @param source the source's name
     * @param zone the calendar's zone
     * @param year the year asked
     * @param problem what went wrong
     * @param cause what the source threw, or {@code null} for a bad answer
     */
    HolidaySourceException(
            String source, ZoneId zone, int year, String problem, @org.jspecify.annotations.Nullable Throwable cause) {
        super(
                "holidaySources[" + source + "]",
                "holiday-source",
                "holiday source \"" + source + "\" of a calendar in " + zone + ", asked for " + year + ": " + problem,
                cause);
        this.source = source;
        this.zone = zone;
        this.year = year;
    }

    /**
     * Returns the name of the source that failed.
     *
     * @return the name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the zone of the calendar that asked.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the year asked.
     *
     * @return the year
     */
    public int year() {
        return year;
    }
}
