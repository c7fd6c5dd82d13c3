package io.itsmkit.budget.conversion.spi;

import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.ExchangeRate;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where exchange rates come from: the host's rate table (ECB reference rates, a treasury feed, a
 * budget's fixed planning rates). itsmkit never fetches rates itself.
 *
 * <p>Contract (checked by {@code io.itsmkit.budget.testkit.ExchangeRateSourceTck}):
 * <ul>
 *   <li>the answer is the rate for exactly the pair asked, {@code from} to {@code to};
 *   <li>it is the rate published for the latest day on or before {@code date}, never a later one;
 *   <li>a pair the source does not hold is empty: the source does not invent inverse or cross rates
 *       ({@link io.itsmkit.budget.conversion.CurrencyConverter} derives those, rounding once);
 *   <li>the source answers the same question the same way while its data is unchanged, and is safe to
 *       call from several threads.
 * </ul>
 */
public interface ExchangeRateSource {

    /**
     * Finds the rate that applies on a day.
     *
     * @param from the currency converted from
     * @param to the currency converted to
     * @param date the day of the conversion
     * @return the latest rate for the pair dated on or before {@code date}, or empty
     */
    Optional<ExchangeRate> find(CurrencyUnit from, CurrencyUnit to, LocalDate date);
}
