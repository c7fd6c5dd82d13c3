package io.itsmkit.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The business days of one year of a calendar: a bit per day and running counts, so that "the n-th
 * business day after a date" is a subtraction per year crossed plus a binary search over the days of the
 * year; and
 * the zone's offsets around the year, so that a wall time of the year becomes an instant without
 * {@link ZoneRules} look-ups (which box the year and allocate beyond the zone's last listed transition).
 */
final class BusinessYear {
    /** Bit {@code d - 1} of the array is set when day-of-year {@code d} is a business day. */
    final long[] bits;

    final int total;
    /** The epoch day of 1 January. */
    final long firstDay;

    private final int year;
    /** {@code through[d]}: business days from 1 January to day-of-year {@code d}, inclusive; {@code through[0] == 0}. */
    private final short[] through;

    /** Zone transitions (epoch seconds) from two days before 1 January to two days after 31 December. */
    private final long[] transitions;
    /** {@code offsets[i]} (seconds) applies before {@code transitions[i]} and from {@code transitions[i - 1]}. */
    private final int[] offsets;

    BusinessYear(int year, long[] bits, ZoneRules rules) {
        this.year = year;
        this.bits = bits;
        this.firstDay = LocalDate.of(year, 1, 1).toEpochDay();
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
        long from = (firstDay - 2) * 86_400L;
        long to = (firstDay + days + 2) * 86_400L;
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(from));
                t != null && t.toEpochSecond() < to;
                t = rules.nextTransition(t.getInstant())) {
            changes.add(t);
        }
        transitions = new long[changes.size()];
        offsets = new int[changes.size() + 1];
        offsets[0] = rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds();
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = changes.get(i).toEpochSecond();
            offsets[i + 1] = changes.get(i).getOffsetAfter().getTotalSeconds();
        }
    }

    /** The zone's offset in seconds at an epoch second within two days of the year. */
    int offsetAt(long epochSecond) {
        int i = 0;
        while (i < transitions.length && epochSecond >= transitions[i]) {
            i++;
        }
        return offsets[i];
    }

    /**
     * The epoch second of a wall time of the year (seconds since 1970-01-01T00:00 local), resolved as
     * {@link java.time.ZonedDateTime#ofLocal} does: the one valid offset; in an overlap {@code preferred}
     * if valid, else the earlier offset; in a gap, later by the gap's length.
     */
    long epochSecond(long wall, int preferred) {
        if (offsetAt(wall - preferred) == preferred) {
            return wall - preferred;
        }
        long earliest = Long.MAX_VALUE;
        for (int o : offsets) {
            if (offsetAt(wall - o) == o) {
                earliest = Math.min(earliest, wall - o);
            }
        }
        if (earliest != Long.MAX_VALUE) {
            return earliest;
        }
        for (int i = 0; i < transitions.length; i++) {
            if (wall - offsets[i + 1] < transitions[i] && transitions[i] <= wall - offsets[i]) {
                return wall - offsets[i];
            }
        }
        throw new IllegalStateException("no offset for wall time " + wall + " in " + year);
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

    /** The day-of-year of the business day with the given rank in the year, for {@code 1 <= rank <= total}. */
    int withRank(long rank) {
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
        return lo;
    }
}
