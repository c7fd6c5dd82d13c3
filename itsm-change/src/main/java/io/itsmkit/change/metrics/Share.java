package io.itsmkit.change.metrics;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A share as an exact fraction, e.g. 3 failed changes of 40: never a floating-point number.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param part the counted part, from 0 to {@code total}
 * @param total the whole, zero or more
 */
public record Share(long part, long total) {
    /**
     * Validates the fraction.
     *
     * @throws ValidationException if a count is negative or the part exceeds the total
     * @param part see {@link #part()}
     * @param total see {@link #total()}
     */
    public Share {
        Checks.notNegative(part, "share.part");
        Checks.notNegative(total, "share.total");
        if (part > total) {
            throw new ValidationException("share.part", "at-most-total", part, "must not exceed the total " + total);
        }
    }

    /**
     * Returns the share in percent.
     *
     * @param scale the number of decimals, from 0 to 10
     * @return {@code 100 x part / total} rounded half-even to {@code scale} decimals; empty when the total is 0
     * @throws ValidationException if the scale is out of range
     */
    public Optional<BigDecimal> percent(int scale) {
        if (scale < 0 || scale > 10) {
            throw new ValidationException("scale", "within-range", scale, "must be from 0 to 10");
        }
        return total == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(total), scale, RoundingMode.HALF_EVEN));
    }

    /**
     * Renders the share.
     *
     * @return e.g. {@code "3/40 (7.5%)"}, or {@code "0/0"}
     */
    @Override
    public String toString() {
        return part + "/" + total
                + percent(1)
                        .map(p -> " (" + p.stripTrailingZeros().toPlainString() + "%)")
                        .orElse("");
    }
}
