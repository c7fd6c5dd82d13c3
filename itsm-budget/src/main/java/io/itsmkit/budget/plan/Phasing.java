package io.itsmkit.budget.plan;

import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.fiscal.FiscalPeriod;
import io.itsmkit.budget.money.Decimals;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a budget line's amount is spread over its periods: evenly, by explicit weights per period, or
 * seasonally by a weight per calendar month.
 *
 * <p>The spread is exact: each period's share is the line's amount times the period's weight over the
 * total weight, rounded by cumulative rounding ({@link io.itsmkit.budget.allocation.AllocationMode#CUMULATIVE}),
 * so the phased amounts sum exactly to the line and the plan to any period's end is the exact share
 * rounded once.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Phasing {
    /** Every period gets the same weight (a 5-week period gets what a 4-week period gets). */
    public static final Phasing EVEN = new Phasing(Kind.EVEN, List.of(), Map.of());

    /** The least common multiple of 28, 29, 30 and 31: a whole number of parts for every day of every month. */
    private static final BigDecimal DAY_PARTS = BigDecimal.valueOf(377_580);

    private enum Kind {
        EVEN,
        WEIGHTED,
        SEASONAL
    }

    private final Kind kind;
    private final List<BigDecimal> weights;
    private final Map<Month, BigDecimal> seasons;

    private Phasing(Kind kind, List<BigDecimal> weights, Map<Month, BigDecimal> seasons) {
        this.kind = kind;
        this.weights = weights;
        this.seasons = seasons;
    }

    /**
     * Spreads by an explicit weight per period, in the order of the budget's periods (e.g. percentages, or
     * last year's actuals).
     *
     * @param weights one weight per period, zero or more, not all zero
     * @return the phasing
     * @throws ValidationException with rule {@code "not-negative"}, {@code "positive-total-weight"} or
     *     {@code "required"}
     */
    public static Phasing weighted(@Nullable List<BigDecimal> weights) {
        List<BigDecimal> w = Checks.notNull(weights, "phasing.weights");
        List<BigDecimal> copy = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            copy.add(Decimals.notNegative(w.get(i), "phasing.weights[" + i + "]"));
        }
        if (copy.stream().allMatch(x -> x.signum() == 0)) {
            throw new ValidationException(
                    "phasing.weights", "positive-total-weight", w, "must hold at least one weight above zero");
        }
        return new Phasing(Kind.WEIGHTED, List.copyOf(copy), Map.of());
    }

    /**
     * Spreads by a seasonal weight per calendar month: a period gets the weight of each month it covers in
     * proportion to the days it covers of it, so the same profile serves monthly, quarterly and 4-4-5
     * periods and fiscal years starting on any day.
     *
     * @param months a weight for each of the twelve months, zero or more, not all zero
     * @return the phasing
     * @throws ValidationException with rule {@code "twelve-months"} if a month is missing,
     *     {@code "not-negative"}, {@code "positive-total-weight"} or {@code "required"}
     */
    public static Phasing seasonal(@Nullable Map<Month, BigDecimal> months) {
        Map<Month, BigDecimal> m = Checks.notNull(months, "phasing.months");
        Map<Month, BigDecimal> copy = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            BigDecimal w = m.get(month);
            if (w == null) {
                throw new ValidationException(
                        "phasing.months", "twelve-months", month, "must give a weight for every month of the year");
            }
            copy.put(month, Decimals.notNegative(w, "phasing.months[" + month + "]"));
        }
        if (copy.values().stream().allMatch(x -> x.signum() == 0)) {
            throw new ValidationException(
                    "phasing.months", "positive-total-weight", m, "must hold at least one weight above zero");
        }
        return new Phasing(Kind.SEASONAL, List.of(), Map.copyOf(copy));
    }

    /**
     * Returns the weight of each period.
     *
     * @param periods whole fiscal years of periods, so every calendar month is touched and seasonal weights
     *     never all vanish
     * @throws ValidationException with rule {@code "one-weight-per-period"} if weighted phasing has another
     *     number of weights
     */
    List<BigDecimal> weightsOf(List<FiscalPeriod> periods) {
        return switch (kind) {
            case EVEN -> periods.stream().map(p -> BigDecimal.ONE).toList();
            case WEIGHTED -> {
                if (weights.size() != periods.size()) {
                    throw new ValidationException(
                            "phasing.weights",
                            "one-weight-per-period",
                            weights.size(),
                            "must hold one weight for each of the " + periods.size() + " periods");
                }
                yield weights;
            }
            case SEASONAL -> {
                List<BigDecimal> w =
                        periods.stream().map(p -> seasonalWeight(p.range())).toList();
                if (w.stream().allMatch(x -> x.signum() == 0)) {
                    throw new ValidationException(
                            "phasing.months",
                            "positive-total-weight",
                            seasons,
                            "gives every period of the budget a weight of zero");
                }
                yield w;
            }
        };
    }

    /** Sum over the months the range touches of weight x days covered / days in the month, scaled to integers. */
    private BigDecimal seasonalWeight(DateRange range) {
        BigDecimal sum = BigDecimal.ZERO;
        for (DateRange piece : range.months()) {
            LocalDate first = piece.start();
            BigDecimal partsPerDay = DAY_PARTS.divide(BigDecimal.valueOf(first.lengthOfMonth()));
            sum = sum.add(seasons.getOrDefault(first.getMonth(), BigDecimal.ZERO)
                    .multiply(partsPerDay)
                    .multiply(BigDecimal.valueOf(piece.days())));
        }
        return sum;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Phasing p && p.kind == kind && p.weights.equals(weights) && p.seasons.equals(seasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, weights, seasons);
    }

    /**
     * Renders the phasing, e.g. {@code "EVEN"} or {@code "WEIGHTED [1, 2, 3]"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return switch (kind) {
            case EVEN -> "EVEN";
            case WEIGHTED -> "WEIGHTED " + weights;
            case SEASONAL -> "SEASONAL " + new EnumMap<>(seasons);
        };
    }
}
