package io.itsmkit.budget.allocation;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.testkit.BudgetFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationProperties {

    /** An amount, weights and a mode. */
    record Case(Money amount, List<BigDecimal> weights, AllocationMode mode) {}

    private static final Sampler<Case> CASES = r -> {
        CurrencyUnit c = BudgetFixtures.currencies().sample(r);
        long max = r.nextInt(4) == 0 ? Long.MAX_VALUE / 4 : 1_000_000;
        return new Case(
                BudgetFixtures.money(c, max).sample(r),
                BudgetFixtures.weightLists(r.nextInt(3) == 0 ? 40 : 6).sample(r),
                AllocationMode.values()[r.nextInt(AllocationMode.values().length)]);
    };

    private static BigInteger minor(Money m) {
        return m.amount().unscaledValue();
    }

    @Test
    void partsAndRemainderSumExactlyToTheAmountForAnyWeightsAndScale() {
        qt().forAll(CASES.gen()).check(c -> {
            Allocation a = Allocation.of(c.amount(), c.weights(), c.mode());
            Money sum = a.parts().stream().reduce(a.remainder(), Money::plus);
            return sum.equals(c.amount()) && a.parts().size() == c.weights().size();
        });
    }

    @Test
    void largestRemainderKeepsEveryPartWithinOneUnitOfItsExactShare() {
        qt().forAll(CASES.gen()).check(c -> {
            List<Money> parts = Allocation.of(c.amount(), c.weights()).parts();
            BigInteger units = minor(c.amount()).abs();
            for (int i = 0; i < parts.size(); i++) {
                BigDecimal exact = NaiveAllocation.exactShare(units, c.weights(), i);
                BigDecimal part = new BigDecimal(minor(parts.get(i)).abs());
                if (part.subtract(exact).abs().compareTo(BigDecimal.ONE) >= 0) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void everyModeAgreesWithTheNaiveOracle() {
        qt().forAll(CASES.gen()).check(c -> {
            Allocation a = Allocation.of(c.amount(), c.weights(), c.mode());
            List<BigInteger> expected = NaiveAllocation.units(minor(c.amount()).abs(), c.weights(), c.mode());
            int sign = c.amount().amount().signum();
            for (int i = 0; i < expected.size(); i++) {
                BigInteger e = sign < 0 ? expected.get(i).negate() : expected.get(i);
                if (!minor(a.parts().get(i)).equals(e)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void zeroWeightsGetZeroInEveryMode() {
        qt().forAll(CASES.gen()).check(c -> {
            List<Money> parts = Allocation.of(c.amount(), c.weights(), c.mode()).parts();
            for (int i = 0; i < parts.size(); i++) {
                if (c.weights().get(i).signum() == 0 && !parts.get(i).isZero()) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void allocatingTheNegationNegatesEveryPart() {
        qt().forAll(CASES.gen()).check(c -> {
            Allocation plus = Allocation.of(c.amount(), c.weights(), c.mode());
            Allocation minus = Allocation.of(c.amount().negated(), c.weights(), c.mode());
            for (int i = 0; i < plus.parts().size(); i++) {
                if (!plus.parts().get(i).negated().equals(minus.parts().get(i))) {
                    return false;
                }
            }
            return plus.remainder().negated().equals(minus.remainder());
        });
    }

    @Test
    void scalingEveryWeightChangesNothing() {
        qt().forAll(
                        CASES.gen(),
                        Sampler.oneOf(List.of("3", "0.001", "1000000", "7.25")).gen())
                .check((c, k) -> {
                    BigDecimal factor = new BigDecimal(k);
                    List<BigDecimal> scaled =
                            c.weights().stream().map(w -> w.multiply(factor)).toList();
                    return Allocation.of(c.amount(), c.weights(), c.mode())
                            .parts()
                            .equals(Allocation.of(c.amount(), scaled, c.mode()).parts());
                });
    }

    /** Random weights up to 10^9, whose fractional shares rarely tie. */
    private static final Sampler<Case> SPREAD = r -> {
        CurrencyUnit c = BudgetFixtures.currencies().sample(r);
        List<BigDecimal> w = new ArrayList<>();
        for (int i = r.nextInt(2, 30); i > 0; i--) {
            w.add(BigDecimal.valueOf(r.nextLong(1, 1_000_000_000L)));
        }
        return new Case(BudgetFixtures.money(c, 1_000_000_000).sample(r), w, AllocationMode.LARGEST_REMAINDER);
    };

    /** Where no two fractional parts tie, reversing the weights reverses the parts (Hamilton). */
    @Test
    void reversingDistinctWeightsReversesTheParts() {
        qt().forAll(SPREAD.gen()).assuming(c -> distinctFractions(c)).check(c -> {
            List<BigDecimal> reversed = new ArrayList<>(c.weights());
            Collections.reverse(reversed);
            List<Money> parts =
                    new ArrayList<>(Allocation.of(c.amount(), c.weights()).parts());
            Collections.reverse(parts);
            return parts.equals(Allocation.of(c.amount(), reversed).parts());
        });
    }

    private static boolean distinctFractions(Case c) {
        BigInteger units = minor(c.amount()).abs();
        List<BigDecimal> fractions = new ArrayList<>();
        for (int i = 0; i < c.weights().size(); i++) {
            BigDecimal exact = NaiveAllocation.exactShare(units, c.weights(), i);
            BigDecimal f = exact.subtract(new BigDecimal(exact.toBigInteger()));
            if (fractions.stream().anyMatch(x -> x.compareTo(f) == 0)) {
                return false;
            }
            fractions.add(f);
        }
        return true;
    }

    /** Cumulative rounding: every running total is the exact running share rounded half-even. */
    @Test
    void cumulativeRunningTotalsAreTheExactRunningSharesRoundedOnce() {
        qt().forAll(CASES.gen()).check(c -> {
            List<Money> parts = Allocation.of(c.amount(), c.weights(), AllocationMode.CUMULATIVE)
                    .parts();
            BigDecimal total = c.weights().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal units = new BigDecimal(minor(c.amount()));
            BigDecimal weight = BigDecimal.ZERO;
            BigInteger running = BigInteger.ZERO;
            for (int i = 0; i < parts.size(); i++) {
                weight = weight.add(c.weights().get(i));
                running = running.add(minor(parts.get(i)));
                BigInteger expected = units.multiply(weight)
                        .divide(total, 0, java.math.RoundingMode.HALF_EVEN)
                        .toBigIntegerExact();
                if (!running.equals(expected)) {
                    return false;
                }
            }
            return true;
        });
    }
}
