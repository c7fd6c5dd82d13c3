package io.itsmkit.budget.ledger;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.ExchangeRate;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;

/**
 * The document's own amount of an entry booked in another currency, and the rate it was converted with.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param original the amount as invoiced or ordered, in the document's currency
 * @param rate the rate from the document's currency to the budget's
 */
public record ForeignAmount(Money original, ExchangeRate rate) {

    /**
     * Validates that the rate converts from the original's currency.
     *
     * @throws CurrencyMismatchException if it does not
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} for a null component
     */
    public ForeignAmount {
        Checks.notNull(original, "foreign.original");
        Checks.notNull(rate, "foreign.rate");
        CurrencyMismatchException.requireSame("foreign.rate.from", original.currency(), rate.from());
    }
}
