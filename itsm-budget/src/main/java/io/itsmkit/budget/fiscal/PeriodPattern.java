package io.itsmkit.budget.fiscal;

import java.util.List;

/**
 * How a fiscal year is divided into periods (the ServiceNow fiscal calendar types: Regular, quarterly,
 * 445, 454, 544 and 13 Period).
 *
 * <p>Month-based periods start on the fiscal year's start day of each month (a year starting on 6 April
 * has periods 6 April - 5 May, 6 May - 5 June, ...); a start day past the end of a shorter month falls on
 * its last day. Week-based periods are whole weeks from the year's start, and the last period also holds
 * the one or two days by which the year is longer than 52 weeks, so the periods always tile the year.
 */
public enum PeriodPattern {
    /** Twelve periods of one month. */
    MONTHLY(List.of()),
    /** Four periods of three months. */
    QUARTERLY(List.of()),
    /** Twelve periods of 4, 4 and 5 weeks in each quarter. */
    WEEKS_4_4_5(List.of(4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5)),
    /** Twelve periods of 4, 5 and 4 weeks in each quarter. */
    WEEKS_4_5_4(List.of(4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4)),
    /** Twelve periods of 5, 4 and 4 weeks in each quarter. */
    WEEKS_5_4_4(List.of(5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4)),
    /** Thirteen periods of four weeks. */
    THIRTEEN_PERIODS(List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));

    private final List<Integer> weeks;

    PeriodPattern(List<Integer> weeks) {
        this.weeks = weeks;
    }

    /**
     * Returns the number of periods in a year.
     *
     * @return 12, 4 or 13
     */
    public int periodsPerYear() {
        return switch (this) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            default -> weeks.size();
        };
    }

    /** Weeks per period, empty for month-based patterns. */
    List<Integer> weeks() {
        return weeks;
    }
}
