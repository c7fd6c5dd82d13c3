package io.itsmkit.core.calendar;

import io.itsmkit.core.calendar.spi.HolidaySource;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When work happens: a time zone, a weekly schedule of working windows, holidays and date-specific
 * exceptions, or a union or intersection of such calendars; and the working-time arithmetic SLA clocks,
 * escalations and change lead times are built on.
 *
 * <h2>Semantics (the contract)</h2>
 *
 * <ul>
 *   <li><b>Working time is real elapsed time inside windows defined in local wall time.</b> A window's
 *       local start and end are turned into instants with java.time's rules: a local time in a DST gap is
 *       shifted later by the gap, an ambiguous one takes the earlier offset. So 09:00-17:00 is 8 h on every
 *       day, and a 22:00-06:00 shift is 7 h or 9 h on the nights the clocks change.
 *   <li>A window belongs to the day it starts on; a holiday closes that day's windows, including an
 *       overnight shift's hours after midnight. Special hours for a date replace the weekly windows of that
 *       date, even on a holiday. Partial closures remove time from whatever windows they overlap.
 *   <li>{@link #workingTimeBetween(Instant, Instant)} is antisymmetric (negative when {@code b < a}) and
 *       additive: {@code between(a, b) + between(b, c) == between(a, c)}.
 *   <li>{@link #addWorkingTime(Instant, Duration)} returns the <em>earliest</em> instant {@code t} with
 *       {@code workingTimeBetween(start, t) == d}: a target used up exactly at 17:00 answers 17:00, not
 *       the next morning. {@code d = 0} returns {@code start}.
 *   <li>{@link #subtractWorkingTime(Instant, Duration)} mirrors it: the <em>latest</em> {@code t <= start}
 *       with {@code workingTimeBetween(t, start) == d}.
 *   <li>{@link #addBusinessDays(Instant, int)} is a separate unit: the n-th working day after the start's
 *       local date, at the start's local time, or the next working instant after that. A working day is a
 *       local date (in {@link #zone()}) with any working time. It is never "n x 24 working hours".
 *   <li>Precision is the nanosecond in and out; nothing is rounded.
 *   <li><b>Horizon:</b> instants from {@link #HORIZON_START} (inclusive) to {@link #HORIZON_END}
 *       (exclusive). An instant outside is rejected with a {@link ValidationException}; a search that
 *       finds no working time inside the horizon (a calendar that is never open, say) throws a
 *       {@link NoWorkingTimeException} instead of searching for ever.
 * </ul>
 *
 * <h2>Speed</h2>
 *
 * The calendar is compiled lazily, per chunk of about 388 days of UTC time, into sorted working intervals
 * with running totals and a bucket index; chunks are computed once, thread-safely, and kept (at most one
 * per chunk of the horizon). {@code workingTimeBetween} is then a couple of look-ups and
 * {@code addWorkingTime} a look-up plus a binary search, whatever the span.
 *
 * <p>Implementation Requirements: immutable and thread-safe. Equal definitions give equal calendars.
 */
public abstract class BusinessCalendar {
    /** The first instant the calendar computes: 1900-01-01T00:00:00Z. */
    public static final Instant HORIZON_START = Instant.parse("1900-01-01T00:00:00Z");

    /** The end (exclusive) of the instants the calendar computes: 2150-01-01T00:00:00Z. */
    public static final Instant HORIZON_END = Instant.parse("2150-01-01T00:00:00Z");

    static final int CHUNK_SHIFT = 25;
    static final long CHUNK_SECONDS = 1L << CHUNK_SHIFT;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long CHUNK_NANOS = CHUNK_SECONDS * NANOS_PER_SECOND;
    static final int MIN_CHUNK = (int) (HORIZON_START.getEpochSecond() >> CHUNK_SHIFT);
    static final int MAX_CHUNK = (int) ((HORIZON_END.getEpochSecond() - 1) >> CHUNK_SHIFT);

    private static final Logger LOG = LoggerFactory.getLogger(BusinessCalendar.class);

    private final AtomicReferenceArray<Chunk> chunks = new AtomicReferenceArray<>(MAX_CHUNK - MIN_CHUNK + 1);

    BusinessCalendar() {}

    /**
     * Starts a calendar in a time zone, with no working time yet.
     *
     * @param zone the zone whose wall time the windows and holidays are in
     * @return a builder
     * @throws ValidationException if the zone is null
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(Checks.notNull(zone, "zone"));
    }

    /**
     * A calendar that is always open.
     *
     * @param zone the zone (used for business days)
     * @return the 24x7 calendar
     */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        return builder(zone)
                .hours(EnumSet.allOf(DayOfWeek.class), TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
                .build();
    }

    /**
     * A Monday-to-Friday calendar with the same windows every weekday, e.g. 08:30-13:00 and 14:00-18:00.
     *
     * @param zone the zone
     * @param windows the windows of each weekday
     * @return the calendar
     * @throws ValidationException if the windows overlap or an argument is null
     */
    public static BusinessCalendar weekdays(ZoneId zone, TimeWindow... windows) {
        return builder(zone)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), windows)
                .build();
    }

    /**
     * Returns the zone of the calendar; for a union or intersection, the zone of its left operand. Business
     * days are counted in it.
     *
     * @return the zone
     */
    public abstract ZoneId zone();

    /**
     * A calendar open whenever this one or the other is (follow-the-sun teams). Zones may differ.
     *
     * @param other another calendar
     * @return the union, in this calendar's zone for business days
     */
    public BusinessCalendar union(BusinessCalendar other) {
        return new CombinedCalendar(true, this, Checks.notNull(other, "other"));
    }

    /**
     * A calendar open whenever both are (a supplier's hours within the customer's). Zones may differ.
     *
     * @param other another calendar
     * @return the intersection, in this calendar's zone for business days
     */
    public BusinessCalendar intersection(BusinessCalendar other) {
        return new CombinedCalendar(false, this, Checks.notNull(other, "other"));
    }

    /** The working intervals of chunk {@code k}, flat {@code [start, end, ...]}, normalised. */
    abstract long[] computeIntervals(int k);

    final Chunk chunk(int k) {
        int slot = k - MIN_CHUNK;
        Chunk c = chunks.get(slot);
        if (c == null) {
            long[] pairs = computeIntervals(k);
            if (k == MIN_CHUNK || k == MAX_CHUNK) {
                pairs = Intervals.intersection(pairs, new long[] {
                    Math.max(0, offsetFrom(k, HORIZON_START)), Math.min(CHUNK_NANOS, offsetFrom(k, HORIZON_END))
                });
            }
            c = pairs.length == 0 ? Chunk.EMPTY : new Chunk(pairs);
            chunks.compareAndSet(slot, null, c);
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "compiled {} working intervals ({} of working time) from {} to {} for {}",
                        c.size(),
                        Duration.ofNanos(c.total),
                        chunkStart(k),
                        chunkStart(k + 1),
                        this);
            }
        }
        return c;
    }

    /**
     * Tells whether an instant is working time.
     *
     * @param t the instant
     * @return {@code true} inside a working window
     * @throws ValidationException if {@code t} is null or outside the horizon
     */
    public final boolean isWorkingTime(Instant t) {
        check(t, "instant");
        return chunk(chunkOf(t)).contains(offsetOf(t));
    }

    /**
     * Tells whether a local date has any working time.
     *
     * @param date a date in {@link #zone()}
     * @return {@code true} for a working day
     * @throws ValidationException if the date is null or outside the horizon
     */
    public final boolean isWorkingDay(LocalDate date) {
        Checks.notNull(date, "date");
        Instant from = date.atStartOfDay(zone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone()).toInstant();
        check(from, "date");
        if (!to.isBefore(HORIZON_END)) {
            to = HORIZON_END.minusNanos(1);
        }
        return nanosBetween(from, to) > 0;
    }

    /**
     * Returns the working time between two instants: negative when {@code b} is before {@code a}.
     *
     * @param a one instant
     * @param b another instant
     * @return the working time in {@code [a, b)}, or its negation if {@code b < a}
     * @throws ValidationException if an instant is null or outside the horizon
     */
    public final Duration workingTimeBetween(Instant a, Instant b) {
        check(a, "from");
        check(b, "to");
        return b.isBefore(a) ? Duration.ofNanos(-nanosBetween(b, a)) : Duration.ofNanos(nanosBetween(a, b));
    }

    private long nanosBetween(Instant a, Instant b) {
        int ca = chunkOf(a);
        int cb = chunkOf(b);
        Chunk first = chunk(ca);
        if (ca == cb) {
            return first.before(offsetOf(b)) - first.before(offsetOf(a));
        }
        long sum = first.total - first.before(offsetOf(a));
        for (int k = ca + 1; k < cb; k++) {
            sum += chunk(k).total;
        }
        return sum + chunk(cb).before(offsetOf(b));
    }

    /**
     * Returns the earliest instant {@code t} with {@code workingTimeBetween(start, t) == d}.
     *
     * @param start where to start, working time or not
     * @param d the working time to add, zero or more
     * @return the instant; {@code start} itself when {@code d} is zero
     * @throws ValidationException if an argument is null, {@code d} is negative, or {@code start} is
     *     outside the horizon
     * @throws NoWorkingTimeException if the calendar has not that much working time before the horizon end
     */
    public final Instant addWorkingTime(Instant start, Duration d) {
        check(start, "start");
        long remaining = nanos(d);
        if (remaining == 0) {
            return start;
        }
        int k = chunkOf(start);
        Chunk c = chunk(k);
        long target = c.before(offsetOf(start)) + remaining;
        while (target > c.total) {
            target -= c.total;
            if (++k > MAX_CHUNK) {
                throw new NoWorkingTimeException("no " + d + " of working time after " + start
                        + " before the horizon end " + HORIZON_END + " (is the calendar ever open?)");
            }
            c = chunk(k);
        }
        return instant(k, c.earliestReaching(target));
    }

    /**
     * Returns the latest instant {@code t <= start} with {@code workingTimeBetween(t, start) == d}.
     *
     * @param start where to start, working time or not
     * @param d the working time to go back, zero or more
     * @return the instant; {@code start} itself when {@code d} is zero
     * @throws ValidationException if an argument is null, {@code d} is negative, or {@code start} is
     *     outside the horizon
     * @throws NoWorkingTimeException if the calendar has not that much working time after the horizon start
     */
    public final Instant subtractWorkingTime(Instant start, Duration d) {
        check(start, "start");
        long remaining = nanos(d);
        if (remaining == 0) {
            return start;
        }
        int k = chunkOf(start);
        Chunk c = chunk(k);
        long target = c.before(offsetOf(start)) - remaining;
        while (target < 0) {
            if (--k < MIN_CHUNK) {
                throw new NoWorkingTimeException("no " + d + " of working time before " + start
                        + " after the horizon start " + HORIZON_START + " (is the calendar ever open?)");
            }
            c = chunk(k);
            target += c.total;
        }
        return instant(k, c.latestReaching(target));
    }

    /**
     * Returns {@code t} if it is working time, otherwise the start of the next working window.
     *
     * @param t the instant
     * @return the next working instant, at or after {@code t}
     * @throws ValidationException if {@code t} is null or outside the horizon
     * @throws NoWorkingTimeException if there is no working time from {@code t} to the horizon end
     */
    public final Instant nextWorkingInstant(Instant t) {
        check(t, "instant");
        int k = chunkOf(t);
        Chunk c = chunk(k);
        int i = c.locate(offsetOf(t));
        if (i < c.size()) {
            return c.starts[i] <= offsetOf(t) ? t : instant(k, c.starts[i]);
        }
        while (++k <= MAX_CHUNK) {
            c = chunk(k);
            if (c.size() > 0) {
                return instant(k, c.starts[0]);
            }
        }
        throw new NoWorkingTimeException(
                "no working time from " + t + " to the horizon end " + HORIZON_END + " (is the calendar ever open?)");
    }

    /**
     * Returns the next instant after {@code t} at which working time starts or stops.
     *
     * @param t the instant
     * @return the next change, or empty if nothing changes before the horizon end (a 24x7 or never-open
     *     calendar); working time ends at the horizon end, which is not reported as a change
     * @throws ValidationException if {@code t} is null or outside the horizon
     */
    public final Optional<Instant> nextTransition(Instant t) {
        return transitionAfter(t).filter(next -> next.isBefore(HORIZON_END));
    }

    private Optional<Instant> transitionAfter(Instant t) {
        check(t, "instant");
        int k = chunkOf(t);
        long pos = offsetOf(t);
        if (!chunk(k).contains(pos)) {
            while (k <= MAX_CHUNK) {
                Chunk c = chunk(k);
                int i = c.locate(pos);
                if (i < c.size()) {
                    return Optional.of(instant(k, c.starts[i]));
                }
                k++;
                pos = 0;
            }
            return Optional.empty();
        }
        while (true) {
            Chunk c = chunk(k);
            long end = c.ends[c.locate(pos)];
            if (end < CHUNK_NANOS) {
                return Optional.of(instant(k, end));
            }
            if (++k > MAX_CHUNK) {
                return Optional.empty();
            }
            if (!chunk(k).contains(0)) {
                return Optional.of(chunkStart(k));
            }
            pos = 0;
        }
    }

    /**
     * Returns the instant {@code n} working days after {@code start}, at the same local time, or the next
     * working instant after that time.
     *
     * @param start the start
     * @param n the number of working days, zero or more
     * @return the instant; {@code start} itself when {@code n} is zero
     * @throws ValidationException if {@code start} is null or outside the horizon, or {@code n} is negative
     * @throws NoWorkingTimeException if there are not {@code n} working days before the horizon end
     */
    public final Instant addBusinessDays(Instant start, int n) {
        check(start, "start");
        Checks.notNegative(n, "days");
        if (n == 0) {
            return start;
        }
        ZonedDateTime z = start.atZone(zone());
        LocalDate day = z.toLocalDate();
        LocalDate last = LocalDate.ofInstant(HORIZON_END, zone());
        for (int found = 0; found < n; ) {
            day = day.plusDays(1);
            if (!day.isBefore(last)) {
                throw new NoWorkingTimeException("fewer than " + n + " working days after " + start
                        + " before the horizon end " + HORIZON_END + " (is the calendar ever open?)");
            }
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return nextWorkingInstant(ZonedDateTime.of(day, z.toLocalTime(), zone()).toInstant());
    }

    static int chunkOf(Instant t) {
        return (int) (t.getEpochSecond() >> CHUNK_SHIFT);
    }

    static long offsetOf(Instant t) {
        return (t.getEpochSecond() & (CHUNK_SECONDS - 1)) * NANOS_PER_SECOND + t.getNano();
    }

    static Instant instant(int k, long offset) {
        return Instant.ofEpochSecond(((long) k << CHUNK_SHIFT) + offset / NANOS_PER_SECOND, offset % NANOS_PER_SECOND);
    }

    /** The offset of {@code t} from the start of chunk {@code k}, for instants near that chunk. */
    static long offsetFrom(int k, Instant t) {
        return (t.getEpochSecond() - ((long) k << CHUNK_SHIFT)) * NANOS_PER_SECOND + t.getNano();
    }

    static Instant chunkStart(int k) {
        return Instant.ofEpochSecond((long) k << CHUNK_SHIFT);
    }

    private static void check(Instant t, String path) {
        Checks.notNull(t, path);
        if (t.isBefore(HORIZON_START) || !t.isBefore(HORIZON_END)) {
            throw new ValidationException(
                    path,
                    "within-horizon",
                    t,
                    "must be from " + HORIZON_START + " (inclusive) to " + HORIZON_END + " (exclusive)");
        }
    }

    private static long nanos(Duration d) {
        Checks.notNull(d, "duration");
        if (d.isNegative()) {
            throw new ValidationException(
                    "duration", "not-negative", d, "must be zero or more (use subtractWorkingTime to go back)");
        }
        long maxSeconds = HORIZON_END.getEpochSecond() - HORIZON_START.getEpochSecond();
        if (d.getSeconds() > maxSeconds) {
            throw new ValidationException("duration", "within-horizon", d, "is longer than the whole calendar horizon");
        }
        return d.getSeconds() * NANOS_PER_SECOND + d.getNano();
    }

    /**
     * Collects a scheduled calendar's definition, then validates it whole. Not thread-safe.
     *
     * <p>Windows of the same day (and an overnight window with the next day's windows) must not overlap;
     * touching windows are allowed.
     */
    public static final class Builder {
        private final ScheduleCalendar.Definition def;

        private Builder(ZoneId zone) {
            this.def = new ScheduleCalendar.Definition(zone);
        }

        /**
         * Adds working windows to one weekday.
         *
         * @param day the weekday
         * @param windows the windows
         * @return this builder
         */
        public Builder hours(DayOfWeek day, TimeWindow... windows) {
            return hours(EnumSet.of(Checks.notNull(day, "day")), windows);
        }

        /**
         * Adds the same working windows to several weekdays.
         *
         * @param days the weekdays
         * @param windows the windows
         * @return this builder
         */
        public Builder hours(Set<DayOfWeek> days, TimeWindow... windows) {
            Checks.notNull(days, "days");
            Checks.notNull(windows, "windows");
            for (DayOfWeek d : days) {
                for (int i = 0; i < windows.length; i++) {
                    def.weekly.put(Checks.notNull(d, "days[]"), Checks.notNull(windows[i], "windows[" + i + "]"));
                }
            }
            return this;
        }

        /**
         * Adds a source of full-day holidays (local dates in the calendar's zone).
         *
         * @param source built-in ({@link Holidays}) or the host's
         * @return this builder
         */
        public Builder holidays(HolidaySource source) {
            def.holidays.add(Checks.notNull(source, "holidays"));
            return this;
        }

        /**
         * Replaces the weekly windows of one date with special hours (even on a holiday); with no window,
         * the date is closed.
         *
         * @param date the date
         * @param windows the special windows of that date, possibly none
         * @return this builder
         */
        public Builder specialHours(LocalDate date, TimeWindow... windows) {
            Checks.notNull(date, "date");
            Checks.notNull(windows, "windows");
            for (int i = 0; i < windows.length; i++) {
                Checks.notNull(windows[i], "specialHours[" + date + "][" + i + "]");
            }
            def.special
                    .computeIfAbsent(date, d -> new java.util.ArrayList<>())
                    .addAll(java.util.Arrays.asList(windows));
            return this;
        }

        /**
         * Closes part of a date, e.g. 12:00-15:00 for a staff meeting.
         *
         * @param date the date the window belongs to
         * @param window the closed window
         * @return this builder
         */
        public Builder closed(LocalDate date, TimeWindow window) {
            def.closures.put(Checks.notNull(date, "date"), Checks.notNull(window, "window"));
            return this;
        }

        /**
         * Validates and builds the calendar.
         *
         * @return the calendar
         * @throws ValidationException listing every overlap
         */
        public BusinessCalendar build() {
            return new ScheduleCalendar(def.validatedCopy());
        }
    }
}
