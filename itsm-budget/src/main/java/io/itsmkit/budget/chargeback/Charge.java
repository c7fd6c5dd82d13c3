package io.itsmkit.budget.chargeback;

import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import java.math.BigDecimal;

/**
 * One flow of a {@link Chargeback}: what a source passed to a target, and why (the driver and the
 * target's quantity of it).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param source the cost object the amount came from
 * @param target the cost object it went to
 * @param driver the driver's name
 * @param quantity the target's quantity of the driver
 * @param amount the amount passed
 */
public record Charge(CostObjectId source, CostObjectId target, String driver, BigDecimal quantity, Money amount) {

    /**
     * Validates the charge.
     *
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} for a null component
     */
    public Charge {
        Checks.notNull(source, "charge.source");
        Checks.notNull(target, "charge.target");
        Checks.notNull(driver, "charge.driver");
        Checks.notNull(quantity, "charge.quantity");
        Checks.notNull(amount, "charge.amount");
    }
}
