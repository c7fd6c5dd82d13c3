package io.itsmkit.budget.fiscal;

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
    MONTHLY,
    /** Four periods of three months. */
    QUARTERLY,
    /** Twelve periods of 4, 4 and 5 weeks in each quarter. */
    WEEKS_4_4_5,
    /** Twelve periods of 4, 5 and 4 weeks in each quarter. */
    WEEKS_4_5_4,
    /** Twelve periods of 5, 4 and 4 weeks in each quarter. */
    WEEKS_5_4_4,
    /** Thirteen periods of four weeks. */
    THIRTEEN_PERIODS;

    /**
     * Returns the number of periods in a year.
     *
     * @return 12, 4 or 13
     */
    public int periodsPerYear() {
        return switch (this) {
            case QUARTERLY -> 4;
            case THIRTEEN_PERIODS -> 13;
            default -> 12;
        };
    }

    /**
     * Weeks in a period of a week-based pattern.
     *
     * @param period the period's number, from 1
     * @return 4 or 5; 0 for month-based patterns
     */
    int weeks(int period) {
        int inQuarter = (period - 1) % 3;
        return switch (this) {
            case WEEKS_4_4_5 -> inQuarter == 2 ? 5 : 4;
            case WEEKS_4_5_4 -> inQuarter == 1 ? 5 : 4;
            case WEEKS_5_4_4 -> inQuarter == 0 ? 5 : 4;
            case THIRTEEN_PERIODS -> 4;
            default -> 0;
        };
    }
}
