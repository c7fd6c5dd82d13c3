package io.itsmkit.budget.plan;

import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;

/**
 * One line of a {@link Budget}: what a cost center plans to spend in a category over the budget's span,
 * and how that amount is phased over the periods.
 *
 * <p>Amounts are costs and are never negative: one sign convention for the whole module (spending that
 * reduces cost, such as a credit note, is negative spending, not a negative budget).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param id the line's identifier, unique within its budget
 * @param costCenter the cost center the line belongs to
 * @param expenseType CapEx or OpEx
 * @param category the TBM cost pool or tower
 * @param amount the amount planned over the whole budget span, zero or more
 * @param phasing how the amount is spread over the periods
 */
public record BudgetLine(
        BudgetLineId id,
        CostCenterId costCenter,
        ExpenseType expenseType,
        CostCategory category,
        Money amount,
        Phasing phasing) {

    /**
     * Validates the line.
     *
     * @throws ValidationException with rule {@code "not-negative"} for a negative amount, or
     *     {@code "required"}
     */
    public BudgetLine {
        Checks.notNull(id, "line.id");
        Checks.notNull(costCenter, "line.costCenter");
        Checks.notNull(expenseType, "line.expenseType");
        Checks.notNull(category, "line.category");
        Checks.notNull(amount, "line.amount");
        Checks.notNull(phasing, "line.phasing");
        if (amount.isNegative()) {
            throw new ValidationException("line.amount", "not-negative", amount, "must be zero or more");
        }
    }
}
