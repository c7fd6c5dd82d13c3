package io.itsmkit.budget.allocation;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The split of a whole number of units by scaled weights: floors of the exact shares, then the leftover
 * units handed out by the mode. Longs (with 128-bit products) when the amount, the weights and their total
 * fit, BigIntegers otherwise; the two paths give the same answer.
 */
final class Units {
    private final long @Nullable [] small;
    private final BigInteger @Nullable [] big;
    private final BigInteger leftover;

    private Units(long @Nullable [] small, BigInteger @Nullable [] big, BigInteger leftover) {
        this.small = small;
        this.big = big;
        this.leftover = leftover;
    }

    static Units split(BigInteger total, Weights weights, AllocationMode mode) {
        long[] w = weights.small();
        if (w != null && total.bitLength() < 63 && weights.smallTotal() < (1L << 62)) {
            return fast(total.longValue(), w, weights.smallTotal(), mode);
        }
        return exact(total, weights, mode);
    }

    private static Units fast(long t, long[] w, long total, AllocationMode mode) {
        int n = w.length;
        long[] parts = new long[n];
        if (mode == AllocationMode.CUMULATIVE) {
            long q = 0;
            long rem = 0;
            long previous = 0;
            long[] r = new long[1];
            for (int i = 0; i < n; i++) {
                q += Wide.mulDiv(t, w[i], total, r);
                rem += r[0];
                if (rem >= total) {
                    q++;
                    rem -= total;
                }
                long rounded = q + (halfEvenUp(Long.compare(2 * rem, total), (q & 1) == 1) ? 1 : 0);
                parts[i] = rounded - previous;
                previous = rounded;
            }
            return new Units(parts, null, BigInteger.ZERO);
        }
        long[] rems = new long[n];
        long floors = 0;
        long[] r = new long[1];
        for (int i = 0; i < n; i++) {
            parts[i] = Wide.mulDiv(t, w[i], total, r);
            rems[i] = r[0];
            floors += parts[i];
        }
        long left = t - floors;
        if (mode == AllocationMode.SEPARATE_REMAINDER) {
            return new Units(parts, null, BigInteger.valueOf(left));
        }
        if (mode == AllocationMode.FIRST_SHARES) {
            for (int i = 0; i < n && left > 0; i++) {
                if (w[i] > 0) {
                    parts[i]++;
                    left--;
                }
            }
        } else if (left > 0) {
            long threshold = Select.kthLargest(rems.clone(), (int) left);
            int given = 0;
            for (int i = 0; i < n; i++) {
                if (rems[i] > threshold) {
                    parts[i]++;
                    given++;
                }
            }
            for (int i = 0; i < n && given < left; i++) {
                if (rems[i] == threshold) {
                    parts[i]++;
                    given++;
                }
            }
        }
        return new Units(parts, null, BigInteger.ZERO);
    }

    /** Whether a running total is rounded up, half-even, given how twice the fraction compares with one. */
    private static boolean halfEvenUp(int twiceFractionVersusOne, boolean floorIsOdd) {
        return twiceFractionVersusOne > 0 || (twiceFractionVersusOne == 0 && floorIsOdd);
    }

    private static Units exact(BigInteger t, Weights w, AllocationMode mode) {
        int n = w.size();
        BigInteger total = w.total();
        BigInteger[] parts = new BigInteger[n];
        if (mode == AllocationMode.CUMULATIVE) {
            BigInteger running = BigInteger.ZERO;
            BigInteger previous = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                running = running.add(w.get(i));
                BigInteger[] qr = t.multiply(running).divideAndRemainder(total);
                BigInteger rounded = halfEvenUp(qr[1].shiftLeft(1).compareTo(total), qr[0].testBit(0))
                        ? qr[0].add(BigInteger.ONE)
                        : qr[0];
                parts[i] = rounded.subtract(previous);
                previous = rounded;
            }
            return new Units(null, parts, BigInteger.ZERO);
        }
        BigInteger[] rems = new BigInteger[n];
        BigInteger floors = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = t.multiply(w.get(i)).divideAndRemainder(total);
            parts[i] = qr[0];
            rems[i] = qr[1];
            floors = floors.add(qr[0]);
        }
        BigInteger left = t.subtract(floors);
        if (mode == AllocationMode.SEPARATE_REMAINDER) {
            return new Units(null, parts, left);
        }
        int[] order = mode == AllocationMode.FIRST_SHARES
                ? IntStream.range(0, n).filter(i -> w.get(i).signum() > 0).toArray()
                : IntStream.range(0, n)
                        .boxed()
                        .sorted(Comparator.comparing((Integer i) -> rems[i])
                                .reversed()
                                .thenComparing(i -> i))
                        .mapToInt(Integer::intValue)
                        .toArray();
        int give = left.intValueExact();
        for (int k = 0; k < give; k++) {
            parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
        }
        return new Units(null, parts, BigInteger.ZERO);
    }

    int size() {
        return small != null ? small.length : big().length;
    }

    /** The units of part {@code i} if they were computed as a long, else -1. */
    long small(int i) {
        return small != null ? small[i] : -1;
    }

    BigInteger big(int i) {
        return small != null ? BigInteger.valueOf(small[i]) : big()[i];
    }

    private BigInteger[] big() {
        return big != null ? big : new BigInteger[0];
    }

    BigInteger leftover() {
        return leftover;
    }

    @Override
    public String toString() {
        return small != null ? Arrays.toString(small) : Arrays.toString(big);
    }
}
