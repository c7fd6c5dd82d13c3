package io.itsmkit.budget.money;

import io.itsmkit.budget.money.inmemory.InMemoryExchangeRates;
import io.itsmkit.budget.money.spi.ExchangeRateSource;
import io.itsmkit.budget.testkit.ExchangeRateSourceTck;
import java.util.List;

/** The reference adapter passes the whole TCK. */
class InMemoryExchangeRatesTest extends ExchangeRateSourceTck {
    @Override
    protected ExchangeRateSource newSource(List<ExchangeRate> rates) {
        return InMemoryExchangeRates.of(rates);
    }
}
