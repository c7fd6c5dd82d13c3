package io.itsmkit.budget.allocation;

import io.itsmkit.budget.money.Decimals;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validated weights scaled to whole numbers by one power of ten: exact, as longs when they fit. */
final class Weights {
    private final long @Nullable [] small;
    private final BigInteger[] big;
    private final long smallTotal;
    private final BigInteger total;

    private Weights(long @Nullable [] small, BigInteger[] big, long smallTotal, BigInteger total) {
        this.small = small;
        this.big = big;
        this.smallTotal = smallTotal;
        this.total = total;
    }

    static Weights of(List<BigDecimal> weights) {
        int n = weights.size();
        BigDecimal[] w = new BigDecimal[n];
        int scale = 0;
        int maxIntegerDigits = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Decimals.notNegative(weights.get(i), "weights[" + i + "]");
            scale = Math.max(scale, w[i].scale());
            maxIntegerDigits = Math.max(maxIntegerDigits, w[i].precision() - w[i].scale());
        }
        if (maxIntegerDigits + scale <= 17 && n < (1 << 30)) {
            long[] small = new long[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                small[i] = w[i].scaleByPowerOfTen(scale).longValue();
                total += small[i];
                if (total < 0) {
                    return big(w, scale);
                }
            }
            return checked(new Weights(small, new BigInteger[0], total, BigInteger.valueOf(total)));
        }
        return big(w, scale);
    }

    private static Weights big(BigDecimal[] w, int scale) {
        BigInteger[] big = new BigInteger[w.length];
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < w.length; i++) {
            big[i] = w[i].setScale(scale).unscaledValue();
            total = total.add(big[i]);
        }
        return checked(new Weights(null, big, 0, total));
    }

    private static Weights checked(Weights w) {
        if (w.total.signum() == 0) {
            throw new ValidationException(
                    "weights", "positive-total-weight", "all zero", "must hold at least one weight above zero");
        }
        return w;
    }

    /** The scaled weights as longs, or null if one does not fit. */
    long @Nullable [] small() {
        return small;
    }

    long smallTotal() {
        return smallTotal;
    }

    int size() {
        return small != null ? small.length : big.length;
    }

    BigInteger get(int i) {
        return small != null ? BigInteger.valueOf(small[i]) : big[i];
    }

    BigInteger total() {
        return total;
    }
}
