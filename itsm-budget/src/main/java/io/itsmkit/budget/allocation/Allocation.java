package io.itsmkit.budget.allocation;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An amount split by weights into parts that sum exactly to it, in minor units (one cent) or in a cash
 * step (CHF 0.05), by a named {@link AllocationMode}.
 *
 * <p>Guarantees, for every mode, every currency scale and any weights:
 * <ul>
 *   <li>the parts plus {@link #remainder()} sum exactly to the amount (the remainder is zero except in
 *       {@link AllocationMode#SEPARATE_REMAINDER});
 *   <li>every part is a whole number of steps; a zero weight gets exactly zero;
 *   <li>allocating a negative amount gives the negation of allocating the positive one;
 *   <li>weights are exact decimals: scaling every weight by the same factor changes nothing;
 *   <li>in {@link AllocationMode#LARGEST_REMAINDER}, no part differs from its exact share by a step or
 *       more.
 * </ul>
 *
 * <p>Exact shares are computed in integers, never rounded: a million weights take milliseconds.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Allocation {
    private final Money amount;
    private final AllocationMode mode;
    private final Money step;
    private final Money remainder;
    private final List<Money> parts;

    private Allocation(Money amount, AllocationMode mode, Money step, Money remainder, List<Money> parts) {
        this.amount = amount;
        this.mode = mode;
        this.step = step;
        this.remainder = remainder;
        this.parts = parts;
    }

    /**
     * Splits an amount by weights in minor units, by {@link AllocationMode#LARGEST_REMAINDER}.
     *
     * @param amount the amount to split
     * @param weights one weight per part, zero or more, not all zero
     * @return the allocation
     * @throws ValidationException see {@link #of(Money, List, AllocationMode, Money)}
     */
    public static Allocation of(@Nullable Money amount, @Nullable List<BigDecimal> weights) {
        return of(amount, weights, AllocationMode.LARGEST_REMAINDER);
    }

    /**
     * Splits an amount by weights in minor units.
     *
     * @param amount the amount to split
     * @param weights one weight per part, zero or more, not all zero
     * @param mode how the leftover units are handed out
     * @return the allocation
     * @throws ValidationException see {@link #of(Money, List, AllocationMode, Money)}
     */
    public static Allocation of(
            @Nullable Money amount, @Nullable List<BigDecimal> weights, @Nullable AllocationMode mode) {
        Money a = Checks.notNull(amount, "amount");
        return of(a, weights, mode, Money.ofMinor(1, a.currency()));
    }

    /**
     * Splits an amount by weights in whole steps, e.g. CHF 0.05 for Swiss cash.
     *
     * @param amount the amount to split; a whole number of steps unless the mode is
     *     {@link AllocationMode#SEPARATE_REMAINDER}, which puts the part below one step in the remainder
     * @param weights one weight per part, zero or more, not all zero
     * @param mode how the leftover steps are handed out
     * @param step the smallest part, in the amount's currency, more than zero
     * @return the allocation
     * @throws ValidationException with rule {@code "not-empty"} for no weights, {@code "not-negative"} for a
     *     negative weight, {@code "positive-total-weight"} if every weight is zero, {@code "positive"} for a
     *     step of zero or less, {@code "multiple-of-step"} if the amount is not a whole number of steps,
     *     {@code "required"} for a null argument or weight, or a {@link CurrencyMismatchException} if the
     *     step is in another currency
     */
    public static Allocation of(
            @Nullable Money amount,
            @Nullable List<BigDecimal> weights,
            @Nullable AllocationMode mode,
            @Nullable Money step) {
        Money a = Checks.notNull(amount, "amount");
        List<BigDecimal> w = Checks.notNull(weights, "weights");
        AllocationMode m = Checks.notNull(mode, "mode");
        Money s = Checks.notNull(step, "step");
        CurrencyMismatchException.requireSame("step", a.currency(), s.currency());
        if (!s.isPositive()) {
            throw new ValidationException("step", "positive", s, "must be more than zero");
        }
        if (w.isEmpty()) {
            throw new ValidationException("weights", "not-empty", "[]", "must hold at least one weight");
        }
        Weights scaled = Weights.of(w);
        BigInteger stepMinor = s.amount().unscaledValue();
        BigInteger[] unitsAndResidue = a.amount().unscaledValue().abs().divideAndRemainder(stepMinor);
        if (m != AllocationMode.SEPARATE_REMAINDER && unitsAndResidue[1].signum() != 0) {
            throw new ValidationException(
                    "amount", "multiple-of-step", a, "must be a whole number of steps of " + s + " in mode " + m);
        }
        Units units = Units.split(unitsAndResidue[0], scaled, m);
        int sign = a.amount().signum();
        BigInteger remainderMinor = units.leftover().multiply(stepMinor).add(unitsAndResidue[1]);
        Money remainder = money(sign < 0 ? remainderMinor.negate() : remainderMinor, a);
        return new Allocation(a, m, s, remainder, new Parts(units, stepMinor, sign < 0, a));
    }

    private static Money money(BigInteger minor, Money like) {
        return minor.bitLength() < 63
                ? Money.ofMinor(minor.longValue(), like.currency())
                : Money.of(new BigDecimal(minor, like.currency().scale()), like.currency());
    }

    /**
     * Returns the parts, one per weight, in the weights' order.
     *
     * @return an immutable list
     */
    public List<Money> parts() {
        return parts;
    }

    /**
     * Returns what was not allocated: zero except in {@link AllocationMode#SEPARATE_REMAINDER}, where it is
     * the leftover steps plus any part of the amount below one step.
     *
     * @return the remainder, with the amount's sign
     */
    public Money remainder() {
        return remainder;
    }

    /**
     * Returns the amount that was split.
     *
     * @return the amount, equal to the sum of the parts and the remainder
     */
    public Money amount() {
        return amount;
    }

    /**
     * Returns the mode used.
     *
     * @return the mode
     */
    public AllocationMode mode() {
        return mode;
    }

    /**
     * Returns the step every part is a multiple of.
     *
     * @return one minor unit unless a cash step was given
     */
    public Money step() {
        return step;
    }

    @Override
    public String toString() {
        return amount + " by " + mode + " in steps of " + step + " -> " + parts
                + (remainder.isZero() ? "" : " remainder " + remainder);
    }

    /** The parts as money, computed from the units on access. */
    private static final class Parts extends AbstractList<Money> implements RandomAccess {
        private final Units units;
        private final BigInteger stepMinor;
        private final long stepLong;
        private final boolean negative;
        private final Money like;

        Parts(Units units, BigInteger stepMinor, boolean negative, Money like) {
            this.units = units;
            this.stepMinor = stepMinor;
            this.stepLong = stepMinor.bitLength() < 32 ? stepMinor.longValue() : 0;
            this.negative = negative;
            this.like = like;
        }

        @Override
        public Money get(int index) {
            if (index < 0 || index >= size()) {
                throw new ValidationException(
                        "index", "in-range", index, "must be from 0 to " + (size() - 1) + " (one part per weight)");
            }
            long small = units.small(index);
            if (small >= 0 && stepLong > 0 && (stepLong == 1 || small < (1L << 31))) {
                long minor = small * stepLong;
                return Money.ofMinor(negative ? -minor : minor, like.currency());
            }
            BigInteger minor = units.big(index).multiply(stepMinor);
            return money(negative ? minor.negate() : minor, like);
        }

        @Override
        public int size() {
            return units.size();
        }
    }
}
