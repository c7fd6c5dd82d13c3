package io.itsmkit.budget.status;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What has been spent against a budget line, by stage. Each amount is the open amount at its stage: a
 * request that became an order is no longer requested, an order that was invoiced is no longer ordered.
 * Amounts may be negative (credit notes, released commitments).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param requested requested and not yet ordered
 * @param ordered ordered (committed) and not yet invoiced
 * @param actual invoiced or paid
 * @param accrued incurred and recognised but not yet invoiced
 */
public record Spending(Money requested, Money ordered, Money actual, Money accrued) {

    /**
     * Validates that every amount is in one currency.
     *
     * @throws CurrencyMismatchException if the amounts are in different currencies
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} for a null amount
     */
    public Spending {
        Checks.notNull(ordered, "spending.ordered");
        Checks.notNull(actual, "spending.actual");
        Checks.notNull(accrued, "spending.accrued");
        CurrencyUnit c = Checks.notNull(requested, "spending.requested").currency();
        CurrencyMismatchException.requireSame(
                "spending.ordered",
                c,
                Checks.notNull(ordered, "spending.ordered").currency());
        CurrencyMismatchException.requireSame(
                "spending.actual", c, Checks.notNull(actual, "spending.actual").currency());
        CurrencyMismatchException.requireSame(
                "spending.accrued",
                c,
                Checks.notNull(accrued, "spending.accrued").currency());
    }

    /**
     * Returns no spending.
     *
     * @param currency the currency
     * @return every amount zero
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} if null
     */
    public static Spending zero(@Nullable CurrencyUnit currency) {
        Money z = Money.zero(currency);
        return new Spending(z, z, z, z);
    }

    /**
     * Returns the currency.
     *
     * @return the currency of every amount
     */
    public CurrencyUnit currency() {
        return requested.currency();
    }

    /**
     * Returns what counts as consumed at a stage.
     *
     * @param stage from which stage on spending counts
     * @return actual plus accrued, plus ordered from {@link ConsumptionStage#FROM_ORDERED}, plus requested
     *     from {@link ConsumptionStage#FROM_REQUESTED}
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} if null
     */
    public Money consumed(@Nullable ConsumptionStage stage) {
        ConsumptionStage s = Checks.notNull(stage, "stage");
        Money sum = actual.plus(accrued);
        if (s != ConsumptionStage.ACTUALS_ONLY) {
            sum = sum.plus(ordered);
        }
        if (s == ConsumptionStage.FROM_REQUESTED) {
            sum = sum.plus(requested);
        }
        return sum;
    }

    /**
     * Returns the stage-by-stage sum.
     *
     * @param other spending in the same currency
     * @return the sum of each stage
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Spending plus(@Nullable Spending other) {
        Spending o = Checks.notNull(other, "other");
        return new Spending(
                requested.plus(o.requested), ordered.plus(o.ordered), actual.plus(o.actual), accrued.plus(o.accrued));
    }
}
