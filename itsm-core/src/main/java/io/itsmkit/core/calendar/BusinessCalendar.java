package io.itsmkit.core.calendar;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When work happens: a time zone, a weekly schedule of working windows, business days, holidays and
 * date-specific exceptions, or a union or intersection of such calendars; and the working-time and
 * business-day arithmetic SLA clocks, escalations and change lead times are built on.
 *
 * <p>A calendar is its {@link CalendarDefinition}: {@link #of(CalendarDefinition, Map)} builds one,
 * {@link #definition()} gives it back, and calendars are equal exactly when their definitions are.
 *
 * <h2>Working time (the contract)</h2>
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
 *   <li>Precision is the nanosecond in and out; nothing is rounded.
 * </ul>
 *
 * <h2>Business days</h2>
 *
 * Business days are dates in {@link #zone()}, set apart from the working windows: a date is a business
 * day when its weekday is one of the definition's business days (by default the weekdays that have windows)
 * and it is not a holiday; a date with special hours is a business day exactly when those hours have a
 * window. So a Monday-to-Friday desk with a Saturday night on-call rota can count Monday to Friday only.
 * {@link #addBusinessDays(LocalDate, int)} moves to the n-th business day after a date (before it, for
 * negative n); the {@code Instant} forms keep the local time of day. {@link #businessDaysBetween} counts
 * the business days after one date up to and including another. These are never "n x 24 working hours".
 *
 * <h2>Holidays</h2>
 *
 * Built-in {@link Holidays} rules are part of the definition; host {@link HolidaySource}s are bound by
 * name, one source per name (a union or intersection whose operands bind a name to different sources is
 * refused). A calendar files every holiday under the year of its date, whichever year's answer reported it
 * (a source may report the observed New Year on 31 December in the next year's answer), so results never
 * depend on how the calendar splits time internally.
 *
 * <p>A calendar asks each host source only for the years of its horizon (see below), at most once per year,
 * and keeps the answer; the operands of a union or intersection share one kept answer per source name, so
 * the whole combination asks a source at most once per year too. (A date of the horizon's first or last
 * year that a source reports only in the answer for the year before or after the horizon is therefore not
 * seen: report it in its own year's answer.) Anything a source does wrong gives a
 * {@link HolidaySourceException} ({@code HOST_FAILURE}) naming the source, the calendar's zone and the year,
 * and the year is asked again next time: an exception or error it throws (checked or not; only a
 * {@link VirtualMachineError} such as {@link OutOfMemoryError} passes through unwrapped), a {@code null}
 * answer, an answer holding {@code null} or something that is not a {@link Holiday}, or a date outside the
 * year asked and the years just before and after it. The answer is copied in a single pass before it is
 * checked, so a list the source changes afterwards cannot change the calendar.
 *
 * <h2>Horizon</h2>
 *
 * Instants from {@link #horizonStart()} to {@link #HORIZON_END}, both inclusive; dates from
 * {@link #firstDate()} to {@link #lastDate()}, in {@link #zone()}. The horizon starts at {@link #HORIZON_START},
 * or later when the built-in holidays are {@linkplain Holidays#knownFrom(int) known from} a later year
 * ({@link Holidays#italy()}: 1 January 1950, Rome time): a calendar refuses the years its holiday rules do
 * not describe instead of answering them wrongly. A union or intersection has the narrower horizon of its
 * operands. Every instant or date a calendar returns is one
 * it accepts. An argument outside is rejected with a {@link ValidationException}; a search that finds no
 * working time or not enough business days inside the horizon (a calendar that is never open, say) throws a
 * {@link NoWorkingTimeException} instead of searching for ever. No working time lies at or after the
 * horizon end: {@code isWorkingTime(HORIZON_END)} is {@code false}.
 *
 * <h2>Speed</h2>
 *
 * The calendar is compiled lazily, per chunk of about 388 days of UTC time, into sorted working intervals
 * with running totals and a bucket index, and per year into business-day counts; both are computed once,
 * thread-safely, and kept (compiling a chunk walks its days; that cost is paid once per chunk). Once
 * compiled, the costs grow with the span, not with the number of working windows in it:
 * {@code workingTimeBetween}, {@code addWorkingTime} and {@code subtractWorkingTime} take one step per
 * chunk crossed (O(span / 388 days), at most 236 over the horizon) plus a look-up in the first and last
 * chunk (a bucket read and a short scan); {@code nextWorkingInstant} and the transitions scan forward or back
 * through empty chunks; {@code addBusinessDays}, {@code subtractBusinessDays} and {@code businessDaysBetween}
 * take one step per year crossed (O(years), at most 252 over the horizon) plus a binary search within the
 * year. They are O(1) only for spans within a chunk or a year. The README's performance table gives the
 * measured times.
 *
 * <p>Implementation Requirements: immutable and thread-safe. Equal definitions give equal calendars.
 */
public abstract class BusinessCalendar {
    /** The first instant any calendar accepts: 1900-01-01T00:00:00Z (a calendar's own may be later: {@link #horizonStart()}). */
    public static final Instant HORIZON_START = Instant.parse("1900-01-01T00:00:00Z");

    /** The last instant the calendar accepts and returns: 2150-01-01T00:00:00Z. No working time lies at or after it. */
    public static final Instant HORIZON_END = Instant.parse("2150-01-01T00:00:00Z");

    static final int CHUNK_SHIFT = 25;
    static final long CHUNK_SECONDS = 1L << CHUNK_SHIFT;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long CHUNK_NANOS = CHUNK_SECONDS * NANOS_PER_SECOND;
    static final int MIN_CHUNK = (int) (HORIZON_START.getEpochSecond() >> CHUNK_SHIFT);
    static final int MAX_CHUNK = (int) (HORIZON_END.getEpochSecond() >> CHUNK_SHIFT);

    /** The first year whose business days a calendar counts: the horizon start's year in the zone furthest west. */
    static final int FIRST_YEAR = 1899;

    /** The last year whose business days a calendar counts. */
    static final int LAST_YEAR = 2150;

    private static final Logger LOG = LoggerFactory.getLogger(BusinessCalendar.class);

    private final CalendarDefinition definition;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final Instant start;
    private final int startChunk;
    private final LocalDate firstDate;
    private final LocalDate lastDate;
    private final long firstDay;
    private final long lastDay;
    /** The first year of the horizon's dates in the zone; host sources are asked from it. */
    final int firstYear;
    /** The last year of the horizon's dates in the zone; host sources are asked up to it. */
    final int lastYear;

    private final int hash;
    private final AtomicReferenceArray<Chunk> chunks = new AtomicReferenceArray<>(MAX_CHUNK - MIN_CHUNK + 1);
    private final AtomicReferenceArray<BusinessYear> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

    BusinessCalendar(CalendarDefinition definition) {
        this.definition = definition;
        this.zone = definition.zone();
        this.rules = zone.getRules();
        this.start = startOf(definition);
        this.startChunk = chunkOf(start);
        this.firstDate = firstDateOf(definition);
        this.lastDate = lastDateOf(definition);
        this.firstDay = firstDate.toEpochDay();
        this.lastDay = lastDate.toEpochDay();
        this.firstYear = firstDate.getYear();
        this.lastYear = lastDate.getYear();
        this.hash = definition.hashCode();
    }

    /**
     * Builds the calendar a definition describes, when it refers to no host holiday source.
     *
     * @param definition the definition
     * @return the calendar, whose {@link #definition()} equals {@code definition}
     * @throws ValidationException if the definition is null, or with rule {@code "unresolved-holiday-source"}
     *     if it refers to a host holiday source
     */
    public static BusinessCalendar of(CalendarDefinition definition) {
        return of(definition, Map.of());
    }

    /**
     * Builds the calendar a definition describes, binding its host holiday sources by name.
     *
     * @param definition the definition
     * @param sources the host sources by the names the definition uses; other entries are ignored
     * @return the calendar, whose {@link #definition()} equals {@code definition}
     * @throws ValidationException if an argument is null, or with rule {@code "unresolved-holiday-source"}
     *     naming each source the map does not hold
     */
    public static BusinessCalendar of(CalendarDefinition definition, Map<String, HolidaySource> sources) {
        Checks.notNull(definition, "definition");
        Checks.notNull(sources, "sources");
        Checks.Collector c = Checks.collector();
        for (String name : definition.holidaySourceNames()) {
            c.require(
                    sources.get(name) != null,
                    "sources[" + name + "]",
                    "unresolved-holiday-source",
                    name,
                    "the definition refers to this holiday source; give it in the map of sources");
        }
        c.throwIfAny();
        return build(definition, sources);
    }

    /** Binds every source the definition names once, so that all its schedules share one kept answer per name. */
    private static BusinessCalendar build(CalendarDefinition d, Map<String, HolidaySource> sources) {
        Map<String, SourceAnswers> bound = new TreeMap<>();
        for (String name : d.holidaySourceNames()) {
            bound.put(name, new SourceAnswers(name, Checks.notNull(sources.get(name), "sources[" + name + "]")));
        }
        return bind(d, bound, new IdentityHashMap<>());
    }

    /** Builds each node of the definition once: a definition shared by identity (c.union(c)) is one calendar. */
    private static BusinessCalendar bind(
            CalendarDefinition d, Map<String, SourceAnswers> bound, Map<CalendarDefinition, BusinessCalendar> built) {
        BusinessCalendar done = built.get(d);
        if (done != null) {
            return done;
        }
        BusinessCalendar c;
        if (d instanceof CalendarDefinition.Combined combined) {
            c = new CombinedCalendar(
                    combined, bind(combined.left(), bound, built), bind(combined.right(), bound, built));
        } else {
            CalendarDefinition.Schedule s = (CalendarDefinition.Schedule) d;
            Map<String, SourceAnswers> own = new TreeMap<>();
            s.holidaySources().forEach(name -> own.put(name, bound.get(name)));
            c = new ScheduleCalendar(s, own);
        }
        built.put(d, c);
        return c;
    }

    /** The host sources this calendar binds, by name. */
    abstract Map<String, HolidaySource> sources();

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
     * A calendar that is always open; every day is a business day.
     *
     * @param zone the zone (used for business days)
     * @return the 24x7 calendar
     * @throws ValidationException if the zone is null
     */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        return builder(zone)
                .hours(EnumSet.allOf(DayOfWeek.class), TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
                .build();
    }

    /**
     * A Monday-to-Friday calendar with the same windows every weekday, e.g. 08:30-13:00 and 14:00-18:00;
     * Monday to Friday are its business days.
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
     * Returns the definition this calendar was built from.
     *
     * @return the definition; {@code of(definition(), sources)} equals this calendar
     */
    public final CalendarDefinition definition() {
        return definition;
    }

    /**
     * Returns the zone of the calendar; for a union or intersection, the zone of its left operand. Business
     * days are counted in it.
     *
     * @return the zone
     */
    public final ZoneId zone() {
        return zone;
    }

    /**
     * A calendar open whenever this one or the other is (follow-the-sun teams). Zones may differ. Its
     * business days are the dates that are business days of either. It binds the host sources of both, with
     * one kept answer per source name for both operands (compiled afresh: what this calendar and the other
     * have already compiled is not reused).
     *
     * @param other another calendar
     * @return the union, in this calendar's zone for business days
     * @throws ValidationException if {@code other} is null; with rule {@code "max-depth"} or
     *     {@code "max-size"} if the definition would nest deeper than {@link CalendarDefinition#MAX_DEPTH} or
     *     hold more than {@link CalendarDefinition#MAX_SIZE} items; or with path
     *     {@code "holidaySources[NAME]"} and rule {@code "unique-name"} if the two calendars bind the same
     *     source name to different sources (unequal by {@code equals})
     */
    public final BusinessCalendar union(BusinessCalendar other) {
        return combine(CalendarDefinition.Operation.UNION, other);
    }

    /**
     * A calendar open whenever both are (a supplier's hours within the customer's). Zones may differ. Its
     * business days are the dates that are business days of both. Host sources are bound as for
     * {@link #union}.
     *
     * @param other another calendar
     * @return the intersection, in this calendar's zone for business days
     * @throws ValidationException as {@link #union} does
     */
    public final BusinessCalendar intersection(BusinessCalendar other) {
        return combine(CalendarDefinition.Operation.INTERSECTION, other);
    }

    private BusinessCalendar combine(CalendarDefinition.Operation op, BusinessCalendar other) {
        Checks.notNull(other, "other");
        CalendarDefinition.Combined def = new CalendarDefinition.Combined(op, definition, other.definition);
        Map<String, HolidaySource> both = new TreeMap<>(sources());
        other.sources().forEach((name, source) -> {
            HolidaySource mine = both.putIfAbsent(name, source);
            if (mine != null && !mine.equals(source)) {
                throw new ValidationException(
                        "holidaySources[" + name + "]",
                        "unique-name",
                        name,
                        "the two calendars bind this name to different holiday sources; a name stands for one source");
            }
        });
        return build(def, both);
    }

    /**
     * Returns the first instant the calendar accepts: {@link #HORIZON_START}, or the start of 1 January of
     * the first year its holidays are known for, if later (see the class documentation).
     *
     * @return the first instant of the horizon
     */
    public final Instant horizonStart() {
        return start;
    }

    /**
     * Returns the first date the calendar accepts, in {@link #zone()}.
     *
     * @return the first date of the horizon
     */
    public final LocalDate firstDate() {
        return firstDate;
    }

    /**
     * Returns the last date the calendar accepts, in {@link #zone()}: the date of {@link #HORIZON_END}, or
     * earlier for a union or intersection with an operand further west.
     *
     * @return the last date of the horizon
     */
    public final LocalDate lastDate() {
        return lastDate;
    }

    private static Instant startOf(CalendarDefinition d) {
        if (d instanceof CalendarDefinition.Combined c) {
            Instant l = startOf(c.left());
            Instant r = startOf(c.right());
            return l.isAfter(r) ? l : r;
        }
        int known = ((CalendarDefinition.Schedule) d).holidays().firstKnownYear();
        Instant s = LocalDate.of(Math.max(known, FIRST_YEAR), 1, 1)
                .atStartOfDay(d.zone())
                .toInstant();
        return s.isAfter(HORIZON_START) ? s : HORIZON_START;
    }

    private static LocalDate firstDateOf(CalendarDefinition d) {
        LocalDate first = LocalDate.ofInstant(startOf(d), d.zone());
        if (d instanceof CalendarDefinition.Combined c) {
            for (LocalDate o : List.of(firstDateOf(c.left()), firstDateOf(c.right()))) {
                first = o.isAfter(first) ? o : first;
            }
        }
        return first;
    }

    private static LocalDate lastDateOf(CalendarDefinition d) {
        LocalDate last = LocalDate.ofInstant(HORIZON_END, d.zone());
        if (d instanceof CalendarDefinition.Combined c) {
            for (LocalDate o : List.of(lastDateOf(c.left()), lastDateOf(c.right()))) {
                last = o.isBefore(last) ? o : last;
            }
        }
        return last;
    }

    /** The working intervals of chunk {@code k}, flat {@code [start, end, ...]}, normalised. */
    abstract long[] computeIntervals(int k);

    /** The business days of a year, as {@link BusinessYear} bits. */
    abstract long[] computeBusinessDays(int year);

    /** The holidays whose dates fall in a year, sorted. */
    abstract List<Holiday> computeHolidays(int year);

    final Chunk chunk(int k) {
        if (k < startChunk) {
            return Chunk.EMPTY;
        }
        int slot = k - MIN_CHUNK;
        Chunk c = chunks.get(slot);
        if (c == null) {
            long[] pairs = computeIntervals(k);
            if (k == startChunk || k == MAX_CHUNK) {
                pairs = Intervals.intersection(pairs, new long[] {
                    Math.max(0, offsetFrom(k, start)), Math.min(CHUNK_NANOS, offsetFrom(k, HORIZON_END))
                });
            }
            c = pairs.length == 0 ? Chunk.EMPTY : new Chunk(pairs);
            chunks.compareAndSet(slot, null, c);
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "compiled {} working intervals ({} of working time) from {} to {} for a calendar in {}",
                        c.size(),
                        Duration.ofNanos(c.total),
                        chunkStart(k),
                        chunkStart(k + 1),
                        zone);
            }
        }
        return c;
    }

    final BusinessYear year(int y) {
        int slot = y - FIRST_YEAR;
        BusinessYear b = years.get(slot);
        if (b == null) {
            b = new BusinessYear(y, computeBusinessDays(y), rules);
            years.compareAndSet(slot, null, b);
        }
        return b;
    }

    /**
     * Tells whether an instant is working time.
     *
     * @param t the instant
     * @return {@code true} inside a working window; {@code false} at {@link #HORIZON_END}
     * @throws ValidationException if {@code t} is null or outside the horizon
     */
    public final boolean isWorkingTime(Instant t) {
        check(t, "instant");
        return chunk(chunkOf(t)).contains(offsetOf(t));
    }

    /**
     * Returns the working time between two instants: negative when {@code b} is before {@code a}. It adds
     * up the totals of the compiled chunks between them, one step per chunk of about 388 days.
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
     * @return the instant; {@code start} itself when {@code d} is zero; at most {@link #HORIZON_END}
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
            if (--k < startChunk) {
                throw new NoWorkingTimeException("no " + d + " of working time before " + start
                        + " after the horizon start " + this.start + " (is the calendar ever open?)");
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
     * @return the earliest working instant at or after {@code t}
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
     * The mirror of {@link #nextWorkingInstant}: returns {@code t} if working time runs up to it (the
     * instant just before {@code t} is working time), otherwise the end of the previous working window. A
     * 09:00-17:00 calendar answers Friday 17:00 for Saturday noon, and Monday 10:00 for Monday 10:00.
     *
     * @param t the instant
     * @return the latest instant at or before {@code t} that working time runs up to
     * @throws ValidationException if {@code t} is null or outside the horizon
     * @throws NoWorkingTimeException if there is no working time from the horizon start to {@code t}
     */
    public final Instant previousWorkingInstant(Instant t) {
        check(t, "instant");
        int k = chunkOf(t);
        long pos = offsetOf(t);
        Chunk c = chunk(k);
        int i = c.locate(pos);
        if (i < c.size() && c.starts[i] < pos) {
            return t;
        }
        if (i > 0) {
            return instant(k, c.ends[i - 1]);
        }
        while (--k >= startChunk) {
            c = chunk(k);
            if (c.size() > 0) {
                return instant(k, c.ends[c.size() - 1]);
            }
        }
        throw new NoWorkingTimeException(
                "no working time from the horizon start " + start + " to " + t + " (is the calendar ever open?)");
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
     * Returns the last instant before {@code t} at which working time started or stopped.
     *
     * @param t the instant
     * @return the previous change, or empty if nothing changes after the horizon start; working time that
     *     runs from the horizon start is not reported as a change
     * @throws ValidationException if {@code t} is null or outside the horizon
     */
    public final Optional<Instant> previousTransition(Instant t) {
        check(t, "instant");
        if (t.equals(start)) {
            return Optional.empty();
        }
        Instant before = t.minusNanos(1);
        int k = chunkOf(before);
        Chunk c = chunk(k);
        int i = c.locate(offsetOf(before));
        if (i < c.size() && c.starts[i] <= offsetOf(before)) {
            long from = c.starts[i];
            while (from == 0 && k > startChunk && chunk(k - 1).endsAtItsEnd()) {
                c = chunk(--k);
                from = c.starts[c.size() - 1];
            }
            Instant s = instant(k, from);
            return s.isAfter(start) ? Optional.of(s) : Optional.empty();
        }
        try {
            return Optional.of(previousWorkingInstant(t));
        } catch (NoWorkingTimeException never) {
            return Optional.empty();
        }
    }

    /**
     * Tells whether a date is a business day (see the class documentation).
     *
     * @param date a date in {@link #zone()}
     * @return {@code true} for a business day
     * @throws ValidationException if the date is null or outside the horizon
     */
    public final boolean isBusinessDay(LocalDate date) {
        checkDate(date, "date");
        return year(date.getYear()).isBusinessDay(date.getDayOfYear());
    }

    /**
     * Returns the n-th business day after a date, or before it for a negative {@code n}. It steps over the
     * business-day counts of the years crossed, one step per year, then searches within the year.
     *
     * @param date the start, a business day or not
     * @param n the number of business days; {@code 0} returns {@code date}
     * @return the date
     * @throws ValidationException if the date is null or outside the horizon
     * @throws NoWorkingTimeException if there are not that many business days within the horizon
     */
    public final LocalDate addBusinessDays(LocalDate date, int n) {
        checkDate(date, "date");
        return shift(date, n);
    }

    /**
     * Returns the n-th business day before a date, or after it for a negative {@code n}:
     * {@code subtractBusinessDays(addBusinessDays(d, n), n) == d} for every business day {@code d}.
     *
     * @param date the start, a business day or not
     * @param n the number of business days; {@code 0} returns {@code date}
     * @return the date
     * @throws ValidationException if the date is null or outside the horizon
     * @throws NoWorkingTimeException if there are not that many business days within the horizon
     */
    public final LocalDate subtractBusinessDays(LocalDate date, int n) {
        checkDate(date, "date");
        return shift(date, -(long) n);
    }

    /**
     * Returns the instant at the same local time on the n-th business day after the start's date (before
     * it, for a negative {@code n}). A local time that does not exist on that date (a DST gap) is moved
     * later by the gap; an ambiguous one keeps the start's offset if it can. The result need not be working
     * time: combine with {@link #nextWorkingInstant} if it must be.
     *
     * @param start the start, on a business day or not
     * @param n the number of business days; {@code 0} returns {@code start}
     * @return the instant
     * @throws ValidationException if {@code start} is null or outside the horizon
     * @throws NoWorkingTimeException if the result would lie outside the horizon
     */
    public final Instant addBusinessDays(Instant start, int n) {
        return shift(start, n);
    }

    /**
     * Returns the instant at the same local time on the n-th business day before the start's date (after
     * it, for a negative {@code n}), as {@link #addBusinessDays(Instant, int)} does forwards.
     * {@code subtractBusinessDays(addBusinessDays(t, n), n) == t} when {@code t} is on a business day and its
     * local time exists once on both dates.
     *
     * @param start the start, on a business day or not
     * @param n the number of business days; {@code 0} returns {@code start}
     * @return the instant
     * @throws ValidationException if {@code start} is null or outside the horizon
     * @throws NoWorkingTimeException if the result would lie outside the horizon
     */
    public final Instant subtractBusinessDays(Instant start, int n) {
        return shift(start, -(long) n);
    }

    /**
     * Counts the business days after {@code from} up to and including {@code to}; negative, the count of
     * those after {@code to} up to and including {@code from}, when {@code to} is before {@code from}. It is
     * additive and antisymmetric, and {@code businessDaysBetween(d, addBusinessDays(d, n)) == n} for
     * {@code n >= 0}.
     *
     * @param from one date
     * @param to another date
     * @return the count
     * @throws ValidationException if a date is null or outside the horizon
     */
    public final int businessDaysBetween(LocalDate from, LocalDate to) {
        checkDate(from, "from");
        checkDate(to, "to");
        return to.isBefore(from) ? -countAfter(to, from) : countAfter(from, to);
    }

    private int countAfter(LocalDate from, LocalDate to) {
        BusinessYear a = year(from.getYear());
        if (from.getYear() == to.getYear()) {
            return a.through(to.getDayOfYear()) - a.through(from.getDayOfYear());
        }
        int sum = a.total - a.through(from.getDayOfYear());
        for (int y = from.getYear() + 1; y < to.getYear(); y++) {
            sum += year(y).total;
        }
        return sum + year(to.getYear()).through(to.getDayOfYear());
    }

    /** The epoch day of 1 January of each year from {@link #FIRST_YEAR} to {@link #LAST_YEAR} + 1. */
    private static final long[] JANUARY_FIRST = new long[LAST_YEAR - FIRST_YEAR + 2];

    static {
        for (int y = FIRST_YEAR; y <= LAST_YEAR + 1; y++) {
            JANUARY_FIRST[y - FIRST_YEAR] = LocalDate.of(y, 1, 1).toEpochDay();
        }
    }

    /** The year of an epoch day within the counted years: an estimate from the mean Gregorian year, corrected. */
    private static int yearOf(long epochDay) {
        int i = (int) Math.floorDiv(epochDay * 400, 146_097) + 1970 - FIRST_YEAR;
        i = Math.max(0, Math.min(JANUARY_FIRST.length - 2, i));
        while (JANUARY_FIRST[i] > epochDay) {
            i--;
        }
        while (JANUARY_FIRST[i + 1] <= epochDay) {
            i++;
        }
        return i + FIRST_YEAR;
    }

    private LocalDate shift(LocalDate date, long n) {
        return n == 0 ? date : LocalDate.ofEpochDay(shift(date.toEpochDay(), n));
    }

    /** The epoch day of the n-th business day after (n > 0) or before (n < 0) an epoch day of the horizon. */
    private long shift(long epochDay, long n) {
        int y = yearOf(epochDay);
        BusinessYear b = year(y);
        int dayOfYear = (int) (epochDay - b.firstDay) + 1;
        long rank;
        if (n > 0) {
            rank = b.through(dayOfYear) + n;
            while (rank > b.total && y < lastYear) {
                rank -= b.total;
                b = year(++y);
            }
        } else {
            rank = b.through(dayOfYear - 1) + n + 1;
            while (rank < 1 && y > firstYear) {
                b = year(--y);
                rank += b.total;
            }
        }
        if (rank >= 1 && rank <= b.total) {
            long found = b.firstDay + b.withRank(rank) - 1;
            if (found >= firstDay && found <= lastDay) {
                return found;
            }
        }
        throw new NoWorkingTimeException("fewer than " + Math.abs(n) + " business days "
                + (n > 0 ? "after " : "before ")
                + LocalDate.ofEpochDay(epochDay) + " within the horizon (" + firstDate + " to " + lastDate + " in "
                + zone + ")");
    }

    private Instant shift(Instant start, long n) {
        check(start, "start");
        if (n == 0) {
            return start;
        }
        long second = start.getEpochSecond();
        int offset = year(yearOf(Math.floorDiv(second, 86_400L))).offsetAt(second);
        long local = second + offset;
        long epochDay = Math.floorDiv(local, 86_400L);
        long day = shift(epochDay, n);
        long wall = day * 86_400L + (local - epochDay * 86_400L);
        Instant result = Instant.ofEpochSecond(year(yearOf(day)).epochSecond(wall, offset), start.getNano());
        if (result.isBefore(this.start) || result.isAfter(HORIZON_END)) {
            throw new NoWorkingTimeException(Math.abs(n) + " business days " + (n > 0 ? "after " : "before ") + start
                    + " is " + result + ", outside the horizon " + this.start + " to " + HORIZON_END);
        }
        return result;
    }

    /**
     * Returns the holidays whose dates fall in a year, with their names, sorted by date and name: the
     * built-in rules' and the host sources', each filed under the year of its date. A union or intersection
     * lists the holidays of both operands.
     *
     * @param year a year from {@link #firstDate()}'s to {@link #lastDate()}'s
     * @return the holidays; special hours are not holidays and are not listed
     * @throws ValidationException with path {@code "year"} and rule {@code "within-horizon"} for any other
     *     year (never an empty list for a year the calendar does not know)
     * @throws HolidaySourceException if a host source fails
     */
    public final List<Holiday> holidaysIn(int year) {
        if (year < firstDate.getYear() || year > lastDate.getYear()) {
            throw new ValidationException(
                    "year",
                    "within-horizon",
                    year,
                    "must be from " + firstDate.getYear() + " to " + lastDate.getYear());
        }
        return computeHolidays(year);
    }

    /**
     * Calendars are equal when their definitions are (host sources compare by name).
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public final boolean equals(@Nullable Object o) {
        return o instanceof BusinessCalendar c && c.hash == hash && c.definition.equals(definition);
    }

    @Override
    public final int hashCode() {
        return hash;
    }

    /**
     * Renders the definition's text form (see {@link CalendarDefinition}).
     *
     * @return the text
     */
    @Override
    public final String toString() {
        return definition.toString();
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

    private void check(Instant t, String path) {
        Checks.notNull(t, path);
        if (t.isBefore(start) || t.isAfter(HORIZON_END)) {
            throw new ValidationException(
                    path, "within-horizon", t, "must be from " + start + " to " + HORIZON_END + " (inclusive)");
        }
    }

    private void checkDate(LocalDate date, String path) {
        Checks.notNull(date, path);
        if (date.isBefore(firstDate) || date.isAfter(lastDate)) {
            throw new ValidationException(
                    path,
                    "within-horizon",
                    date,
                    "must be from " + firstDate + " to " + lastDate + " (the horizon's dates in " + zone + ")");
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
     * Collects a schedule's definition, then validates it whole. Not thread-safe.
     *
     * <p>Windows of the same day (and an overnight window with the next day's) must not overlap;
     * touching windows are allowed.
     */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        private @Nullable Set<DayOfWeek> businessDays;
        private Holidays holidays = Holidays.none();
        private final Map<String, HolidaySource> sources = new TreeMap<>();
        private final Map<LocalDate, List<TimeWindow>> special = new TreeMap<>();
        private final Map<LocalDate, List<TimeWindow>> closures = new TreeMap<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /**
         * Adds working windows to one weekday.
         *
         * @param day the weekday
         * @param windows the windows
         * @return this builder
         * @throws ValidationException if an argument or a window is null
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
         * @throws ValidationException if an argument, a day or a window is null
         */
        public Builder hours(Set<DayOfWeek> days, TimeWindow... windows) {
            Checks.notNull(days, "days");
            List<TimeWindow> ws = notNullElements(windows, "windows");
            for (DayOfWeek d : days) {
                hours.computeIfAbsent(Checks.notNull(d, "days[]"), x -> new ArrayList<>())
                        .addAll(ws);
            }
            return this;
        }

        /**
         * Sets which weekdays count as business days, e.g. Monday to Friday for a desk whose 24x7 on-call
         * rota must not count weekends. Without it, the weekdays that have windows are business days.
         *
         * @param days the business weekdays, possibly none
         * @return this builder
         * @throws ValidationException if the set or a day is null
         */
        public Builder businessDays(Set<DayOfWeek> days) {
            Checks.notNull(days, "businessDays");
            Set<DayOfWeek> copy = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d : days) {
                copy.add(Checks.notNull(d, "businessDays[]"));
            }
            businessDays = copy;
            return this;
        }

        /**
         * Adds built-in holiday rules (full days in the calendar's zone); they become part of the definition.
         *
         * @param holidays e.g. {@link Holidays#italy()}
         * @return this builder
         * @throws ValidationException if the rules are null
         */
        public Builder holidays(Holidays holidays) {
            this.holidays = this.holidays.plus(Checks.notNull(holidays, "holidays"));
            return this;
        }

        /**
         * Adds a host source of full-day holidays, held in the definition by its name.
         *
         * @param name the name the definition refers to the source by, e.g. {@code "jollyday:US"}; a
         *     calendar rebuilt from the definition must be given a source under this name
         * @param source the source
         * @return this builder
         * @throws ValidationException if an argument is null, the name is not a valid holiday name, or
         *     (rule {@code "unique-name"}) another source already has the name
         */
        public Builder holidays(String name, HolidaySource source) {
            Holiday.checkName(name, "holidaySource.name");
            Checks.notNull(source, "holidaySource.source");
            HolidaySource before = sources.putIfAbsent(name, source);
            if (before != null && !before.equals(source)) {
                throw new ValidationException(
                        "holidaySources[" + name + "]", "unique-name", name, "another source already has this name");
            }
            return this;
        }

        /**
         * Replaces the weekly windows of one date with special hours (even on a holiday); with no window,
         * the date is closed. A date with special hours is a business day when they have a window.
         *
         * @param date the date
         * @param windows the special windows of that date, possibly none
         * @return this builder
         * @throws ValidationException if an argument or a window is null
         */
        public Builder specialHours(LocalDate date, TimeWindow... windows) {
            Checks.notNull(date, "date");
            special.computeIfAbsent(date, d -> new ArrayList<>()).addAll(notNullElements(windows, "windows"));
            return this;
        }

        /**
         * Closes part of a date, e.g. 12:00-15:00 for a staff meeting.
         *
         * @param date the date the window belongs to
         * @param window the closed window
         * @return this builder
         * @throws ValidationException if an argument is null
         */
        public Builder closed(LocalDate date, TimeWindow window) {
            Checks.notNull(date, "date");
            Checks.notNull(window, "window");
            closures.computeIfAbsent(date, d -> new ArrayList<>()).add(window);
            return this;
        }

        /**
         * Validates and builds the calendar.
         *
         * @return the calendar
         * @throws ValidationException listing every overlap (at most {@link Checks.Collector#MAX_REPORTED}, then how many more)
         */
        public BusinessCalendar build() {
            CalendarDefinition.Schedule def = new CalendarDefinition.Schedule(
                    zone,
                    hours,
                    businessDays == null ? CalendarDefinition.Schedule.defaultBusinessDays(hours) : businessDays,
                    holidays,
                    sources.keySet(),
                    special,
                    closures);
            return of(def, sources);
        }

        private static List<TimeWindow> notNullElements(TimeWindow[] windows, String path) {
            Checks.notNull(windows, path);
            for (int i = 0; i < windows.length; i++) {
                if (windows[i] == null) {
                    Checks.notNull(windows[i], path + "[" + i + "]");
                }
            }
            return List.of(windows);
        }
    }
}
