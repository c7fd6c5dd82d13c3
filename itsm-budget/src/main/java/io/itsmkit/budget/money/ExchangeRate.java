package io.itsmkit.budget.money;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dated exchange rate: one unit of {@code from} buys {@code rate} units of {@code to}, as published for
 * {@code date} (e.g. the ECB's EUR/USD reference rate of a day). The rate is kept exactly as published and
 * never rounded.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param from the currency converted from
 * @param to the currency converted to, not {@code from}
 * @param rate units of {@code to} per unit of {@code from}, more than zero
 * @param date the day the rate applies from
 */
public record ExchangeRate(CurrencyUnit from, CurrencyUnit to, BigDecimal rate, LocalDate date) {

    /**
     * Validates the rate.
     *
     * @throws ValidationException with rule {@code "distinct-currencies"} if {@code from} equals {@code to},
     *     {@code "positive"} for a rate of zero or less, or {@code "required"}
     */
    public ExchangeRate {
        Checks.notNull(from, "rate.from");
        Checks.notNull(to, "rate.to");
        Checks.notNull(rate, "rate.rate");
        Checks.notNull(date, "rate.date");
        rate = Decimals.positive(rate, "rate.rate");
        if (from.equals(to)) {
            throw new ValidationException(
                    "rate.to", "distinct-currencies", to.code(), "must differ from the currency converted from");
        }
    }

    /**
     * Renders the rate as {@code "EUR/USD 1.0823 on 2026-03-02"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return from + "/" + to + " " + rate.toPlainString() + " on " + date;
    }
}
