package io.itsmkit.budget.archbad;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Money held exactly, in the same generic and array shapes the floating-point bad classes use: the money rule
 * must not flag it (a rule that flagged every generic type would be switched off, not obeyed).
 */
public class ExactMoney {
    /** Amounts by cost centre. */
    public Map<String, BigDecimal> byCostCentre = Map.of();

    /** Amounts in minor units. */
    public long[] minorUnits = {};

    /** The currency. */
    public Currency currency = Currency.getInstance("EUR");

    /**
     * Takes an exact amount source.
     *
     * @param amount where the amount comes from
     * @param minor how to count an amount in minor units
     */
    public ExactMoney(Supplier<BigDecimal> amount, ToLongFunction<BigDecimal> minor) {}

    /**
     * Returns exact amounts.
     *
     * @return amounts
     */
    public List<BigDecimal> amounts() {
        return List.of();
    }

    /**
     * Returns a count, maybe.
     *
     * @param scale an ISO 4217 scale
     * @return nothing
     */
    public Optional<Integer> lines(int[] scale) {
        return Optional.empty();
    }
}
