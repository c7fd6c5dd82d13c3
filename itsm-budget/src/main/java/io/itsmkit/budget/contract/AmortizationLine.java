package io.itsmkit.budget.contract;

import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;

/**
 * The part of an amount amortized in one period, and the days that earned it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param period the period
 * @param days the days of the term that lie in the period
 * @param amount the amount amortized in the period
 */
public record AmortizationLine(DateRange period, long days, Money amount) {

    /**
     * Validates the line.
     *
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} for a null component
     */
    public AmortizationLine {
        Checks.notNull(period, "line.period");
        Checks.notNull(amount, "line.amount");
    }
}
