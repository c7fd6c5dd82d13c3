package io.itsmkit.core.calendar;

import java.util.Arrays;

/** Set operations on flat {@code [start0, end0, ...]} interval lists; results are sorted, disjoint, not touching. */
final class Intervals {
    private Intervals() {}

    /** Sorts and merges overlapping or touching intervals; drops empty ones. */
    static long[] normalise(long[] pairs, int length) {
        int n = length / 2;
        long[][] tmp = new long[n][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (pairs[2 * i] < pairs[2 * i + 1]) {
                tmp[k++] = new long[] {pairs[2 * i], pairs[2 * i + 1]};
            }
        }
        long[][] live = Arrays.copyOf(tmp, k);
        Arrays.sort(live, (a, b) -> Long.compare(a[0], b[0]));
        long[] out = new long[2 * k];
        int m = 0;
        for (long[] iv : live) {
            if (m > 0 && iv[0] <= out[m - 1]) {
                out[m - 1] = Math.max(out[m - 1], iv[1]);
            } else {
                out[m++] = iv[0];
                out[m++] = iv[1];
            }
        }
        return Arrays.copyOf(out, m);
    }

    static long[] union(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return normalise(both, both.length);
    }

    static long[] intersection(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int m = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            long s = Math.max(a[i], b[j]);
            long e = Math.min(a[i + 1], b[j + 1]);
            if (s < e) {
                out[m++] = s;
                out[m++] = e;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return normalise(out, m);
    }

    /** {@code a} minus {@code b}, both normalised. */
    static long[] difference(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int m = 0;
        int j = 0;
        for (int i = 0; i < a.length; i += 2) {
            long s = a[i];
            long e = a[i + 1];
            while (j < b.length && b[j + 1] <= s) {
                j += 2;
            }
            int k = j;
            while (k < b.length && b[k] < e) {
                if (b[k] > s) {
                    out[m++] = s;
                    out[m++] = b[k];
                }
                s = Math.max(s, b[k + 1]);
                k += 2;
            }
            if (s < e) {
                out[m++] = s;
                out[m++] = e;
            }
        }
        return Arrays.copyOf(out, m);
    }
}
