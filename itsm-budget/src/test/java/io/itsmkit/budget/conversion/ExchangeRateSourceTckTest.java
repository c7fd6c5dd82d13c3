package io.itsmkit.budget.conversion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.budget.conversion.inmemory.InMemoryExchangeRates;
import io.itsmkit.budget.conversion.spi.ExchangeRateSource;
import io.itsmkit.budget.money.ExchangeRate;
import io.itsmkit.budget.testkit.ExchangeRateSourceTck;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each deliberately broken adapter fails at least one TCK rule. */
class ExchangeRateSourceTckTest {

    /** Broken adapters, each breaking one promise of the port. */
    static ExchangeRateSource broken(String kind, List<ExchangeRate> rates) {
        InMemoryExchangeRates good = InMemoryExchangeRates.of(rates);
        return switch (kind) {
            // answers the opposite pair by inverting it itself
            case "inverts" -> (from, to, date) -> good.find(from, to, date).or(() -> good.find(to, from, date));
            // takes the earliest rate instead of the latest on or before the day
            case "earliest" ->
                (from, to, date) -> rates.stream()
                        .filter(r -> r.from().equals(from)
                                && r.to().equals(to)
                                && !r.date().isAfter(date))
                        .min(Comparator.comparing(ExchangeRate::date));
            // takes the nearest rate, even a later one
            case "nearest" ->
                (from, to, date) -> rates.stream()
                        .filter(r -> r.from().equals(from) && r.to().equals(to))
                        .min(Comparator.comparing(r -> Math.abs(r.date().toEpochDay() - date.toEpochDay())));
            // rounds rates to four decimals, as a float column would lose digits
            case "rounds" ->
                (from, to, date) -> good.find(from, to, date)
                        .map(r -> new ExchangeRate(
                                r.from(), r.to(), r.rate().setScale(4, java.math.RoundingMode.HALF_EVEN), r.date()));
            // keeps only the last rate of each pair
            case "lastOnly" ->
                (from, to, date) -> rates.stream()
                        .filter(r -> r.from().equals(from) && r.to().equals(to))
                        .max(Comparator.comparing(ExchangeRate::date))
                        .filter(r -> !r.date().isAfter(date));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"inverts", "earliest", "nearest", "rounds", "lastOnly"})
    void theTckFailsABrokenAdapter(String kind) throws Exception {
        final class Broken extends ExchangeRateSourceTck {
            @Override
            protected ExchangeRateSource newSource(List<ExchangeRate> rates) {
                return broken(kind, rates);
            }
        }
        ExchangeRateSourceTck tck = new Broken();
        List<String> failed = new ArrayList<>();
        for (Method m : ExchangeRateSourceTck.class.getDeclaredMethods()) {
            if (m.getName().startsWith("required_")) {
                try {
                    m.invoke(tck);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    if (e.getCause() instanceof AssertionError) {
                        failed.add(m.getName());
                    } else {
                        throw e;
                    }
                }
            }
        }
        assertTrue(!failed.isEmpty(), kind + " passed every rule");
    }
}
