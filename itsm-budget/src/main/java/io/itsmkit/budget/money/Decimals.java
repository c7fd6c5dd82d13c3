package io.itsmkit.budget.money;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * The bounds every decimal number given to itsm-budget keeps, the checks that enforce them, and the
 * precision of the ratios the module computes.
 *
 * <p>A decimal has at most {@value #MAX_INTEGER_DIGITS} digits before the point (more than any budget in
 * any currency) and at most {@value #MAX_SCALE} after it. The bounds keep every operation fast and exact:
 * an input such as {@code 1E+1000000000} is refused with a {@link ValidationException} instead of filling
 * the heap.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Decimals {
    /** The most digits a decimal may have before the point. */
    public static final int MAX_INTEGER_DIGITS = 30;

    /** The most digits a decimal may have after the point. */
    public static final int MAX_SCALE = 100;

    /**
     * The precision of every ratio the module computes (percentages, EVM indices, trends): 34 significant
     * digits rounded half-even, IEEE 754 decimal128. Each such ratio is computed from its exact inputs with
     * one final division, so it is rounded once.
     */
    public static final MathContext RATIO = MathContext.DECIMAL128;

    private Decimals() {}

    /**
     * Returns {@code value} if it is within the bounds.
     *
     * @param value the number to check
     * @param path the field path named in a violation
     * @return {@code value}, or {@link BigDecimal#ZERO} for any zero
     * @throws ValidationException with rule {@code "required"}, {@code "max-integer-digits"} or
     *     {@code "max-scale"}
     */
    public static BigDecimal bounded(@Nullable BigDecimal value, String path) {
        BigDecimal v = Checks.notNull(value, path);
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if ((long) v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            throw new ValidationException(
                    path,
                    "max-integer-digits",
                    v.toString(),
                    "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (v.scale() > MAX_SCALE) {
            throw new ValidationException(
                    path,
                    "max-scale",
                    v.toString(),
                    "must have at most " + MAX_SCALE + " digits after the decimal point");
        }
        return v;
    }

    /**
     * Returns {@code value} if it is within the bounds and zero or more.
     *
     * @param value the number to check
     * @param path the field path named in a violation
     * @return {@code value}, or {@link BigDecimal#ZERO} for any zero
     * @throws ValidationException with rule {@code "not-negative"} or a rule of {@link #bounded}
     */
    public static BigDecimal notNegative(@Nullable BigDecimal value, String path) {
        BigDecimal v = bounded(value, path);
        if (v.signum() < 0) {
            throw new ValidationException(path, "not-negative", v.toPlainString(), "must be zero or more");
        }
        return v;
    }

    /**
     * Returns {@code value} if it is within the bounds and more than zero.
     *
     * @param value the number to check
     * @param path the field path named in a violation
     * @return {@code value}
     * @throws ValidationException with rule {@code "positive"} or a rule of {@link #bounded}
     */
    public static BigDecimal positive(@Nullable BigDecimal value, String path) {
        BigDecimal v = bounded(value, path);
        if (v.signum() <= 0) {
            throw new ValidationException(path, "positive", v.toPlainString(), "must be more than zero");
        }
        return v;
    }
}
