package io.itsmkit.budget.forecast;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Decimals;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Year-end forecasts from the actuals per period: run rate, linear trend, the projected total, and the
 * accuracy of a past forecast.
 *
 * <p>Guarantees: money results are computed exactly and rounded once, at the end.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Forecasts {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Forecasts() {}

    /**
     * Annualises actuals: their sum times periods per year over the number of periods (year to date x 12 /
     * months elapsed; pass the last three months for a trailing-quarter run rate).
     *
     * @param actuals the actuals of consecutive periods, at least one, in one currency
     * @param periodsPerYear periods in a year (12 for months, 4 for quarters), 1 to 366
     * @param rounding how to round the result, once
     * @return the annual run rate
     * @throws ValidationException with rule {@code "not-empty"}, {@code "periods-per-year"}, a
     *     {@link CurrencyMismatchException}, or {@code "required"}
     */
    public static Money runRate(@Nullable List<Money> actuals, int periodsPerYear, @Nullable RoundingMode rounding) {
        RoundingMode r = Checks.notNull(rounding, "rounding");
        List<Money> a = checked(actuals);
        checkPeriods(periodsPerYear, "periodsPerYear");
        return sum(a).prorated(BigDecimal.valueOf(periodsPerYear), BigDecimal.valueOf(a.size()), r);
    }

    /**
     * Fits the least-squares line through the actuals of periods 1, 2, 3, ...
     *
     * @param actuals the actuals of consecutive periods, at least one, in one currency
     * @return the trend over the period numbers
     * @throws ValidationException with rule {@code "not-empty"}, a {@link CurrencyMismatchException}, or
     *     {@code "required"}
     */
    public static LinearTrend trend(@Nullable List<Money> actuals) {
        List<Money> a = checked(actuals);
        List<BigDecimal> xs = new ArrayList<>(a.size());
        for (int i = 1; i <= a.size(); i++) {
            xs.add(BigDecimal.valueOf(i));
        }
        return LinearTrend.fit(xs, a.stream().map(Money::amount).toList());
    }

    /**
     * Projects the year's total: the actuals so far plus a forecast of each remaining period.
     *
     * @param actuals the actuals of the first periods of the year, at least one
     * @param periodsInYear the periods in the year, at least as many as actuals, at most 366
     * @param method how the remaining periods are forecast
     * @param rounding how to round the total, once
     * @return the projected total, or empty for a linear trend through a single period
     * @throws ValidationException with rule {@code "not-empty"}, {@code "periods-per-year"},
     *     {@code "not-more-actuals-than-periods"}, a {@link CurrencyMismatchException}, or {@code "required"}
     */
    public static Optional<Money> projectedTotal(
            @Nullable List<Money> actuals,
            int periodsInYear,
            @Nullable ForecastMethod method,
            @Nullable RoundingMode rounding) {
        ForecastMethod m = Checks.notNull(method, "method");
        RoundingMode r = Checks.notNull(rounding, "rounding");
        List<Money> a = checked(actuals);
        checkPeriods(periodsInYear, "periodsInYear");
        if (a.size() > periodsInYear) {
            throw new ValidationException(
                    "actuals",
                    "not-more-actuals-than-periods",
                    a.size(),
                    "must not hold more periods than the year's " + periodsInYear);
        }
        Money toDate = sum(a);
        int n = a.size();
        Fraction rest;
        if (m == ForecastMethod.RUN_RATE) {
            rest = new Fraction(
                    toDate.amount().multiply(BigDecimal.valueOf((long) periodsInYear - n)), BigDecimal.valueOf(n));
        } else {
            LinearTrend t = trend(a);
            if (!t.isDefined()) {
                return Optional.empty();
            }
            rest = Fraction.of(BigDecimal.ZERO);
            for (int k = n + 1; k <= periodsInYear; k++) {
                rest = rest.plus(t.forecastFraction(BigDecimal.valueOf(k)));
            }
        }
        Fraction total = Fraction.of(toDate.amount()).plus(rest);
        return Optional.of(Money.ofQuotient(total.numerator(), total.denominator(), toDate.currency(), r));
    }

    /**
     * Returns the accuracy of a forecast, as a percentage: {@code (1 - |actual - forecast| / |actual|) x
     * 100} (FinOps forecast accuracy; 100 is perfect, below zero when off by more than the actual).
     *
     * @param actual what was spent
     * @param forecast what was forecast, in the same currency
     * @return the accuracy to {@link Decimals#RATIO}, or empty when the actual is zero
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static Optional<BigDecimal> accuracy(@Nullable Money actual, @Nullable Money forecast) {
        Money a = Checks.notNull(actual, "actual");
        Money error = a.minus(Checks.notNull(forecast, "forecast")).abs();
        if (a.isZero()) {
            return Optional.empty();
        }
        BigDecimal whole = a.amount().abs();
        return Optional.of(whole.subtract(error.amount()).multiply(HUNDRED).divide(whole, Decimals.RATIO));
    }

    private static List<Money> checked(@Nullable List<Money> actuals) {
        List<Money> a = Checks.notNull(actuals, "actuals");
        if (a.isEmpty()) {
            throw new ValidationException("actuals", "not-empty", "[]", "must hold at least one period");
        }
        Money first = Checks.notNull(a.get(0), "actuals[0]");
        for (int i = 1; i < a.size(); i++) {
            CurrencyMismatchException.requireSame(
                    "actuals[" + i + "]",
                    first.currency(),
                    Checks.notNull(a.get(i), "actuals[" + i + "]").currency());
        }
        return a;
    }

    private static void checkPeriods(int periods, String path) {
        if (periods < 1 || periods > 366) {
            throw new ValidationException(path, "periods-per-year", periods, "must be from 1 to 366");
        }
    }

    private static Money sum(List<Money> a) {
        return a.stream().reduce(Money.zero(a.get(0).currency()), Money::plus);
    }
}
