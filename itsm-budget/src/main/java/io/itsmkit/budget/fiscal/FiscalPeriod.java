package io.itsmkit.budget.fiscal;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;

/**
 * One period of a fiscal year: its year's name, its number from 1, and its days.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param fiscalYear the name of the fiscal year it belongs to
 * @param number the period's number in the year, from 1
 * @param range the days of the period
 */
public record FiscalPeriod(int fiscalYear, int number, DateRange range) {

    /**
     * Validates the period.
     *
     * @throws ValidationException with rule {@code "period-number"} for a number outside 1 to 13, or
     *     {@code "required"}
     */
    public FiscalPeriod {
        Checks.notNull(range, "period.range");
        if (number < 1 || number > 13) {
            throw new ValidationException("period.number", "period-number", number, "must be from 1 to 13");
        }
    }

    /**
     * Renders the period as {@code FY2027 P01 [2026-04-01, 2026-05-01)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "FY" + fiscalYear + " P" + (number < 10 ? "0" : "") + number + " " + range;
    }
}
