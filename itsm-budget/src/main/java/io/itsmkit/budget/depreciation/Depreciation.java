package io.itsmkit.budget.depreciation;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Decimals;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Depreciation schedules of an asset over its life in periods (years or months): straight line,
 * declining balance (double declining, any factor, with or without the switch to straight line), and the
 * fixed-rate declining balance of a spreadsheet's {@code DB} function.
 *
 * <p>Guarantees, for every method: each period's depreciation is computed from the book value left by
 * the rounded depreciation of the periods before, and rounded once with the caller's
 * {@link RoundingMode}; the book value never falls below the salvage value (the salvage floor); the rows
 * are consistent (accumulated = sum of depreciation, book value = cost - accumulated).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Depreciation {
    /** The longest life accepted, in periods: 100 years of months. */
    public static final int MAX_LIFE = 1200;

    private Depreciation() {}

    /**
     * Straight line: {@code (cost - salvage) / life} each period; the last period takes the remainder, so
     * the book value ends exactly at the salvage value.
     *
     * @param cost the asset's cost, zero or more
     * @param salvage the salvage value, from zero to the cost
     * @param life the periods of useful life, 1 to {@value #MAX_LIFE}
     * @param rounding how each period's charge is rounded
     * @return {@code life} rows
     * @throws ValidationException with rule {@code "not-negative"}, {@code "salvage-within-cost"},
     *     {@code "life"}, a {@link CurrencyMismatchException}, or {@code "required"}
     */
    public static List<DepreciationRow> straightLine(
            @Nullable Money cost, @Nullable Money salvage, int life, @Nullable RoundingMode rounding) {
        RoundingMode r = Checks.notNull(rounding, "rounding");
        Money c = checkCost(cost, salvage);
        Money s = Checks.notNull(salvage, "salvage");
        checkLife(life);
        Money charge = c.minus(s).prorated(BigDecimal.ONE, BigDecimal.valueOf(life), r);
        Schedule schedule = new Schedule(c, s);
        for (int k = 1; k <= life; k++) {
            schedule.charge(k == life ? schedule.depreciable() : charge);
        }
        return schedule.rows();
    }

    /**
     * Double declining balance, as a spreadsheet's {@code DDB}: {@code book value x 2 / life} each period,
     * no switch to straight line.
     *
     * @param cost the asset's cost, zero or more
     * @param salvage the salvage value, from zero to the cost
     * @param life the periods of useful life, 1 to {@value #MAX_LIFE}
     * @param rounding how each period's charge is rounded
     * @return {@code life} rows
     * @throws ValidationException as {@link #decliningBalance} does
     */
    public static List<DepreciationRow> doubleDecliningBalance(
            @Nullable Money cost, @Nullable Money salvage, int life, @Nullable RoundingMode rounding) {
        return decliningBalance(cost, salvage, life, BigDecimal.valueOf(2), false, rounding);
    }

    /**
     * Declining balance: {@code book value x factor / life} each period (factor 2 is double declining,
     * 1.5 is 150%), the salvage value ignored in the rate but never crossed. With the switch (as a
     * spreadsheet's {@code VDB}), once straight line over the remaining life, {@code (book value -
     * salvage) / periods left}, charges more, it is used for the rest of the life, which then ends exactly
     * at the salvage value.
     *
     * @param cost the asset's cost, zero or more
     * @param salvage the salvage value, from zero to the cost
     * @param life the periods of useful life, 1 to {@value #MAX_LIFE}
     * @param factor the declining factor, more than zero
     * @param switchToStraightLine whether to switch to straight line when it charges more
     * @param rounding how each period's charge is rounded
     * @return {@code life} rows
     * @throws ValidationException with rule {@code "positive"} for the factor, or as
     *     {@link #straightLine} does
     */
    public static List<DepreciationRow> decliningBalance(
            @Nullable Money cost,
            @Nullable Money salvage,
            int life,
            @Nullable BigDecimal factor,
            boolean switchToStraightLine,
            @Nullable RoundingMode rounding) {
        RoundingMode r = Checks.notNull(rounding, "rounding");
        Checks.notNull(factor, "factor");
        Money c = checkCost(cost, salvage);
        Money s = Checks.notNull(salvage, "salvage");
        checkLife(life);
        BigDecimal f = Decimals.positive(factor, "factor");
        Schedule schedule = new Schedule(c, s);
        boolean straight = false;
        for (int k = 1; k <= life; k++) {
            Money declining = schedule.bookValue().prorated(f, BigDecimal.valueOf(life), r);
            if (switchToStraightLine) {
                Money line =
                        schedule.depreciable().prorated(BigDecimal.ONE, BigDecimal.valueOf((long) life - k + 1), r);
                straight = straight || line.isGreaterThan(declining);
                schedule.charge(straight ? line : declining);
            } else {
                schedule.charge(declining);
            }
        }
        return schedule.rows();
    }

    /**
     * Fixed-rate declining balance, as a spreadsheet's {@code DB(cost, salvage, life, period, month)}: the
     * rate is {@code 1 - (salvage / cost)^(1 / life)} rounded half-up to three decimals; the first period
     * charges {@code cost x rate x month / 12}, each next one {@code book value x rate}, and when the first
     * year was partial a last period {@code life + 1} charges {@code book value x rate x (12 - month) /
     * 12}. Here each charge is rounded and never crosses the salvage value.
     *
     * @param cost the asset's cost, zero or more
     * @param salvage the salvage value, from zero to the cost
     * @param life the years of useful life, 1 to {@value #MAX_LIFE}
     * @param firstYearMonths the months of the first year the asset is in use, 1 to 12
     * @param rounding how each period's charge is rounded
     * @return {@code life} rows, or {@code life + 1} when {@code firstYearMonths} is below 12
     * @throws ValidationException with rule {@code "first-year-months"}, or as {@link #straightLine} does
     */
    public static List<DepreciationRow> fixedDecliningBalance(
            @Nullable Money cost,
            @Nullable Money salvage,
            int life,
            int firstYearMonths,
            @Nullable RoundingMode rounding) {
        RoundingMode r = Checks.notNull(rounding, "rounding");
        Money c = checkCost(cost, salvage);
        Money s = Checks.notNull(salvage, "salvage");
        checkLife(life);
        if (firstYearMonths < 1 || firstYearMonths > 12) {
            throw new ValidationException(
                    "firstYearMonths", "first-year-months", firstYearMonths, "must be from 1 to 12");
        }
        BigDecimal rate = fixedRate(c, s, life);
        BigDecimal twelve = BigDecimal.valueOf(12);
        Schedule schedule = new Schedule(c, s);
        int periods = firstYearMonths < 12 ? life + 1 : life;
        for (int k = 1; k <= periods; k++) {
            BigDecimal months = k == 1
                    ? BigDecimal.valueOf(firstYearMonths)
                    : k == life + 1 ? BigDecimal.valueOf(12L - firstYearMonths) : twelve;
            schedule.charge(schedule.bookValue().prorated(rate.multiply(months), twelve, r));
        }
        return schedule.rows();
    }

    /**
     * The spreadsheet's DB rate, {@code round(1 - (salvage / cost)^(1 / life), 3)} half-up, found exactly:
     * the largest {@code k / 1000} with {@code salvage x 2000^life <= cost x (2001 - 2k)^life}.
     */
    static BigDecimal fixedRate(Money cost, Money salvage, int life) {
        if (cost.isZero()) {
            return BigDecimal.valueOf(0, 3);
        }
        BigInteger c = cost.amount().unscaledValue();
        BigInteger left = salvage.amount()
                .unscaledValue()
                .multiply(BigInteger.valueOf(2000).pow(life));
        int lo = 0;
        int hi = 1000;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (left.compareTo(c.multiply(BigInteger.valueOf(2001L - 2L * mid).pow(life))) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return BigDecimal.valueOf(lo, 3);
    }

    private static Money checkCost(@Nullable Money cost, @Nullable Money salvage) {
        Money c = Checks.notNull(cost, "cost");
        Money s = Checks.notNull(salvage, "salvage");
        CurrencyMismatchException.requireSame("salvage", c.currency(), s.currency());
        if (s.isNegative()) {
            throw new ValidationException("salvage", "not-negative", s, "must be zero or more");
        }
        if (s.isGreaterThan(c)) {
            throw new ValidationException("salvage", "salvage-within-cost", s, "must not be more than the cost " + c);
        }
        return c;
    }

    private static void checkLife(int life) {
        if (life < 1 || life > MAX_LIFE) {
            throw new ValidationException("life", "life", life, "must be from 1 to " + MAX_LIFE + " periods");
        }
    }

    /** Rows built from rounded charges, each clamped to the salvage floor. */
    private static final class Schedule {
        private final Money cost;
        private final Money salvage;
        private final List<DepreciationRow> rows = new ArrayList<>();
        private Money accumulated;

        Schedule(Money cost, Money salvage) {
            this.cost = cost;
            this.salvage = salvage;
            this.accumulated = Money.zero(cost.currency());
        }

        Money bookValue() {
            return cost.minus(accumulated);
        }

        /** What is left above the salvage value. */
        Money depreciable() {
            return bookValue().minus(salvage);
        }

        void charge(Money wanted) {
            Money left = depreciable();
            Money charge = wanted.isGreaterThan(left) ? left : wanted;
            accumulated = accumulated.plus(charge);
            rows.add(new DepreciationRow(rows.size() + 1, charge, accumulated, bookValue()));
        }

        List<DepreciationRow> rows() {
            return List.copyOf(rows);
        }
    }
}
