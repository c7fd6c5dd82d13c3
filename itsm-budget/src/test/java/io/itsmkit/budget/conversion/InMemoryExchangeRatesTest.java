package io.itsmkit.budget.conversion;

import io.itsmkit.budget.conversion.inmemory.InMemoryExchangeRates;
import io.itsmkit.budget.conversion.spi.ExchangeRateSource;
import io.itsmkit.budget.money.ExchangeRate;
import io.itsmkit.budget.testkit.ExchangeRateSourceTck;
import java.util.List;

/** The reference adapter passes the whole TCK. */
class InMemoryExchangeRatesTest extends ExchangeRateSourceTck {
    @Override
    protected ExchangeRateSource newSource(List<ExchangeRate> rates) {
        return InMemoryExchangeRates.of(rates);
    }
}
