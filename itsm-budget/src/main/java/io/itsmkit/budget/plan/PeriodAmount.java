package io.itsmkit.budget.plan;

import io.itsmkit.budget.fiscal.FiscalPeriod;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;

/**
 * An amount planned for one fiscal period.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param period the period
 * @param amount the amount planned in it
 */
public record PeriodAmount(FiscalPeriod period, Money amount) {

    /**
     * Validates the pair.
     *
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} for a null component
     */
    public PeriodAmount {
        Checks.notNull(period, "period");
        Checks.notNull(amount, "amount");
    }
}
