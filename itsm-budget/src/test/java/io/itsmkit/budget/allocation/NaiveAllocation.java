package io.itsmkit.budget.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The test oracle and benchmark baseline: the allocation modes written out the obvious way, with exact
 * rationals as BigDecimal fractions, a full sort of boxed indices, no fast paths.
 */
final class NaiveAllocation {
    private NaiveAllocation() {}

    /** Parts in units for a non-negative number of units. */
    static List<BigInteger> units(BigInteger units, List<BigDecimal> weights, AllocationMode mode) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal t = new BigDecimal(units);
        int n = weights.size();
        if (mode == AllocationMode.CUMULATIVE) {
            List<BigInteger> parts = new ArrayList<>();
            BigDecimal running = BigDecimal.ZERO;
            BigInteger previous = BigInteger.ZERO;
            for (BigDecimal w : weights) {
                running = running.add(w);
                // exact t x running / total, rounded half-even to an integer in one division
                BigInteger rounded = t.multiply(running)
                        .divide(total, 0, RoundingMode.HALF_EVEN)
                        .toBigIntegerExact();
                parts.add(rounded.subtract(previous));
                previous = rounded;
            }
            return parts;
        }
        List<BigInteger> floors = new ArrayList<>();
        List<BigDecimal> fractions = new ArrayList<>();
        BigInteger sum = BigInteger.ZERO;
        for (BigDecimal w : weights) {
            BigDecimal exactTimesTotal = t.multiply(w);
            BigInteger floor =
                    exactTimesTotal.divide(total, 0, RoundingMode.FLOOR).toBigIntegerExact();
            floors.add(floor);
            fractions.add(exactTimesTotal.subtract(new BigDecimal(floor).multiply(total)));
            sum = sum.add(floor);
        }
        int left = units.subtract(sum).intValueExact();
        if (mode == AllocationMode.SEPARATE_REMAINDER) {
            return floors;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (mode == AllocationMode.LARGEST_REMAINDER || weights.get(i).signum() > 0) {
                order.add(i);
            }
        }
        if (mode == AllocationMode.LARGEST_REMAINDER) {
            order.sort(Comparator.comparing((Integer i) -> fractions.get(i))
                    .reversed()
                    .thenComparing(i -> i));
        }
        List<BigInteger> parts = new ArrayList<>(floors);
        for (int k = 0; k < left; k++) {
            parts.set(order.get(k), parts.get(order.get(k)).add(BigInteger.ONE));
        }
        return parts;
    }

    /** The exact share of part {@code i} in units, to 50 digits. */
    static BigDecimal exactShare(BigInteger units, List<BigDecimal> weights, int i) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BigDecimal(units).multiply(weights.get(i)).divide(total, new MathContext(50));
    }
}
