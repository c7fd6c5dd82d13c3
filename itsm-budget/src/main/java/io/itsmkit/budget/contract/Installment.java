package io.itsmkit.budget.contract;

import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import java.time.LocalDate;

/**
 * One invoice of a contract's billing schedule.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param date the day it is due (the start of the period it pays for)
 * @param period the days it pays for
 * @param amount the amount invoiced
 */
public record Installment(LocalDate date, DateRange period, Money amount) {

    /**
     * Validates the installment.
     *
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} for a null component
     */
    public Installment {
        Checks.notNull(date, "installment.date");
        Checks.notNull(period, "installment.period");
        Checks.notNull(amount, "installment.amount");
    }
}
