package io.itsmkit.budget.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.budget.conversion.spi.ExchangeRateSource;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.ExchangeRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ExchangeRateSource}, for adapter authors: extend this class, implement
 * {@link #newSource(List)} to return your adapter holding exactly the given rates, and every rule runs
 * against it.
 *
 * <pre>{@code
 * class JdbcExchangeRatesTest extends ExchangeRateSourceTck {
 *     protected ExchangeRateSource newSource(List<ExchangeRate> rates) {
 *         return JdbcExchangeRates.loadedWith(freshSchema(), rates);
 *     }
 * }
 * }</pre>
 */
public abstract class ExchangeRateSourceTck {
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;
    private static final CurrencyUnit USD = CurrencyUnit.USD;
    private static final CurrencyUnit GBP = CurrencyUnit.GBP;
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    /**
     * Returns a new source holding exactly these rates (at most one per pair and day).
     *
     * @param rates the rates
     * @return the adapter under test
     */
    protected abstract ExchangeRateSource newSource(List<ExchangeRate> rates);

    private static ExchangeRate rate(CurrencyUnit from, CurrencyUnit to, String rate, LocalDate date) {
        return new ExchangeRate(from, to, new BigDecimal(rate), date);
    }

    /** The rate published for the day asked is returned unchanged, digit for digit. */
    @Test
    public void required_returnsTheRateOfTheDayExactly() {
        ExchangeRate r = rate(EUR, USD, "1.08230000001", MARCH_2);
        Optional<ExchangeRate> found = newSource(List.of(r)).find(EUR, USD, MARCH_2);
        assertEquals(Optional.of(r), found);
        assertEquals("1.08230000001", found.orElseThrow().rate().toPlainString());
    }

    /** Without a rate on the day, the latest earlier one applies. */
    @Test
    public void required_latestRateOnOrBeforeTheDay() {
        ExchangeRate monday = rate(EUR, USD, "1.0823", MARCH_2);
        ExchangeRate tuesday = rate(EUR, USD, "1.0840", MARCH_2.plusDays(1));
        ExchangeRate friday = rate(EUR, USD, "1.0901", MARCH_2.plusDays(4));
        ExchangeRateSource source = newSource(List.of(friday, monday, tuesday));
        assertEquals(Optional.of(tuesday), source.find(EUR, USD, MARCH_2.plusDays(3)));
        assertEquals(Optional.of(friday), source.find(EUR, USD, MARCH_2.plusDays(30)));
    }

    /** A rate published after the day asked is never returned. */
    @Test
    public void required_neverARateFromTheFuture() {
        ExchangeRateSource source = newSource(List.of(rate(EUR, USD, "1.0823", MARCH_2)));
        assertEquals(Optional.empty(), source.find(EUR, USD, MARCH_2.minusDays(1)));
    }

    /** The answer is for exactly the pair asked; the opposite direction is not inverted by the source. */
    @Test
    public void required_pairIsDirectionalAndNotInverted() {
        ExchangeRateSource source =
                newSource(List.of(rate(EUR, USD, "1.0823", MARCH_2), rate(EUR, GBP, "0.85", MARCH_2)));
        assertEquals(Optional.empty(), source.find(USD, EUR, MARCH_2));
        assertEquals(Optional.empty(), source.find(USD, GBP, MARCH_2));
        assertEquals(GBP, source.find(EUR, GBP, MARCH_2).orElseThrow().to());
    }

    /** A source with no rates answers empty. */
    @Test
    public void required_emptySourceAnswersEmpty() {
        assertEquals(Optional.empty(), newSource(List.of()).find(EUR, USD, MARCH_2));
    }

    /** Many random rates: every answer is the latest rate of that pair on or before the day. */
    @Test
    public void required_agreesWithTheDefinitionOnRandomRates() {
        SplittableRandom random = new SplittableRandom(2026);
        List<ExchangeRate> rates = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ExchangeRate r = BudgetFixtures.exchangeRates().sample(random);
            String key = r.from() + "" + r.to() + r.date();
            if (!used.contains(key)) {
                used.add(key);
                rates.add(r);
            }
        }
        ExchangeRateSource source = newSource(rates);
        for (int i = 0; i < 300; i++) {
            ExchangeRate q = rates.get(random.nextInt(rates.size()));
            LocalDate day = q.date().plusDays(random.nextInt(-400, 400));
            Optional<ExchangeRate> expected = rates.stream()
                    .filter(r -> r.from().equals(q.from())
                            && r.to().equals(q.to())
                            && !r.date().isAfter(day))
                    .max((a, b) -> a.date().compareTo(b.date()));
            assertEquals(expected, source.find(q.from(), q.to(), day), q.from() + "/" + q.to() + " on " + day);
        }
    }

    /** Answers from several threads at once are the same as from one. */
    @Test
    public void required_safeFromSeveralThreads() throws Exception {
        List<ExchangeRate> rates = new ArrayList<>();
        for (int d = 0; d < 200; d++) {
            rates.add(rate(EUR, USD, "1." + (1000 + d), MARCH_2.plusDays(d)));
        }
        ExchangeRateSource source = newSource(rates);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Callable<Boolean> reader = () -> {
                    for (int d = 0; d < 200; d++) {
                        if (!source.find(EUR, USD, MARCH_2.plusDays(d)).equals(Optional.of(rates.get(d)))) {
                            return false;
                        }
                    }
                    return true;
                };
                results.add(pool.submit(reader));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
