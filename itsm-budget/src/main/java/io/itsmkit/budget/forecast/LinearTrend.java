package io.itsmkit.budget.forecast;

import io.itsmkit.budget.money.Decimals;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The least-squares line through known points, as a spreadsheet's {@code FORECAST.LINEAR(x, known_y,
 * known_x)} computes it: slope {@code b = sum((x - mean x)(y - mean y)) / sum((x - mean x)^2)}, intercept
 * {@code a = mean y - b mean x}.
 *
 * <p>Guarantees: the sums are exact and each result is one division rounded to {@link Decimals#RATIO};
 * when every x is the same (the spreadsheet's {@code #DIV/0!}) the results are empty.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class LinearTrend {
    private final BigDecimal n;
    private final BigDecimal sx;
    private final BigDecimal sy;
    private final BigDecimal sxx;
    private final BigDecimal sxy;

    private LinearTrend(BigDecimal n, BigDecimal sx, BigDecimal sy, BigDecimal sxx, BigDecimal sxy) {
        this.n = n;
        this.sx = sx;
        this.sy = sy;
        this.sxx = sxx;
        this.sxy = sxy;
    }

    /**
     * Fits the line through the points {@code (xs[i], ys[i])}.
     *
     * @param xs the known x values
     * @param ys the known y values, as many as {@code xs}
     * @return the trend
     * @throws ValidationException with rule {@code "not-empty"}, {@code "same-size"}, a rule of
     *     {@link Decimals#bounded}, or {@code "required"}
     */
    public static LinearTrend fit(@Nullable List<BigDecimal> xs, @Nullable List<BigDecimal> ys) {
        List<BigDecimal> x = Checks.notNull(xs, "xs");
        List<BigDecimal> y = Checks.notNull(ys, "ys");
        if (x.isEmpty()) {
            throw new ValidationException("xs", "not-empty", "[]", "must hold at least one point");
        }
        if (x.size() != y.size()) {
            throw new ValidationException(
                    "ys", "same-size", y.size(), "must hold as many values as xs (" + x.size() + ")");
        }
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal sxy = BigDecimal.ZERO;
        for (int i = 0; i < x.size(); i++) {
            BigDecimal xi = Decimals.bounded(x.get(i), "xs[" + i + "]");
            BigDecimal yi = Decimals.bounded(y.get(i), "ys[" + i + "]");
            sx = sx.add(xi);
            sy = sy.add(yi);
            sxx = sxx.add(xi.multiply(xi));
            sxy = sxy.add(xi.multiply(yi));
        }
        return new LinearTrend(BigDecimal.valueOf(x.size()), sx, sy, sxx, sxy);
    }

    /** {@code n Sxy - Sx Sy}. */
    private BigDecimal slopeNumerator() {
        return n.multiply(sxy).subtract(sx.multiply(sy));
    }

    /** {@code n Sxx - Sx^2}: zero exactly when every x is the same. */
    private BigDecimal slopeDenominator() {
        return n.multiply(sxx).subtract(sx.multiply(sx));
    }

    /**
     * Returns the slope.
     *
     * @return {@code b}, or empty when every x is the same
     */
    public Optional<BigDecimal> slope() {
        return new Fraction(slopeNumerator(), slopeDenominator()).value(Decimals.RATIO);
    }

    /**
     * Returns the intercept.
     *
     * @return {@code a}, the value at {@code x = 0}, or empty when every x is the same
     */
    public Optional<BigDecimal> intercept() {
        return forecast(BigDecimal.ZERO);
    }

    /**
     * Returns the value of the line at {@code x}: {@code FORECAST.LINEAR(x, ys, xs)}.
     *
     * @param x the x to forecast for
     * @return {@code a + b x}, or empty when every x is the same
     * @throws ValidationException with a rule of {@link Decimals#bounded}
     */
    public Optional<BigDecimal> forecast(@Nullable BigDecimal x) {
        return forecastFraction(Decimals.bounded(x, "x")).value(Decimals.RATIO);
    }

    /** {@code a + b x = (Sy D - Sx N + n x N) / (n D)} with {@code N/D} the slope. */
    Fraction forecastFraction(BigDecimal x) {
        BigDecimal num = slopeNumerator();
        BigDecimal den = slopeDenominator();
        return new Fraction(
                sy.multiply(den).subtract(sx.multiply(num)).add(n.multiply(x).multiply(num)), n.multiply(den));
    }

    /**
     * Tells whether the line is defined, i.e. the x values are not all the same.
     *
     * @return {@code true} if {@link #forecast} has values
     */
    public boolean isDefined() {
        return slopeDenominator().signum() != 0;
    }
}
