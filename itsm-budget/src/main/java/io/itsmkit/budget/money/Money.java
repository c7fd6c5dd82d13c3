package io.itsmkit.budget.money;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in one currency, held as a {@link BigDecimal} at exactly the currency's scale
 * ({@code JPY 1250}, {@code EUR 12.50}, {@code BHD 1.250}).
 *
 * <p>Guarantees:
 * <ul>
 *   <li>the amount's scale always equals {@link CurrencyUnit#scale()}, so {@code equals} compares value and
 *       currency and {@code EUR 2.0} equals {@code EUR 2.00};
 *   <li>nothing is rounded unless the method takes a {@link RoundingMode}, and such a method rounds once,
 *       after computing the exact result;
 *   <li>combining two currencies ({@link #plus}, {@link #minus}, {@link #compareTo}) throws a
 *       {@link CurrencyMismatchException} naming both;
 *   <li>amounts keep the bounds of {@link Decimals}: at most 30 digits before the point.
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
    /** The largest scale, positive or negative, of an operand of {@link #ofQuotient}. */
    public static final int MAX_OPERAND_SCALE = 10_000;

    private static final Pattern TEXT = Pattern.compile("([A-Z]{3}) (-?[0-9]{1,31}(?:\\.[0-9]{1,4})?)");

    private final BigDecimal amount;
    private final CurrencyUnit currency;

    private Money(BigDecimal amount, CurrencyUnit currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Returns an amount that is exactly representable in the currency: {@code 12.5} and {@code 12.500}
     * are EUR 12.50, {@code 12.505} is refused.
     *
     * @param amount the amount
     * @param currency the currency
     * @return the money
     * @throws ValidationException with rule {@code "scale"} if the amount has more significant decimals
     *     than the currency, a rule of {@link Decimals#bounded}, or {@code "required"}
     */
    public static Money of(@Nullable BigDecimal amount, @Nullable CurrencyUnit currency) {
        BigDecimal a = Decimals.bounded(amount, "amount");
        CurrencyUnit c = Checks.notNull(currency, "currency");
        BigDecimal rounded = a.setScale(c.scale(), RoundingMode.DOWN);
        if (rounded.compareTo(a) != 0) {
            throw new ValidationException(
                    "amount",
                    "scale",
                    a.toPlainString(),
                    "has more decimals than " + c.code() + " allows (" + c.scale() + "): round it with a RoundingMode");
        }
        return checked(rounded, c);
    }

    /**
     * Returns an amount rounded once to the currency's scale.
     *
     * @param amount the amount, with any number of decimals
     * @param currency the currency
     * @param rounding how to round to the currency's scale ({@link RoundingMode#UNNECESSARY} refuses
     *     amounts that need rounding, like {@link #of(BigDecimal, CurrencyUnit)})
     * @return the money
     * @throws ValidationException as {@link #of(BigDecimal, CurrencyUnit)} does when rounding is needed
     *     and {@code rounding} is {@code UNNECESSARY}, or {@code "required"}
     */
    public static Money of(
            @Nullable BigDecimal amount, @Nullable CurrencyUnit currency, @Nullable RoundingMode rounding) {
        RoundingMode r = Checks.notNull(rounding, "rounding");
        if (r == RoundingMode.UNNECESSARY) {
            return of(amount, currency);
        }
        BigDecimal a = Decimals.bounded(amount, "amount");
        CurrencyUnit c = Checks.notNull(currency, "currency");
        return checked(a.setScale(c.scale(), r), c);
    }

    /**
     * Parses the form {@link #toString()} writes: the ISO code, one space and the amount, e.g.
     * {@code "EUR 12.50"}, {@code "JPY -1250"}, {@code "BHD 1.250"}.
     *
     * @param text the text
     * @return the money
     * @throws ValidationException with rule {@code "format"} if the text is not of that form, or as
     *     {@link #of(BigDecimal, CurrencyUnit)} and {@link CurrencyUnit#of(String)} do
     */
    public static Money parse(@Nullable String text) {
        String t = Checks.notNull(text, "text");
        Matcher m = TEXT.matcher(t);
        if (t.length() > 40 || !m.matches()) {
            throw new ValidationException(
                    "text", "format", t.length() > 40 ? t.substring(0, 40) + "..." : t, "must be like EUR 12.50");
        }
        return of(new BigDecimal(m.group(2)), CurrencyUnit.of(m.group(1)));
    }

    /**
     * Returns zero in the currency.
     *
     * @param currency the currency
     * @return zero at the currency's scale
     * @throws ValidationException with rule {@code "required"} if null
     */
    public static Money zero(@Nullable CurrencyUnit currency) {
        CurrencyUnit c = Checks.notNull(currency, "currency");
        return new Money(BigDecimal.ZERO.setScale(c.scale()), c);
    }

    /**
     * Returns an amount given in minor units: {@code ofMinor(1250, EUR)} is EUR 12.50, {@code ofMinor(1250,
     * JPY)} is JPY 1250.
     *
     * @param minorUnits the amount in the currency's minor unit
     * @param currency the currency
     * @return the money
     * @throws ValidationException with rule {@code "required"} if the currency is null
     */
    public static Money ofMinor(long minorUnits, @Nullable CurrencyUnit currency) {
        CurrencyUnit c = Checks.notNull(currency, "currency");
        return new Money(BigDecimal.valueOf(minorUnits, c.scale()), c);
    }

    private static Money checked(BigDecimal amount, CurrencyUnit currency) {
        return new Money(Decimals.bounded(amount, "amount").setScale(currency.scale()), currency);
    }

    /**
     * Returns the amount.
     *
     * @return the amount, at the currency's scale
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the currency.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the sum, exactly.
     *
     * @param other an amount in the same currency
     * @return this plus {@code other}
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ValidationException with rule {@code "max-integer-digits"} if the sum leaves the bounds
     */
    public Money plus(@Nullable Money other) {
        return checked(amount.add(same(other, "other").amount), currency);
    }

    /**
     * Returns the difference, exactly.
     *
     * @param other an amount in the same currency
     * @return this minus {@code other}
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ValidationException with rule {@code "max-integer-digits"} if the result leaves the bounds
     */
    public Money minus(@Nullable Money other) {
        return checked(amount.subtract(same(other, "other").amount), currency);
    }

    /**
     * Returns the amount with the opposite sign.
     *
     * @return minus this
     */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Returns the absolute amount.
     *
     * @return this if zero or more, else {@link #negated()}
     */
    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    /**
     * Multiplies by an exact factor and rounds the exact product once.
     *
     * @param factor the factor, e.g. a quantity, a rate or a percentage as a fraction
     * @param rounding how to round the product to the currency's scale
     * @return the rounded product
     * @throws ValidationException if an argument is null or out of the bounds of {@link Decimals}, or the
     *     product needs rounding and {@code rounding} is {@code UNNECESSARY}
     */
    public Money multipliedBy(@Nullable BigDecimal factor, @Nullable RoundingMode rounding) {
        return of(amount.multiply(Decimals.bounded(factor, "factor")), currency, rounding);
    }

    /**
     * Divides by an exact divisor and rounds the exact quotient once.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round the quotient to the currency's scale
     * @return the rounded quotient
     * @throws ValidationException with rule {@code "not-zero"} for a zero divisor, or if an argument is null
     *     or out of the bounds of {@link Decimals}
     */
    public Money dividedBy(@Nullable BigDecimal divisor, @Nullable RoundingMode rounding) {
        BigDecimal d = Decimals.bounded(divisor, "divisor");
        RoundingMode r = Checks.notNull(rounding, "rounding");
        if (d.signum() == 0) {
            throw new ValidationException("divisor", "not-zero", "0", "must not be zero");
        }
        return quotient(amount, d, currency, r, "divisor");
    }

    /**
     * Multiplies by the exact fraction {@code part / whole} and rounds the exact result once: the share of
     * this amount that {@code part} is of {@code whole} (days elapsed of a period, units of a total).
     *
     * @param part the numerator
     * @param whole the denominator, not zero
     * @param rounding how to round the result to the currency's scale
     * @return {@code this x part / whole}, rounded once
     * @throws ValidationException with rule {@code "not-zero"} if {@code whole} is zero, or if an argument
     *     is null or out of the bounds of {@link Decimals}, or the result needs rounding and
     *     {@code rounding} is {@code UNNECESSARY}
     */
    public Money prorated(@Nullable BigDecimal part, @Nullable BigDecimal whole, @Nullable RoundingMode rounding) {
        BigDecimal p = Decimals.bounded(part, "part");
        BigDecimal w = Decimals.bounded(whole, "whole");
        RoundingMode r = Checks.notNull(rounding, "rounding");
        if (w.signum() == 0) {
            throw new ValidationException("whole", "not-zero", "0", "must not be zero");
        }
        return quotient(amount.multiply(p), w, currency, r, "rounding");
    }

    private static Money quotient(
            BigDecimal numerator, BigDecimal denominator, CurrencyUnit currency, RoundingMode rounding, String path) {
        if (rounding == RoundingMode.UNNECESSARY) {
            BigDecimal q = numerator.divide(denominator, currency.scale(), RoundingMode.DOWN);
            if (q.multiply(denominator).compareTo(numerator) != 0) {
                throw new ValidationException(
                        path,
                        "scale",
                        numerator.toPlainString() + " / " + denominator.toPlainString(),
                        "gives more decimals than " + currency.code() + " allows: pass a RoundingMode");
            }
            return checked(q, currency);
        }
        return checked(numerator.divide(denominator, currency.scale(), rounding), currency);
    }

    /**
     * Returns the exact quotient of two decimals rounded once to the currency's scale: the way to turn an
     * exact ratio computed elsewhere (a chain of rates, a forecast kept as a fraction) into money without
     * rounding twice.
     *
     * @param dividend the numerator, with at most {@value #MAX_OPERAND_SCALE} digits after or before the
     *     point in its scale
     * @param divisor the denominator, not zero, with the same limit
     * @param currency the currency of the result
     * @param rounding how to round the quotient, once
     * @return the rounded quotient
     * @throws ValidationException with rule {@code "not-zero"} for a zero divisor,
     *     {@code "max-integer-digits"} if the quotient would leave the bounds of {@link Decimals},
     *     {@code "operand-scale"} for an operand beyond the scale limit, {@code "scale"} if rounding is
     *     needed and {@code rounding} is {@code UNNECESSARY}, or {@code "required"}
     */
    public static Money ofQuotient(
            @Nullable BigDecimal dividend,
            @Nullable BigDecimal divisor,
            @Nullable CurrencyUnit currency,
            @Nullable RoundingMode rounding) {
        BigDecimal n = operand(dividend, "dividend");
        BigDecimal d = operand(divisor, "divisor");
        CurrencyUnit c = Checks.notNull(currency, "currency");
        RoundingMode r = Checks.notNull(rounding, "rounding");
        if (d.signum() == 0) {
            throw new ValidationException("divisor", "not-zero", "0", "must not be zero");
        }
        long magnitude = (n.precision() - (long) n.scale()) - (d.precision() - (long) d.scale());
        if (n.signum() != 0 && magnitude > Decimals.MAX_INTEGER_DIGITS + 1) {
            throw new ValidationException(
                    "dividend",
                    "max-integer-digits",
                    "10^" + magnitude,
                    "gives a quotient beyond " + Decimals.MAX_INTEGER_DIGITS + " digits before the point");
        }
        return quotient(n, d, c, r, "rounding");
    }

    private static BigDecimal operand(@Nullable BigDecimal value, String path) {
        BigDecimal v = Checks.notNull(value, path);
        if (Math.abs((long) v.scale()) > MAX_OPERAND_SCALE) {
            throw new ValidationException(
                    path, "operand-scale", "scale " + v.scale(), "must have a scale within +-" + MAX_OPERAND_SCALE);
        }
        return v;
    }

    /**
     * Converts with a rate from this currency, multiplying by the exact rate and rounding once to the
     * target currency's scale. Chains of rates (inverse and cross rates) are converted by
     * {@link io.itsmkit.budget.conversion.CurrencyConverter}, also with one rounding.
     *
     * @param rate a rate whose {@link ExchangeRate#from()} is this money's currency
     * @param rounding how to round to the target currency's scale
     * @return the amount in {@link ExchangeRate#to()}
     * @throws CurrencyMismatchException if the rate is from another currency
     * @throws ValidationException if an argument is null or the result leaves the bounds
     */
    public Money convertedTo(@Nullable ExchangeRate rate, @Nullable RoundingMode rounding) {
        ExchangeRate x = Checks.notNull(rate, "rate");
        RoundingMode r = Checks.notNull(rounding, "rounding");
        CurrencyMismatchException.requireSame("rate.from", currency, x.from());
        return of(amount.multiply(x.rate()), x.to(), r);
    }

    /**
     * Tells whether the amount is zero.
     *
     * @return {@code true} for zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Tells whether the amount is more than zero.
     *
     * @return {@code true} if positive
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Tells whether the amount is less than zero.
     *
     * @return {@code true} if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Tells whether this is more than another amount in the same currency.
     *
     * @param other the amount to compare with
     * @return {@code true} if this is greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(@Nullable Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether this is less than another amount in the same currency.
     *
     * @param other the amount to compare with
     * @return {@code true} if this is less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(@Nullable Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Compares amounts of the same currency.
     *
     * @param other an amount in the same currency
     * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(@Nullable Money other) {
        return amount.compareTo(same(other, "other").amount);
    }

    private Money same(@Nullable Money other, String path) {
        Money o = Checks.notNull(other, path);
        CurrencyMismatchException.requireSame(path, currency, o.currency);
        return o;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Money m && m.currency.equals(currency) && m.amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.hashCode();
    }

    /**
     * Returns the code, a space and the plain amount, e.g. {@code "EUR 12.50"}, as {@link #parse} reads it.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return currency.code() + " " + amount.toPlainString();
    }
}
