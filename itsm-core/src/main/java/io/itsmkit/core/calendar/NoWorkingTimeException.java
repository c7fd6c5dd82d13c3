package io.itsmkit.core.calendar;

import io.itsmkit.core.error.ValidationException;

/**
 * A search for working time or business days found too few within the calendar horizon: the calendar is
 * never open, or not open enough to reach the requested amount before {@link BusinessCalendar#HORIZON_END}
 * (or after {@link BusinessCalendar#HORIZON_START} when searching backwards), or the n-th business day lies
 * outside the horizon.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class NoWorkingTimeException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was searched and where the search stopped
     */
    public NoWorkingTimeException(String message) {
        super("calendar", "working-time-in-horizon", "none", message);
    }
}
