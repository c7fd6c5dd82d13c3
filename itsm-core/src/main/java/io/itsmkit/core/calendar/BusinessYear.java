package io.itsmkit.core.calendar;

import java.time.LocalDate;

/**
 * The business days of one year of a calendar: a bit per day and running counts, so that "the n-th
 * business day after a date" is a subtraction per year crossed plus a binary search of at most 9 steps.
 */
final class BusinessYear {
    /** Bit {@code d - 1} of the array is set when day-of-year {@code d} is a business day. */
    final long[] bits;

    final int total;
    private final int year;
    /** {@code through[d]}: business days from 1 January to day-of-year {@code d}, inclusive; {@code through[0] == 0}. */
    private final short[] through;

    BusinessYear(int year, long[] bits) {
        this.year = year;
        this.bits = bits;
        int days = LocalDate.of(year, 12, 31).getDayOfYear();
        through = new short[days + 1];
        short count = 0;
        for (int d = 1; d <= days; d++) {
            if ((bits[(d - 1) >>> 6] & (1L << (d - 1))) != 0) {
                count++;
            }
            through[d] = count;
        }
        total = count;
    }

    /** A bit set for the days of a year, one long per 64 days. */
    static long[] emptyBits() {
        return new long[6];
    }

    static void set(long[] bits, int dayOfYear) {
        bits[(dayOfYear - 1) >>> 6] |= 1L << (dayOfYear - 1);
    }

    boolean isBusinessDay(int dayOfYear) {
        return through[dayOfYear] != through[dayOfYear - 1];
    }

    /** Business days from 1 January to {@code dayOfYear} inclusive (0 for day 0). */
    int through(int dayOfYear) {
        return through[dayOfYear];
    }

    /** The business day with the given rank in the year, for {@code 1 <= rank <= total}. */
    LocalDate withRank(long rank) {
        int lo = 1;
        int hi = through.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (through[mid] < rank) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return LocalDate.ofYearDay(year, lo);
    }
}
