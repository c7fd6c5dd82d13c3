package io.itsmkit.budget.allocation;

/** Selection in linear expected time, so Hamilton's method needs no sort of a million remainders. */
final class Select {
    private Select() {}

    /**
     * Returns the k-th largest value, reordering the array.
     *
     * @param a the values
     * @param k from 1 to {@code a.length}
     */
    static long kthLargest(long[] a, int k) {
        int target = a.length - k;
        int lo = 0;
        int hi = a.length - 1;
        long seed = 0x9E3779B97F4A7C15L;
        while (lo < hi) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int p = lo + (int) Long.remainderUnsigned(seed >>> 1, hi - lo + 1);
            long pivot = a[p];
            // three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                if (a[i] < pivot) {
                    swap(a, lt++, i++);
                } else if (a[i] > pivot) {
                    swap(a, i, gt--);
                } else {
                    i++;
                }
            }
            if (target < lt) {
                hi = lt - 1;
            } else if (target > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
        return a[target];
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
