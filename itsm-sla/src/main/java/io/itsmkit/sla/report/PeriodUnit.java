package io.itsmkit.sla.report;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The periods reports are cut into, in a time zone: days, ISO weeks (from Monday) and months. */
public enum PeriodUnit {
    /** A calendar day. */
    DAY,
    /** An ISO week, Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH;

    /**
     * Returns the first day of the period an instant falls in.
     *
     * @param instant the instant
     * @param zone the zone the periods are cut in
     * @return the period's first day
     * @throws ValidationException if an argument is null, or the instant has no local date (rule
     *     {@code "date-range"})
     */
    public LocalDate startOf(Instant instant, ZoneId zone) {
        Checks.notNull(instant, "instant");
        Checks.notNull(zone, "zone");
        LocalDate d;
        try {
            d = LocalDate.ofInstant(instant, zone);
        } catch (DateTimeException outOfRange) {
            throw new ValidationException("instant", "date-range", instant, "has no local date in " + zone);
        }
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }
}
