package io.itsmkit.budget.allocation;

/**
 * Exact {@code floor(a x b / d)} and {@code (a x b) mod d} for non-negative longs whose product may need
 * 128 bits: the product's two 64-bit halves divided by {@code d} in 32-bit digits (Knuth's algorithm D
 * with a two-digit divisor), so a million exact shares need no BigInteger.
 */
final class Wide {
    private static final long DIGIT = 1L << 32;
    private static final long LOW = DIGIT - 1;

    private Wide() {}

    /**
     * Divides {@code a x b} by {@code d}.
     *
     * @param a zero or more
     * @param b zero or more, at most {@code d}
     * @param d more than zero
     * @param remainder receives {@code (a x b) mod d} in its first element
     * @return {@code floor(a x b / d)}, which fits a long because {@code b <= d}
     */
    static long mulDiv(long a, long b, long d, long[] remainder) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if (high == 0 && low >= 0) {
            remainder[0] = low % d;
            return low / d;
        }
        return divide(high, low, d, remainder);
    }

    /** Divides the unsigned 128-bit {@code high:low} by {@code d}, given {@code high < d}. */
    private static long divide(long high, long low, long d, long[] remainder) {
        // normalise: shift so the divisor's top bit is set; the quotient does not change
        int shift = Long.numberOfLeadingZeros(d);
        long v = d << shift;
        long v1 = v >>> 32;
        long v0 = v & LOW;
        long top = shift == 0 ? high : (high << shift) | (low >>> (64 - shift));
        long rest = low << shift;
        long u1 = rest >>> 32;
        long u0 = rest & LOW;
        // first quotient digit: estimate from the top digits, correct at most twice
        long q1 = Long.divideUnsigned(top, v1);
        long r = top - q1 * v1;
        while (Long.compareUnsigned(q1, DIGIT) >= 0 || Long.compareUnsigned(q1 * v0, (r << 32) | u1) > 0) {
            q1--;
            r += v1;
            if (Long.compareUnsigned(r, DIGIT) >= 0) {
                break;
            }
        }
        long middle = (top << 32) + u1 - q1 * v;
        // second quotient digit, the same way
        long q0 = Long.divideUnsigned(middle, v1);
        r = middle - q0 * v1;
        while (Long.compareUnsigned(q0, DIGIT) >= 0 || Long.compareUnsigned(q0 * v0, (r << 32) | u0) > 0) {
            q0--;
            r += v1;
            if (Long.compareUnsigned(r, DIGIT) >= 0) {
                break;
            }
        }
        remainder[0] = ((middle << 32) + u0 - q0 * v) >>> shift;
        return (q1 << 32) + q0;
    }
}
