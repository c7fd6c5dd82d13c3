package io.itsmkit.core.calendar;

import java.util.Arrays;

/**
 * The working intervals of one chunk of UTC time ({@link BusinessCalendar#CHUNK_SECONDS} long), in
 * nanoseconds from the chunk's start, sorted, disjoint and not touching, with running totals and a
 * bucket index so that a position is located with one array read and a step or two.
 */
final class Chunk {
    /** log2 of the bucket width in nanoseconds: 2^46 ns is about 19.5 hours. */
    private static final int BUCKET_SHIFT = 46;

    /** log2 of the width, in working nanoseconds, of a bucket of the running-total index: about 4.9 hours. */
    private static final int CUMULATIVE_SHIFT = 44;

    static final Chunk EMPTY = new Chunk(new long[0]);

    final long[] starts;
    final long[] ends;
    /** Working nanoseconds before interval i. */
    final long[] cumStart;
    /** Working nanoseconds up to the end of interval i. */
    final long[] cumEnd;

    final long total;
    private final int[] bucketFirst;
    /** For each bucket b of working time, the first interval whose {@code cumEnd} reaches {@code b << CUMULATIVE_SHIFT}. */
    private final int[] cumulativeFirst;

    /**
     * Builds a chunk from flat {@code [start0, end0, start1, end1, ...]} pairs, sorted, disjoint and not
     * touching, all within {@code [0, CHUNK_NANOS]}.
     */
    Chunk(long[] pairs) {
        int n = pairs.length / 2;
        starts = new long[n];
        ends = new long[n];
        cumStart = new long[n];
        cumEnd = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = pairs[2 * i];
            ends[i] = pairs[2 * i + 1];
            cumStart[i] = sum;
            sum += ends[i] - starts[i];
            cumEnd[i] = sum;
        }
        total = sum;
        bucketFirst = new int[(int) ((BusinessCalendar.CHUNK_NANOS - 1) >>> BUCKET_SHIFT) + 1];
        int i = 0;
        for (int b = 0; b < bucketFirst.length; b++) {
            long bucketStart = (long) b << BUCKET_SHIFT;
            while (i < n && ends[i] <= bucketStart) {
                i++;
            }
            bucketFirst[b] = i;
        }
        cumulativeFirst = new int[(int) (total >>> CUMULATIVE_SHIFT) + 1];
        i = 0;
        for (int b = 0; b < cumulativeFirst.length; b++) {
            long reached = (long) b << CUMULATIVE_SHIFT;
            while (i < n - 1 && cumEnd[i] < reached) {
                i++;
            }
            cumulativeFirst[b] = i;
        }
    }

    int size() {
        return starts.length;
    }

    /** Index of the first interval ending after {@code pos}, or {@link #size()} if none. */
    int locate(long pos) {
        int i = bucketFirst[(int) (pos >>> BUCKET_SHIFT)];
        long[] e = ends;
        while (i < e.length && e[i] <= pos) {
            i++;
        }
        return i;
    }

    /** Whether the last interval runs to the chunk's end (working time continuing into the next chunk). */
    boolean endsAtItsEnd() {
        return ends.length > 0 && ends[ends.length - 1] == BusinessCalendar.CHUNK_NANOS;
    }

    boolean contains(long pos) {
        int i = locate(pos);
        return i < starts.length && starts[i] <= pos;
    }

    /** Working nanoseconds in {@code [0, pos)}. */
    long before(long pos) {
        int i = locate(pos);
        if (i == starts.length) {
            return total;
        }
        long s = starts[i];
        return pos > s ? cumStart[i] + (pos - s) : cumStart[i];
    }

    /** The earliest position whose {@link #before} is {@code target}, for {@code 0 < target <= total}. */
    long earliestReaching(long target) {
        int i = firstReaching(target);
        return starts[i] + (target - cumStart[i]);
    }

    /** The latest position whose {@link #before} is {@code target}, for {@code 0 <= target < total}. */
    long latestReaching(long target) {
        int i = firstReaching(target + 1);
        return starts[i] + (target - cumStart[i]);
    }

    /** The first interval whose running total reaches {@code key}, for {@code 0 < key <= total}. */
    private int firstReaching(long key) {
        int i = cumulativeFirst[(int) (key >>> CUMULATIVE_SHIFT)];
        long[] c = cumEnd;
        while (c[i] < key) {
            i++;
        }
        return i;
    }

    /** The flat pairs of this chunk, for combining calendars. */
    long[] pairs() {
        long[] out = new long[2 * starts.length];
        for (int i = 0; i < starts.length; i++) {
            out[2 * i] = starts[i];
            out[2 * i + 1] = ends[i];
        }
        return out;
    }

    @Override
    public String toString() {
        return "Chunk" + Arrays.toString(pairs());
    }
}
