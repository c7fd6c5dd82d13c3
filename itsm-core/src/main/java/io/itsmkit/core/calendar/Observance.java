package io.itsmkit.core.calendar;

/**
 * Where a holiday that falls on a weekend is observed (the day off). Weekends are Saturday and Sunday,
 * whatever a calendar's business days: observance is a fact of the holiday rules, not of one desk's rota.
 */
public enum Observance {
    /** Observed on its date, whatever the weekday. */
    NONE,

    /** A Saturday holiday is observed on the Friday before; a Sunday one stays on Sunday. */
    SATURDAY_TO_FRIDAY,

    /** A Sunday holiday is observed on the Monday after; a Saturday one stays on Saturday. */
    SUNDAY_TO_MONDAY,

    /**
     * A Saturday holiday is observed on the Friday before and a Sunday one on the Monday after: the US
     * federal rule (5 U.S.C. 6103(b) and Executive Order 11582). A 1 January on a Saturday is observed on
     * 31 December of the year before.
     */
    NEAREST_WEEKDAY,

    /**
     * A weekend holiday is observed on the next Monday-to-Friday date that is not already a holiday of the
     * same {@link Holidays} set, whichever year's rules give it: the UK's substitute days (Christmas on
     * Saturday and Boxing Day on Sunday give Monday 27 and Tuesday 28 December). Weekend holidays are given
     * substitutes in date order, across the year end (a Saturday 31 December takes Monday 2 January, so a
     * Sunday 1 January takes Tuesday 3 January).
     */
    NEXT_WORKING_DAY
}
