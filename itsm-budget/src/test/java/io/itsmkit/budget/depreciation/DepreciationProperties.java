package io.itsmkit.budget.depreciation;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.testkit.BudgetFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepreciationProperties {

    /** A cost, a salvage value within it, a life, a method and a rounding mode. */
    record Asset(Money cost, Money salvage, int life, int method, RoundingMode rounding) {}

    private static final Sampler<Asset> ASSETS = r -> {
        CurrencyUnit c = BudgetFixtures.currencies().sample(r);
        Money cost = Money.ofMinor(r.nextLong(0, 100_000_000_000L), c);
        Money salvage =
                Money.ofMinor(r.nextLong(0, cost.amount().unscaledValue().longValueExact() + 1), c);
        RoundingMode mode = List.of(
                        RoundingMode.HALF_EVEN,
                        RoundingMode.HALF_UP,
                        RoundingMode.UP,
                        RoundingMode.DOWN,
                        RoundingMode.CEILING)
                .get(r.nextInt(5));
        return new Asset(cost, salvage, r.nextInt(1, 40), r.nextInt(5), mode);
    };

    private static List<DepreciationRow> schedule(Asset a) {
        return switch (a.method()) {
            case 0 -> Depreciation.straightLine(a.cost(), a.salvage(), a.life(), a.rounding());
            case 1 -> Depreciation.doubleDecliningBalance(a.cost(), a.salvage(), a.life(), a.rounding());
            case 2 ->
                Depreciation.decliningBalance(
                        a.cost(), a.salvage(), a.life(), new BigDecimal("1.5"), true, a.rounding());
            case 3 ->
                Depreciation.fixedDecliningBalance(a.cost(), a.salvage(), a.life(), 1 + a.life() % 12, a.rounding());
            default ->
                Depreciation.decliningBalance(
                        a.cost(), a.salvage(), a.life(), new BigDecimal("3.7"), false, a.rounding());
        };
    }

    @Test
    void rowsAreConsistentAndNeverCrossTheSalvageValue() {
        qt().forAll(ASSETS.gen()).check(a -> {
            Money accumulated = Money.zero(a.cost().currency());
            int k = 1;
            for (DepreciationRow row : schedule(a)) {
                accumulated = accumulated.plus(row.depreciation());
                if (row.period() != k++
                        || row.depreciation().isNegative()
                        || !row.accumulated().equals(accumulated)
                        || !row.bookValue().equals(a.cost().minus(accumulated))
                        || row.bookValue().isLessThan(a.salvage())) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Straight line and declining balance with the switch end exactly at the salvage value. */
    @Test
    void exhaustingMethodsEndAtTheSalvageValue() {
        Sampler<Asset> exhausting =
                ASSETS.map(a -> new Asset(a.cost(), a.salvage(), a.life(), a.method() % 2 * 2, a.rounding()));
        qt().forAll(exhausting.gen()).check(a -> {
            List<DepreciationRow> rows = schedule(a);
            return rows.size() == a.life()
                    && rows.get(rows.size() - 1).bookValue().equals(a.salvage());
        });
    }
}
