package io.itsmkit.budget.alert;

import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;

/**
 * A threshold that fired, with the figures that made it fire.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param threshold the threshold reached
 * @param budget the budget it was measured against
 * @param spent the spending that reached it
 */
public record BudgetAlert(Threshold threshold, Money budget, Money spent) {

    /**
     * Validates the alert.
     *
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} for a null component
     */
    public BudgetAlert {
        Checks.notNull(threshold, "alert.threshold");
        Checks.notNull(budget, "alert.budget");
        Checks.notNull(spent, "alert.spent");
    }

    /**
     * Explains the alert, e.g. {@code "spent EUR 85000.00 is >= 80% of the budget EUR 100000.00"} or
     * {@code "spent EUR 100000.01 exceeded the budget EUR 100000.00"}.
     *
     * @return a sentence for people
     */
    public String reason() {
        return threshold.isExceeded()
                ? "spent " + spent + " exceeded the budget " + budget
                : "spent " + spent + " is " + threshold + " of the budget " + budget;
    }
}
