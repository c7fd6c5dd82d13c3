package io.itsmkit.budget.conversion.inmemory;

import io.itsmkit.budget.conversion.spi.ExchangeRateSource;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.ExchangeRate;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The reference {@link ExchangeRateSource}: a fixed table of dated rates held in memory, answering with the
 * latest rate on or before the day asked. Good for tests, planning rates and hosts that load a rate file.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class InMemoryExchangeRates implements ExchangeRateSource {
    private final Map<String, NavigableMap<LocalDate, ExchangeRate>> byPair;

    private InMemoryExchangeRates(Map<String, NavigableMap<LocalDate, ExchangeRate>> byPair) {
        this.byPair = byPair;
    }

    /**
     * Returns a source holding the given rates.
     *
     * @param rates the rates; at most one per pair and day
     * @return the source
     * @throws ValidationException with rule {@code "one-rate-per-pair-and-day"} for two rates of one pair on
     *     one day, or {@code "required"} for a null list or element
     */
    public static InMemoryExchangeRates of(@Nullable List<ExchangeRate> rates) {
        Map<String, NavigableMap<LocalDate, ExchangeRate>> byPair = new HashMap<>();
        List<ExchangeRate> list = Checks.notNull(rates, "rates");
        for (int i = 0; i < list.size(); i++) {
            ExchangeRate r = Checks.notNull(list.get(i), "rates[" + i + "]");
            ExchangeRate before = byPair.computeIfAbsent(key(r.from(), r.to()), k -> new TreeMap<>())
                    .putIfAbsent(r.date(), r);
            if (before != null) {
                throw new ValidationException(
                        "rates[" + i + "]", "one-rate-per-pair-and-day", r, "repeats the pair and day of " + before);
            }
        }
        return new InMemoryExchangeRates(byPair);
    }

    private static String key(CurrencyUnit from, CurrencyUnit to) {
        return from.code() + to.code();
    }

    /**
     * Finds the latest rate of the pair dated on or before {@code date}.
     *
     * @param from the currency converted from
     * @param to the currency converted to
     * @param date the day of the conversion
     * @return the rate, or empty
     * @throws ValidationException with rule {@code "required"} if an argument is null
     */
    @Override
    public Optional<ExchangeRate> find(
            @Nullable CurrencyUnit from, @Nullable CurrencyUnit to, @Nullable LocalDate date) {
        NavigableMap<LocalDate, ExchangeRate> rates =
                byPair.get(key(Checks.notNull(from, "from"), Checks.notNull(to, "to")));
        LocalDate d = Checks.notNull(date, "date");
        if (rates == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, ExchangeRate> e = rates.floorEntry(d);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }
}
