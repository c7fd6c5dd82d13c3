package io.itsmkit.sla.ratio;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction {@code numerator / denominator} of two {@code long}s, the denominator positive: the share
 * of a target an SLA clock has used (elapsed nanoseconds over target nanoseconds), an attainment (met over
 * met plus breached) or a survey share. It is never rounded: comparisons are exact (128-bit cross
 * products), so 99.995% never counts as 100% (the ServiceNow rounding pitfall); {@link #toPercent(int,
 * RoundingMode)} rounds only for display, with the rounding mode the caller names.
 *
 * <p>The fraction is kept as given, not reduced: {@link #numerator()} and {@link #denominator()} return
 * exactly what was passed to {@link #of(long, long)}. Ratios are equal when their values are
 * ({@code 1/2} equals {@code 2/4}), consistently with {@link #compareTo(Ratio)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio> {
    /** Zero: {@code 0/1}. */
    public static final Ratio ZERO = new Ratio(0, 1);

    /** One: {@code 1/1}. */
    public static final Ratio ONE = new Ratio(1, 1);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long numerator;
    private final long denominator;

    private Ratio(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Returns the fraction {@code numerator / denominator}, kept exactly as given.
     *
     * @param numerator any value
     * @param denominator more than zero
     * @return the ratio
     * @throws ValidationException with rule {@code "positive"} if the denominator is zero or negative
     */
    public static Ratio of(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new ValidationException("denominator", "positive", denominator, "must be more than zero");
        }
        return new Ratio(numerator, denominator);
    }

    /**
     * Returns the numerator, exactly as given.
     *
     * @return the numerator
     */
    public long numerator() {
        return numerator;
    }

    /**
     * Returns the denominator, exactly as given.
     *
     * @return the denominator, more than zero
     */
    public long denominator() {
        return denominator;
    }

    /**
     * Compares exactly, by value.
     *
     * @param other another ratio
     * @return negative, zero or positive as this ratio is less than, equal to or more than {@code other}
     * @throws ValidationException if {@code other} is null
     */
    @Override
    public int compareTo(Ratio other) {
        Checks.notNull(other, "other");
        return compareProducts(numerator, other.denominator, other.numerator, denominator);
    }

    /** Compares {@code a * b} with {@code c * d} exactly, with 128-bit products. */
    static int compareProducts(long a, long b, long c, long d) {
        long highLeft = Math.multiplyHigh(a, b);
        long highRight = Math.multiplyHigh(c, d);
        if (highLeft != highRight) {
            return Long.compare(highLeft, highRight);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /**
     * Tells whether this ratio is at least another one, exactly.
     *
     * @param other another ratio
     * @return {@code this >= other}
     * @throws ValidationException if {@code other} is null
     */
    public boolean isAtLeast(Ratio other) {
        return compareTo(other) >= 0;
    }

    /**
     * Tells whether this ratio is more than another one, exactly.
     *
     * @param other another ratio
     * @return {@code this > other}
     * @throws ValidationException if {@code other} is null
     */
    public boolean isGreaterThan(Ratio other) {
        return compareTo(other) > 0;
    }

    /**
     * Returns the value in percent, rounded for display only.
     *
     * @param scale the number of decimals, 0 to 20
     * @param rounding how to round the last decimal
     * @return {@code 100 * numerator / denominator}, rounded
     * @throws ValidationException if {@code rounding} is null or the scale is out of range
     */
    public BigDecimal toPercent(int scale, RoundingMode rounding) {
        Checks.inRange(scale, 0, 20, "scale");
        Checks.notNull(rounding, "rounding");
        return BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), scale, rounding);
    }

    /**
     * Ratios are equal when their values are, e.g. {@code 1/2} and {@code 2/4}.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && compareProducts(numerator, r.denominator, r.numerator, denominator) == 0;
    }

    /**
     * Hashes the reduced fraction, so equal ratios hash alike.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        BigInteger n = BigInteger.valueOf(numerator);
        BigInteger d = BigInteger.valueOf(denominator);
        BigInteger g = n.gcd(d);
        return n.divide(g).hashCode() * 31 + d.divide(g).hashCode();
    }

    /**
     * Renders the fraction and its percent to two decimals, e.g. {@code "3/4 (75.00%)"}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return numerator + "/" + denominator + " (" + toPercent(2, RoundingMode.HALF_EVEN) + "%)";
    }
}
