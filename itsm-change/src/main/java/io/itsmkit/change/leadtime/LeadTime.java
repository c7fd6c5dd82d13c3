package io.itsmkit.change.leadtime;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.Instant;

/**
 * A lead time: the number of business days between a change's submission and its earliest planned start,
 * e.g. Stanford's 10 business days for a very high risk change.
 *
 * <p>Business days are counted with core's {@link BusinessCalendar#addBusinessDays(Instant, int)}: a change
 * submitted on a business day may start on the n-th business day after it, at the same local time or later.
 * A change submitted on a day that is not a business day (a Saturday, a holiday) counts as submitted at the
 * start of the next business day, so a later submission never allows an earlier start (Friday 23:00 plus one
 * business day is Monday 23:00; Saturday 10:00 plus one is Tuesday 00:00, not Monday 10:00). This class is
 * the one place the change module counts business days.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param businessDays the number of business days, from 0 to {@value #MAX_DAYS}
 */
public record LeadTime(int businessDays) {
    /** The longest lead time accepted, in business days (about ten years). */
    public static final int MAX_DAYS = 2_600;

    /** No lead time: a change may start as soon as it is submitted. */
    public static final LeadTime NONE = new LeadTime(0);

    /**
     * Validates the number of days.
     *
     * @throws ValidationException if the number is negative or above {@value #MAX_DAYS}
     * @param businessDays see {@link #businessDays()}
     */
    public LeadTime {
        if (businessDays < 0 || businessDays > MAX_DAYS) {
            throw new ValidationException(
                    "leadTime.businessDays", "within-range", businessDays, "must be from 0 to " + MAX_DAYS);
        }
    }

    /**
     * Returns a lead time of some business days.
     *
     * @param days from 0 to {@value #MAX_DAYS}
     * @return the lead time
     * @throws ValidationException if the number is out of range
     */
    public static LeadTime ofBusinessDays(int days) {
        return new LeadTime(days);
    }

    /**
     * Returns the earliest start this lead time allows for a change submitted at an instant.
     *
     * @param submittedAt when the change was submitted
     * @param calendar the business calendar that says which days are working days
     * @return {@code submittedAt} for no lead time, else the instant {@link #businessDays()} business days later
     *     (from the start of the next business day if submitted on another day); never earlier for a later
     *     submission
     * @throws ValidationException if an argument is null or the instant outside the calendar's horizon
     * @throws io.itsmkit.core.calendar.NoWorkingTimeException if the calendar has not that many working days
     *     before its horizon end
     */
    public Instant earliestStart(Instant submittedAt, BusinessCalendar calendar) {
        Checks.notNull(submittedAt, "submittedAt");
        Checks.notNull(calendar, "calendar");
        if (businessDays == 0) {
            return submittedAt;
        }
        Instant sameTimeOfDay = calendar.addBusinessDays(submittedAt, businessDays); // checks the horizon
        java.time.ZoneId zone = calendar.zone();
        java.time.LocalDate day = submittedAt.atZone(zone).toLocalDate();
        if (calendar.isBusinessDay(day)) {
            return sameTimeOfDay;
        }
        java.time.LocalDate firstBusinessDay = calendar.addBusinessDays(day, 1);
        return calendar.addBusinessDays(firstBusinessDay, businessDays)
                .atStartOfDay(zone)
                .toInstant();
    }

    /**
     * Tells whether a planned start respects this lead time.
     *
     * @param submittedAt when the change was submitted
     * @param plannedStart when it is planned to start
     * @param calendar the business calendar
     * @return {@code true} if {@code plannedStart} is not before {@link #earliestStart}
     * @throws ValidationException if an argument is null or an instant outside the calendar's horizon
     */
    public boolean isMetBy(Instant submittedAt, Instant plannedStart, BusinessCalendar calendar) {
        Checks.notNull(plannedStart, "plannedStart");
        return !plannedStart.isBefore(earliestStart(submittedAt, calendar));
    }

    /**
     * Renders the lead time.
     *
     * @return e.g. {@code "5 business days"}
     */
    @Override
    public String toString() {
        return businessDays + (businessDays == 1 ? " business day" : " business days");
    }
}
